import assert from 'node:assert/strict'
import { test } from 'node:test'
import { chain } from './chain.ts'
import { type Draft, fail, ok, type Step, skip } from './step.ts'

const draft = (): Draft => ({
  workspaceId: 'w',
  mention: { id: 't:1', source: 't', createdAt: new Date(0), text: 'hi', author: { id: 'a', handle: 'a' } },
  analysis: {},
})

const recording = (name: string, calls: string[], outcome = ok): Step => ({
  name,
  run() {
    calls.push(name)
    return outcome
  },
})

test('runs every step in order when all pass', () => {
  const calls: string[] = []
  const outcome = chain(recording('a', calls), recording('b', calls), recording('c', calls))(draft())
  assert.deepEqual(outcome, { kind: 'ok' })
  assert.deepEqual(calls, ['a', 'b', 'c'])
})

test('stops at the first skip and names the step that skipped', () => {
  const calls: string[] = []
  const run = chain(
    recording('a', calls),
    recording('b', calls, skip('no brand query matched')),
    recording('c', calls),
  )
  assert.deepEqual(run(draft()), { kind: 'skip', reason: 'no brand query matched', step: 'b' })
  assert.deepEqual(calls, ['a', 'b'])
})

test('stops at a failure and names the step that failed', () => {
  const calls: string[] = []
  const run = chain(recording('a', calls, fail('empty text')), recording('b', calls))
  assert.deepEqual(run(draft()), { kind: 'fail', reason: 'empty text', step: 'a' })
  assert.deepEqual(calls, ['a'])
})

test('an empty chain lets every draft through', () => {
  assert.deepEqual(chain()(draft()), { kind: 'ok' })
})
