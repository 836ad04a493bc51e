import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createSeenSet, dropSeen } from './drop-seen.ts'
import type { Draft } from './step.ts'

const draft = (workspaceId: string, id: string): Draft => ({
  workspaceId,
  mention: { id, source: 't', createdAt: new Date(0), text: '', author: { id: 'a', handle: 'a' } },
  analysis: {},
})

test('skips a mention already seen in the same workspace as a duplicate', () => {
  const step = dropSeen(new Set<string>())
  assert.deepEqual(step.run(draft('w1', 't:1')), { kind: 'ok' })
  assert.deepEqual(step.run(draft('w1', 't:1')), { kind: 'skip', reason: 'duplicate' })
})

test('the same mention in another workspace is not a duplicate', () => {
  const step = dropSeen(new Set<string>())
  step.run(draft('w1', 't:1'))
  assert.deepEqual(step.run(draft('w2', 't:1')), { kind: 'ok' })
})

test('the seen set forgets the oldest keys beyond its capacity', () => {
  const seen = createSeenSet(2)
  seen.add('a')
  seen.add('b')
  seen.add('c')
  assert.equal(seen.size, 2)
  assert.equal(seen.has('a'), false)
  assert.equal(seen.has('b'), true)
  assert.equal(seen.has('c'), true)
})

test('adding a key again does not evict another one', () => {
  const seen = createSeenSet(2)
  seen.add('a')
  seen.add('b')
  seen.add('b')
  assert.equal(seen.has('a'), true)
  assert.equal(seen.size, 2)
})

test('a polled feed re-read within the capacity is dropped as duplicates', () => {
  const step = dropSeen(createSeenSet(100))
  const first = ['1', '2', '3'].map((id) => step.run(draft('w', `rss:${id}`)).kind)
  const overlap = ['2', '3', '4'].map((id) => step.run(draft('w', `rss:${id}`)).kind)
  assert.deepEqual(first, ['ok', 'ok', 'ok'])
  assert.deepEqual(overlap, ['skip', 'skip', 'ok'])
})

test('rejects a capacity that is not a positive integer', () => {
  assert.throws(() => createSeenSet(0), RangeError)
  assert.throws(() => createSeenSet(1.5), RangeError)
})
