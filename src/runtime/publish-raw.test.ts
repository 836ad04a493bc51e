import assert from 'node:assert/strict'
import { test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { AppError, type Mention } from '../core/index.ts'
import type { Connector } from '../sources/index.ts'
import { createMemoryRuntime } from '../test/memory-runtime.ts'
import { createQueueConnector } from '../test/queue-connector.ts'
import { type OutageWait, publishRaw, type Runtime } from './index.ts'
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

/** A finished source of `count` posts, the cursor after post n being `n`. */
const listOf = (count: number): Connector => ({
  kind: 'list',
  async *read(cursor) {
    for (let n = Number(cursor ?? 0) + 1; n <= count; n++) yield { mention: post(n), cursor: String(n) }
  },
})

type Try = { batch: number; id: string | undefined }

/**
 * The runtime's bus, failing as unreachable the tries `fails(batch, attempt)` names (batch and attempt from 1);
 * with `taken`, a failing try still hands the batch over first, as JetStream storing a batch whose
 * confirmation the outage lost.
 */
const flakyBus = (rt: Runtime, fails: (batch: number, attempt: number) => boolean, taken = false) => {
  const tries: Try[] = []
  const bus: Runtime['bus'] = {
    ...rt.bus,
    async publish(subject, payload, options) {
      const batch = ((payload as RawBatch).order?.n ?? -1) + 1
      tries.push({ batch, id: options?.id })
      if (!fails(batch, tries.filter((t) => t.batch === batch).length))
        return rt.bus.publish(subject, payload, options)
      if (taken) await rt.bus.publish(subject, payload, options)
      throw new AppError('unavailable', 'could not publish to vigie.raw.ws: TIMEOUT')
    },
  }
  return { rt: { ...rt, bus }, tries }
}

const fast = { firstDelayMs: 1, maxDelayMs: 4 }

/** Six mentions in batches of two, with short outage waits, each wait told into `waits`. */
const publishSix = (rt: Runtime, waits: OutageWait[]) =>
  publishRaw({
    rt,
    workspaceId: 'ws',
    connector: listOf(6),
    sourceKey: 'list',
    batchSize: 2,
    outage: fast,
    onOutage: (w) => waits.push(w),
  })

test('a batch the bus refuses during an outage is tried again under the same id until the bus is back, and delivered once', async () => {
  await withRuntime(async (rt, published) => {
    // batch 2: JetStream took the first try but its confirmation was lost, then four tries met no server
    const flaky = flakyBus(rt, (batch, attempt) => batch === 2 && attempt <= 5, true)
    const waits: OutageWait[] = []
    const summary = await publishSix(flaky.rt, waits)
    assert.deepEqual(summary, { read: 6, mentions: 6, rejected: 0, batches: 3 })
    assert.deepEqual(published.map(ids), [
      ['live:1', 'live:2'],
      ['live:3', 'live:4'],
      ['live:5', 'live:6'],
    ])
    const second = flaky.tries.filter((t) => t.batch === 2)
    assert.equal(second.length, 6)
    assert.equal(new Set(second.map((t) => t.id)).size, 1, 'every try of a batch under one id')
    assert.equal(new Set(flaky.tries.map((t) => t.id)).size, 3, 'one id per batch')
    assert.deepEqual(
      waits.map((w) => [w.service, w.batch, w.delayMs]),
      [1, 2, 4, 4, 4].map((delayMs) => ['bus', 2, delayMs]),
    )
    assert.equal(await rt.store.getCursor('ws', 'list'), '6')
  })
})

test('each outage wait says since when the batch has waited and until when it will, the limit counted from its first failure', async () => {
  await withRuntime(async (rt) => {
    const flaky = flakyBus(rt, (batch, attempt) => batch === 2 && attempt <= 3)
    const waits: OutageWait[] = []
    const before = Date.now()
    await publishRaw({
      rt: flaky.rt,
      workspaceId: 'ws',
      connector: listOf(6),
      sourceKey: 'list',
      batchSize: 2,
      outage: { ...fast, limitMs: 60_000 },
      onOutage: (w) => waits.push(w),
    })
    assert.equal(waits.length, 3)
    const since = waits[0]!.since.getTime()
    assert.ok(since >= before && since <= Date.now())
    for (const w of waits) {
      assert.equal(w.since.getTime(), since, 'one outage of one batch: one start')
      assert.equal(w.until.getTime(), since + 60_000)
    }
  })
})

test('past the wait limit publishing fails, saying how many batches were published, the cursor after the last; a new run resumes there', async () => {
  await withRuntime(async (rt, published) => {
    const flaky = flakyBus(rt, (batch) => batch >= 3)
    const waits: OutageWait[] = []
    const options = { workspaceId: 'ws', sourceKey: 'list', batchSize: 2, connector: listOf(6) }
    await assert.rejects(
      publishRaw({
        ...options,
        rt: flaky.rt,
        outage: { ...fast, limitMs: 50 },
        onOutage: (w) => waits.push(w),
      }),
      (error: AppError) => {
        assert.equal(error.code, 'unavailable')
        assert.match(
          error.message,
          /^could not publish batch 3: the bus was still unreachable after 0\.05 s \(could not publish to vigie\.raw\.ws: TIMEOUT\); 2 batches \(4 mentions\) were published before it and the cursor is saved after them: running it again resumes from there$/,
        )
        return true
      },
    )
    assert.ok(waits.length >= 1 && waits.every((w) => w.service === 'bus' && w.batch === 3))
    assert.equal(await rt.store.getCursor('ws', 'list'), '4')
    assert.equal(published.length, 2)
    // the bus is back: the next run publishes what the first could not, and only that
    const again = await publishRaw({ ...options, rt })
    assert.deepEqual(again, { read: 2, mentions: 2, rejected: 0, batches: 1 })
    assert.deepEqual(published.map(ids).at(-1), ['live:5', 'live:6'])
  })
})

test('a cursor the store cannot save during an outage is saved once it is back, the batch not published again', async () => {
  await withRuntime(async (rt, published) => {
    let refused = 0
    const store: Runtime['store'] = {
      ...rt.store,
      async setCursor(workspaceId, key, cursor) {
        if (cursor === '4' && refused < 3) {
          refused++
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
        }
        return rt.store.setCursor(workspaceId, key, cursor)
      },
    }
    const flaky = flakyBus({ ...rt, store }, () => false)
    const waits: OutageWait[] = []
    await publishSix(flaky.rt, waits)
    assert.deepEqual(
      waits.map((w) => [w.service, w.batch, w.delayMs]),
      [1, 2, 4].map((delayMs) => ['store', 2, delayMs]),
    )
    assert.equal(flaky.tries.length, 3, 'each batch published once')
    assert.equal(published.length, 3)
    assert.equal(await rt.store.getCursor('ws', 'list'), '6')
  })
})

test('a failure that is no outage fails at once, with no wait: a refused batch, a closed bus', async () => {
  await withRuntime(async (rt) => {
    const waits: OutageWait[] = []
    const options = {
      workspaceId: 'ws',
      sourceKey: 'list',
      connector: listOf(2),
      onOutage: (w: OutageWait) => waits.push(w),
    }
    const bus: Runtime['bus'] = {
      ...rt.bus,
      publish: () =>
        Promise.reject(new AppError('invalid', 'bus subject "raw.a b" must read <kind>.<token>')),
    }
    await assert.rejects(publishRaw({ ...options, rt: { ...rt, bus } }), { code: 'invalid' })
    await rt.bus.close()
    await assert.rejects(publishRaw({ ...options, rt }), {
      code: 'unavailable',
      message: 'the bus is closed',
    })
    assert.deepEqual(waits, [])
    assert.equal(await rt.store.getCursor('ws', 'list'), undefined)
  })
})
