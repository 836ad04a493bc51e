import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DeclaredSourceJson } from '../api/wire.ts'
import { declaredState, everyText, inputState } from './source-health.ts'

const source = (over: Partial<DeclaredSourceJson>): DeclaredSourceJson => ({
  id: 's1',
  kind: 'rss',
  everyMs: 300_000,
  enabled: true,
  ...over,
})

test('a declared source is failing when its last error is newer than its last success', () => {
  const health = { stored: 3, rejected: 0 }
  assert.equal(
    declaredState(
      source({
        health: { ...health, lastSuccessAt: '2026-03-14T10:00:00Z', lastErrorAt: '2026-03-14T11:00:00Z' },
      }),
    ),
    'failing',
  )
  assert.equal(
    declaredState(
      source({
        health: { ...health, lastSuccessAt: '2026-03-14T12:00:00Z', lastErrorAt: '2026-03-14T11:00:00Z' },
      }),
    ),
    'ok',
  )
  assert.equal(
    declaredState(source({ health: { ...health, lastErrorAt: '2026-03-14T11:00:00Z' } })),
    'failing',
  )
  assert.equal(declaredState(source({})), 'waiting')
  assert.equal(declaredState(source({ enabled: false })), 'disabled')
})

test('an input that rejected something says so', () => {
  const input = { source: 'file:/in.jsonl', lastDeliveryAt: null, lastRejectedAt: null }
  assert.equal(inputState({ ...input, rejected: 0 }), 'ok')
  assert.equal(inputState({ ...input, rejected: 2 }), 'rejecting')
})

test('a polling period is written in the largest whole unit', () => {
  assert.equal(everyText(300_000), '5 min')
  assert.equal(everyText(7_200_000), '2 h')
  assert.equal(everyText(86_400_000), '1 d')
  assert.equal(everyText(45_000), '45 s')
})
