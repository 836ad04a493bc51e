import assert from 'node:assert/strict'
import { test } from 'node:test'
import { scoreKinds } from './checker-scores.ts'

test('scores are draft-level per kind, and overall sums every kind’s counts', () => {
  const scores = scoreKinds([
    { labels: ['personal_data'], predicted: ['personal_data', 'insult'] },
    { labels: ['personal_data', 'insult'], predicted: [] },
    { labels: [], predicted: [] },
  ])
  const of = (kind: string) => scores.find((s) => s.kind === kind)!
  assert.deepEqual(
    [of('personal_data').precision, of('personal_data').recall, of('personal_data').positives],
    [1, 0.5, 2],
  )
  assert.deepEqual([of('insult').precision, of('insult').recall], [0, 0])
  assert.deepEqual([of('copyright').precision, of('copyright').recall], [undefined, undefined])
  assert.deepEqual([of('overall').precision, of('overall').recall], [0.5, 1 / 3])
})
