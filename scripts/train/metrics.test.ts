import assert from 'node:assert/strict'
import { test } from 'node:test'
import { macroScores, multiLabelMacroF1 } from './metrics.ts'

test('macro-recall averages per-class recall', () => {
  // class 0: 2/2 recalled, class 1: 1/2, class 2: 0/1
  const { macroRecall } = macroScores([0, 0, 1, 1, 2], [0, 0, 1, 0, 1], 3)
  assert.ok(Math.abs(macroRecall - (1 + 0.5 + 0) / 3) < 1e-12)
})

test('macro-F1 is 1 for a perfect prediction', () => {
  assert.equal(macroScores([0, 1, 2], [0, 1, 2], 3).macroF1, 1)
})

test('multi-label macro-F1 skips unknown gold labels', () => {
  assert.equal(
    multiLabelMacroF1(
      [
        [1, -1],
        [0, 1],
      ],
      [
        [1, 1],
        [0, 1],
      ],
      2,
    ),
    1,
  )
})
