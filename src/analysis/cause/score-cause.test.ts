import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Draft } from '../step.ts'
import { scoreCause } from './score-cause.ts'

const draft = (text: string): Draft => ({
  workspaceId: 'w1',
  mention: { id: 'test:1', source: 'test', createdAt: new Date(0), text, author: { id: 'a', handle: 'a' } },
  analysis: { lang: 'en' },
})

test('sets the cause of the draft and succeeds', () => {
  const d = draft('Massive outage, the app is down')
  assert.deepEqual(scoreCause().run(d), { kind: 'ok' })
  assert.equal(d.analysis.cause, 'data_breach_outage')
})

test('sets none for a mention with no crisis cue', () => {
  const d = draft('lovely coffee this morning')
  scoreCause().run(d)
  assert.equal(d.analysis.cause, 'none')
})
