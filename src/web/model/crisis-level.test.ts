import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AlertJson } from '../api/wire.ts'
import { explanationIn, levelOf } from './crisis-level.ts'

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

test("a query's level is the severity of its worst open alert; without one it is calm", () => {
  const entry = (level: AlertJson | null) => ({
    queryId: 'q1',
    brand: 'Acme',
    openAlerts: level ? 1 : 0,
    level,
  })
  assert.equal(levelOf(entry(alert({ severity: 'crisis' }))), 'crisis')
  assert.equal(levelOf(entry(alert({ severity: 'watch' }))), 'watch')
  assert.equal(levelOf(entry(null)), 'calm')
})

test("an alert is explained in the reader's language when it kept both, as written otherwise", () => {
  const both = alert({ details: { explanations: { fr: 'Volume 3× l’habituel', en: 'Volume 3× the usual' } } })
  assert.equal(explanationIn(both, 'fr'), 'Volume 3× l’habituel')
  assert.equal(explanationIn(alert({}), 'fr'), 'Volume 3× the usual')
  assert.equal(explanationIn(alert({ details: { explanations: { fr: 42 } } }), 'fr'), 'Volume 3× the usual')
})
