import assert from 'node:assert/strict'
import { test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Mention } from '../core/index.ts'
import type { Connector } from '../sources/index.ts'
import { createMemoryRuntime } from '../test/memory-runtime.ts'
import { createQueueConnector } from '../test/queue-connector.ts'
import { publishRaw, type Runtime } from './index.ts'
import type { RawBatch } from './raw-batch.ts'

const withRuntime = async (fn: (rt: Runtime, published: RawBatch[]) => Promise<void>) => {
  const rt = await createMemoryRuntime()
  try {
    await rt.store.upsertWorkspace({ id: 'ws', name: 'ws', createdAt: new Date(0) })
    const published: RawBatch[] = []
    await rt.bus.subscribe('raw.>', (batch) => void published.push(batch as RawBatch))
    await fn(rt, published)
  } finally {
    await rt.close()
  }
}

const post = (n: number): Mention => ({
  id: `live:${n}`,
  source: 'live',
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, n)),
  text: `post ${n} about telecomete`,
  author: { id: `a${n}`, handle: `user${n}` },
})

const waitFor = async (what: string, ready: () => boolean) => {
  for (let k = 0; k < 2000 && !ready(); k++) await sleep(5)
  assert.ok(ready(), `waited too long for ${what}`)
}

const publishLive = (rt: Runtime, connector: Connector, batching: { batchSize: number; maxWaitMs: number }) =>
  publishRaw({ rt, workspaceId: 'ws', connector, sourceKey: 'live', ...batching })

const ids = (batch: RawBatch | undefined) =>
  batch?.items.map((item) => ('mention' in item ? item.mention.id : 'rejected'))

test('a live batch that has not filled is published once it has waited, while the stream stays open', async () => {
  await withRuntime(async (rt, published) => {
    const live = createQueueConnector()
    const run = publishLive(rt, live.connector, { batchSize: 500, maxWaitMs: 20 })
    for (const n of [1, 2, 3]) live.push(post(n))
    await waitFor('the first three posts on the bus', () => published.length === 1)
    assert.deepEqual(ids(published[0]), ['live:1', 'live:2', 'live:3'])
    assert.equal(published[0]?.cursor, '3')
    assert.equal(await rt.store.getCursor('ws', 'live'), '3', 'the cursor follows what the bus holds')
    // the stream was quiet, then speaks again: the next posts make a batch of their own
    for (const n of [4, 5]) live.push(post(n))
    live.end()
    const summary = await run
    assert.deepEqual(published.map(ids), [
      ['live:1', 'live:2', 'live:3'],
      ['live:4', 'live:5'],
    ])
    assert.deepEqual(summary, { read: 5, mentions: 5, rejected: 0, batches: 2 })
  })
})

test('posts arriving faster than the wait are published together, a full batch at once', async () => {
  await withRuntime(async (rt, published) => {
    const live = createQueueConnector()
    // a wait far longer than the test: only a full batch or the end can publish
    const run = publishLive(rt, live.connector, { batchSize: 4, maxWaitMs: 60_000 })
    for (let n = 1; n <= 6; n++) live.push(post(n))
    await waitFor('a full batch', () => published.length === 1)
    assert.deepEqual(ids(published[0]), ['live:1', 'live:2', 'live:3', 'live:4'])
    live.end()
    await run
    assert.deepEqual(ids(published[1]), ['live:5', 'live:6'])
  })
})
