import assert from 'node:assert/strict'
import { test } from 'node:test'
import { NAB_PROFILES } from './nab-profiles.ts'
import { scaledSigmoid } from './nab-sigmoid.ts'
import { scoreNab } from './score-nab.ts'

// SCORING.md §9: 40 rows, one window on rows 20–29, probation 6 rows.
const workedExample = () => {
  const scores = Array.from({ length: 40 }, () => 0.1)
  for (const [row, score] of [
    [3, 0.95],
    [12, 0.7],
    [23, 0.8],
    [25, 0.9],
    [31, 0.6],
  ] as const)
    scores[row] = score
  return [{ name: 'example.csv', scores, windows: [{ startRow: 20, endRow: 29 }] }]
}

test('the scaled sigmoid has the reference values of the specification', () => {
  assert.ok(Math.abs(scaledSigmoid(-1) - 0.98661429815143) < 1e-12)
  assert.ok(Math.abs(scaledSigmoid(-0.5) - 0.8482836) < 1e-7)
  assert.equal(scaledSigmoid(0), 0)
  assert.equal(scaledSigmoid(3.01), -1)
})

test('the threshold sweep picks 0.80 on the worked example and scores 97.71 in the standard profile', () => {
  const result = scoreNab({ files: workedExample(), profile: NAB_PROFILES.standard })
  assert.equal(result.threshold, 0.8)
  assert.ok(Math.abs(result.rawScore - 0.954147) < 1e-6)
  assert.ok(Math.abs(result.normalisedScore - 97.71) < 0.005)
  assert.deepEqual(result.files[0]?.firstDetections, [23])
  assert.deepEqual(
    [result.files[0]?.tp, result.files[0]?.tn, result.files[0]?.fp, result.files[0]?.fn],
    [2, 24, 0, 8],
  )
})

test('a given threshold is used as is, charging false positives by their distance from the window', () => {
  const at070 = scoreNab({ files: workedExample(), profile: NAB_PROFILES.standard, threshold: 0.7 })
  assert.equal(at070.optimised, false)
  assert.ok(Math.abs(at070.rawScore - 0.844147) < 1e-6)
  const at060 = scoreNab({ files: workedExample(), profile: NAB_PROFILES.standard, threshold: 0.6 })
  assert.ok(Math.abs(at060.rawScore - 0.788634) < 1e-6)
  const all = scoreNab({ files: workedExample(), profile: NAB_PROFILES.standard, threshold: 0.1 })
  assert.ok(Math.abs(all.rawScore - -1.419104) < 1e-6)
})

test('the low-FN profile normalises against a null score of minus two per window', () => {
  const result = scoreNab({ files: workedExample(), profile: NAB_PROFILES.reward_low_FN_rate })
  assert.equal(result.threshold, 0.8)
  assert.equal(result.nullScore, -2)
  assert.ok(Math.abs(result.normalisedScore - 98.47) < 0.005)
})

test('the low-FP profile charges a false positive twice as much', () => {
  const at070 = scoreNab({ files: workedExample(), profile: NAB_PROFILES.reward_low_FP_rate, threshold: 0.7 })
  assert.ok(Math.abs(at070.rawScore - 0.734147) < 1e-6)
  const optimised = scoreNab({ files: workedExample(), profile: NAB_PROFILES.reward_low_FP_rate })
  assert.ok(Math.abs(optimised.normalisedScore - 97.71) < 0.005)
})

test('a detector that never fires scores 0 and its threshold is "detect nothing"', () => {
  const files = workedExample().map((file) => ({ ...file, scores: file.scores.map(() => 0.5) }))
  files[0]!.scores[35] = 0.9 // a lone false positive makes firing worse than staying silent
  const result = scoreNab({ files, profile: NAB_PROFILES.standard })
  assert.equal(result.threshold, 1.1)
  assert.equal(result.normalisedScore, 0)
  assert.equal(result.files[0]?.detectedWindows, 0)
})

test('ties between thresholds go to the highest one', () => {
  const files = workedExample()
  files[0]!.scores[27] = 0.75 // later than row 23 in the same window: 0.75 scores exactly as 0.80
  const result = scoreNab({ files, profile: NAB_PROFILES.standard })
  assert.equal(result.threshold, 0.8)
})

test('rows in the probation period never count, whatever their score', () => {
  const files = workedExample()
  files[0]!.scores[3] = 1
  const result = scoreNab({ files, profile: NAB_PROFILES.standard, threshold: 0.95 })
  assert.equal(result.files[0]?.fp, 0)
  assert.equal(result.rawScore, -1)
})

test('a window past the end of its file is rejected', () => {
  const files = [{ name: 'short.csv', scores: [0, 0, 0], windows: [{ startRow: 1, endRow: 5 }] }]
  assert.throws(() => scoreNab({ files, profile: NAB_PROFILES.standard }), /short\.csv: a window ends after/)
})
