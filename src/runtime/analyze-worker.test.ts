import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { DeadLetter } from '../bus/index.ts'
import { createFileConnector } from '../sources/index.ts'
import { createMemoryRuntime } from '../test/memory-runtime.ts'
import { publishRaw, type Runtime, startAnalyzeWorker } from './index.ts'

const fixture = fileURLToPath(new URL('./fixtures/import.jsonl', import.meta.url))

// the in-process bus: publish resolves once the worker handled the batch, so no waiting is needed
const withRuntime = async (fn: (rt: Runtime) => Promise<void>) => {
  const rt = await createMemoryRuntime()
  try {
    await rt.store.upsertWorkspace({ id: 'ws', name: 'ws', createdAt: new Date(0) })
    await rt.store.upsertQuery({ id: 'q', workspaceId: 'ws', brand: 'T', query: 'telecomete', owned: [] })
    await fn(rt)
  } finally {
    await rt.close()
  }
}

const publish = (rt: Runtime, fromStart = false) =>
  publishRaw({
    rt,
    workspaceId: 'ws',
    connector: createFileConnector({ path: fixture }),
    sourceKey: 'file:import.jsonl',
    fromStart,
    batchSize: 2,
  })

const storedIds = async (rt: Runtime) =>
  (await rt.store.listMentions({ workspaceId: 'ws', limit: 100 })).items.map((m) => m.id).sort()

test('an analyze worker stores what an import publishes, as the import itself would, and keeps bad rows as dead letters', async () => {
  await withRuntime(async (rt) => {
    const worker = await startAnalyzeWorker({ rt })
    const published = await publish(rt)
    assert.deepEqual(published, { read: 6, mentions: 4, rejected: 2, batches: 2 })
    assert.deepEqual(await storedIds(rt), ['bluesky:5', 'mastodon:1'])
    assert.deepEqual(
      { ...worker.totals },
      { batches: 2, read: 6, stored: 2, duplicates: 0, rejected: 2, alerts: 0 },
    )
    const letters = await rt.store.listDeadLetters({ workspaceId: 'ws' })
    assert.deepEqual(
      letters.map((l) => l.source),
      ['file:import.jsonl', 'file:import.jsonl'],
    )
    await worker.stop()
  })
})

test('the publisher saves the cursor: the same file published again sends nothing, unless from the start', async () => {
  await withRuntime(async (rt) => {
    const worker = await startAnalyzeWorker({ rt })
    await publish(rt)
    assert.equal((await publish(rt)).batches, 0)
    const again = await publish(rt, true)
    assert.equal(again.mentions, 4)
    // delivered twice, stored once: the ids are stable and the store keeps the first
    assert.deepEqual(await storedIds(rt), ['bluesky:5', 'mastodon:1'])
    assert.equal(worker.totals.stored, 2)
    await worker.stop()
  })
})

test('a message on raw that is not a batch ends as a dead letter with the reason, and the next batch is stored', async () => {
  await withRuntime(async (rt) => {
    const dead: DeadLetter[] = []
    await rt.bus.subscribe('dead.>', (letter) => void dead.push(letter as DeadLetter))
    const worker = await startAnalyzeWorker({ rt })
    await rt.bus.publish('raw.ws', { workspaceId: 'ws', items: 'nope' })
    await publish(rt)
    assert.equal(dead.length, 1)
    assert.match(dead[0]!.reason, /^not a raw batch: .*sourceKey/)
    assert.deepEqual(await storedIds(rt), ['bluesky:5', 'mastodon:1'])
    await worker.stop()
  })
})

test('a store that refuses connections for more tries than the bus allows attempts delays the batch, which is stored once, without a dead letter', async () => {
  await withRuntime(async (rt) => {
    const dead: DeadLetter[] = []
    await rt.bus.subscribe('dead.>', (letter) => void dead.push(letter as DeadLetter))
    const save = rt.store.saveNewMentions.bind(rt.store)
    let refusals = rt.config.bus.maxDeliver * 2
    rt.store.saveNewMentions = async (batch) => {
      if (refusals-- > 0)
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
      return save(batch)
    }
    const worker = await startAnalyzeWorker({ rt, storeRetry: { firstDelayMs: 1, maxDelayMs: 4 } })
    await publish(rt)
    assert.ok(refusals < 0, 'every refusal was met')
    assert.deepEqual(dead, [])
    assert.deepEqual(await storedIds(rt), ['bluesky:5', 'mastodon:1'])
    assert.equal(worker.totals.stored, 2)
    await worker.stop()
  })
})

test('a store failure that is not an outage still fails the batch, which ends as a dead letter', async () => {
  await withRuntime(async (rt) => {
    const dead: DeadLetter[] = []
    await rt.bus.subscribe('dead.>', (letter) => void dead.push(letter as DeadLetter))
    rt.store.saveNewMentions = async () => {
      throw Object.assign(new Error('value too long for type character varying'), { code: '22001' })
    }
    const worker = await startAnalyzeWorker({ rt, storeRetry: { firstDelayMs: 1, maxDelayMs: 4 } })
    await publish(rt)
    assert.ok(dead.length > 0)
    assert.match(dead[0]!.reason, /value too long/)
    assert.equal(dead[0]!.attempts, rt.config.bus.maxDeliver)
    await worker.stop()
  })
})
