import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createEscalation } from './escalation.ts'
import { DetectionSettings } from './settings.ts'

const BUCKET = 300_000
const replayScores = (scores: number[], over: object = {}) => {
  const escalation = createEscalation(DetectionSettings.parse(over))
  return scores.map((s, i) => escalation.step(s, i * BUCKET) ?? null)
}

test('a level is reached after two confirming buckets, or at once when the score is far above it', () => {
  assert.deepEqual(replayScores([65, 20, 65, 65]), ['watch', null, null, 'alert'])
  assert.deepEqual(replayScores([99]), ['crisis'])
})

test('one episode raises each level once, only upwards', () => {
  const raised = replayScores([40, 40, 65, 65, 50, 65, 65, 85, 85, 60, 85, 85]).filter((x) => x !== null)
  assert.deepEqual(raised, ['watch', 'alert', 'crisis'])
})

test('after the cooldown of calm a new episode may alert again, not before', () => {
  const calm = (n: number) => Array.from({ length: n }, () => 5)
  const soon = replayScores([65, 65, ...calm(10), 65, 65]).filter((x) => x !== null)
  assert.deepEqual(soon, ['watch', 'alert'])
  const later = replayScores([65, 65, ...calm(30), 65, 65]).filter((x) => x !== null)
  assert.deepEqual(later, ['watch', 'alert', 'watch', 'alert'])
})

test('thresholds are configurable', () => {
  assert.deepEqual(replayScores([40, 40], { thresholds: { watch: 30, alert: 60, crisis: 80 } }), [
    null,
    'watch',
  ])
})
