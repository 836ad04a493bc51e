import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { parseNabResults } from './nab-csv.ts'
import { locateWindows, parseNabWindows } from './nab-labels.ts'
import { NAB_PROFILES } from './nab-profiles.ts'
import { scoreNabResults } from './score-nab-results.ts'
import { weighNabRows } from './weigh-nab-rows.ts'

// An unchanged excerpt of NAB's published ARTime output for AAPL around its first window (see fixtures/README.md).
const fixture = (path: string) => fileURLToPath(new URL(`fixtures/${path}`, import.meta.url))
const resultsDir = fixture('nab-results')
const labelsFile = fixture('nab-windows.excerpt.json')
const excerptFile = fixture('nab-results/ARTime/ARTime_Twitter_volume_AAPL.csv')
const ARTIME_STANDARD_THRESHOLD = 0.317486

test('each row is valued exactly as NAB valued it in its published per-row columns', () => {
  const text = readFileSync(excerptFile, 'utf8')
  const rows = parseNabResults(text, 'excerpt')
  const windows = locateWindows(
    rows.map((row) => row.at),
    parseNabWindows(readFileSync(labelsFile, 'utf8'), 'labels')['realTweets/Twitter_volume_AAPL.csv']!,
    'excerpt',
  )
  assert.deepEqual(windows, [{ startRow: 150, endRow: 546 }])
  const [header, ...lines] = text.trim().split('\n')
  const columns = header!.split(',')
  for (const profile of Object.values(NAB_PROFILES)) {
    const column = columns.indexOf(`S(t)_${profile.name}`)
    const { values } = weighNabRows(rows.length, windows, profile)
    lines.forEach((line, row) => {
      const published = Number(line.split(',')[column])
      assert.ok(Math.abs(values[row]! - published) < 1e-12, `${profile.name} row ${row}`)
    })
  }
})

test('the excerpt scores what a hand computation gives at ARTime published threshold', async () => {
  // Detections at θ = 0.317486 (excerpt rows; window 150–546, W = 397; probation 105 rows):
  //   row 349 in the window:  A(−198/397) / A(−1)        =  0.858895
  //   row 615 after it:       0.11 × A(69/396)            = −0.045100
  //   row 622 after it:       0.11 × A(76/396)            = −0.049069
  // standard and low-FN: 0.764727; low-FP (fpWeight 0.22): 0.858895 − 0.090199 − 0.098138 = 0.670558
  const report = await scoreNabResults({ resultsDir, labelsFile, threshold: ARTIME_STANDARD_THRESHOLD })
  const raw = Object.fromEntries(report.scores.map((score) => [score.profile, score.rawScore]))
  assert.ok(Math.abs(raw.standard! - 0.764727) < 1e-6)
  assert.ok(Math.abs(raw.reward_low_FP_rate! - 0.670558) < 1e-6)
  assert.ok(Math.abs(raw.reward_low_FN_rate! - 0.764727) < 1e-6)
  const file = report.scores[0]!.files[0]!
  assert.equal(file.name, 'realTweets/Twitter_volume_AAPL.csv')
  assert.deepEqual([file.tp, file.fp, file.firstDetections], [1, 2, [349]])
  assert.match(report.text, /profile standard: NAB score 88\.24/)
})

test('without a threshold the sweep keeps the window hit and drops the two false alarms', async () => {
  const report = await scoreNabResults({ resultsDir, labelsFile, profile: 'standard' })
  const [score] = report.scores
  assert.equal(score?.threshold, 1)
  assert.ok(Math.abs(score!.rawScore - 0.858895) < 1e-6)
  assert.equal(score?.optimised, true)
})

test('an unknown profile is refused with the list of profiles', async () => {
  await assert.rejects(
    scoreNabResults({ resultsDir, labelsFile, profile: 'lenient' }),
    /unknown profile lenient/,
  )
})

test('a missing labels file is reported as not found', async () => {
  await assert.rejects(
    scoreNabResults({ resultsDir, labelsFile: fixture('absent.json') }),
    /cannot read labels file/,
  )
})
