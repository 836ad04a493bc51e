import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AlertJson, QueryJson } from '../api/wire.ts'
import { crisisLevels, explanationIn } from './crisis-level.ts'

const query = (id: string): QueryJson => ({ id, workspaceId: 'acme', brand: id, query: id, owned: [] })
const alert = (over: Partial<AlertJson>): AlertJson => ({
  id: 'a',
  workspaceId: 'acme',
  queryId: 'q1',
  at: '2026-03-14T10:00:00.000Z',
  kind: 'volume',
  severity: 'watch',
  score: 30,
  explanation: 'Volume 3× the usual',
  mentions: [],
  status: 'open',
  details: {},
  ...over,
})

test("a query's level is its worst alert not resolved yet; without one it is calm", () => {
  const levels = crisisLevels(
    [query('q1'), query('q2'), query('q3')],
    [
      alert({ id: 'w', severity: 'watch', score: 90 }),
      alert({ id: 'c', severity: 'crisis', score: 80, status: 'acknowledged' }),
      alert({ id: 'r', queryId: 'q2', severity: 'crisis', status: 'resolved' }),
      alert({ id: 'q3', queryId: 'q3', severity: 'alert' }),
    ],
  )
  assert.deepEqual(
    levels.map((l) => [l.query.id, l.level, l.alert?.id]),
    [
      ['q1', 'crisis', 'c'],
      ['q2', 'calm', undefined],
      ['q3', 'alert', 'q3'],
    ],
  )
})

test("an alert is explained in the reader's language when it kept both, as written otherwise", () => {
  const both = alert({ details: { explanations: { fr: 'Volume 3× l’habituel', en: 'Volume 3× the usual' } } })
  assert.equal(explanationIn(both, 'fr'), 'Volume 3× l’habituel')
  assert.equal(explanationIn(alert({}), 'fr'), 'Volume 3× the usual')
  assert.equal(explanationIn(alert({ details: { explanations: { fr: 42 } } }), 'fr'), 'Volume 3× the usual')
})
