import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AnalyzedMention } from '../core/index.ts'
import type { AnalysedNotice } from './detect-partitions.ts'
import { createNoticeOrder } from './notice-order.ts'

// a mention stands for itself by its id here: the order never looks inside
const batch = (n: number) => [{ id: `m${n}` } as AnalyzedMention]
const notice = (n: number): AnalysedNotice => ({
  workspaceId: 'ws',
  partition: 0,
  mentions: batch(n),
  order: { run: 'r', n, part: 0, parts: 1 },
})
const ids = (ready: { mentions: AnalyzedMention[]; late: boolean }[]) =>
  ready.map((b) => `${b.mentions.map((m) => m.id).join('+')}${b.late ? ' late' : ''}`)

test('a run starts at the first notice seen, and a batch that comes after its successor holds them back', () => {
  const order = createNoticeOrder()
  assert.deepEqual(ids(order.take(notice(3))), ['m3'])
  assert.deepEqual(ids(order.take(notice(5))), [])
  assert.deepEqual(ids(order.take(notice(4))), ['m4', 'm5'])
  assert.deepEqual(ids(order.take(notice(2))), ['m2 late'])
})

test('a run resumed where a previous holder left it waits for its next batch, whatever notice comes first', () => {
  const before = createNoticeOrder()
  for (const n of [0, 1, 3]) before.take(notice(n))
  const place = before.place('r')
  assert.deepEqual(place && { next: place.next, held: place.held.map((h) => h.n) }, { next: 2, held: [3] })

  const after = createNoticeOrder()
  after.resume(place!)
  // handed the notices never delivered before the one the previous holder did not acknowledge
  assert.deepEqual(ids(after.take(notice(4))), [])
  assert.deepEqual(ids(after.take(notice(1))), ['m1 late'])
  assert.deepEqual(ids(after.take(notice(2))), ['m2', 'm3', 'm4'])
})

test('a run moved forward past batches handled elsewhere lets the batches held behind them flow', () => {
  const order = createNoticeOrder()
  order.take(notice(0))
  for (const n of [3, 5]) assert.deepEqual(ids(order.take(notice(n))), [])
  // batches 1 and 2 were handled by another holder
  assert.deepEqual(ids(order.skipTo('r', 3)), ['m3'])
  assert.deepEqual(order.place('r')?.next, 4)
  assert.deepEqual(ids(order.skipTo('r', 2)), [], 'never backwards')
  assert.deepEqual(ids(order.take(notice(4))), ['m4', 'm5'])
  assert.deepEqual(ids(order.skipTo('unknown', 9)), [])
})
