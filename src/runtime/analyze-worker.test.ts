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

/** Three mentions of an import (`job`), the second dated 1990: the worker refuses it for its date. */
const importOf = (rt: Runtime, job: string) =>
  publishRaw({
    rt,
    workspaceId: 'ws',
    connector: {
      kind: 'list',
      async *read() {
        for (const n of [1, 2, 3]) {
          const createdAt = new Date(n === 2 ? '1990-01-01T00:00:00Z' : `2026-01-01T00:0${n}:00Z`)
          const mention = {
            id: `f:${n}`,
            source: 'f',
            createdAt,
            text: `telecomete ${n}`,
            author: { id: 'a', handle: 'a' },
          }
          yield { mention, cursor: String(n), line: n + 1 }
        }
      },
    },
    sourceKey: 'upload:posts.jsonl',
    fromStart: true,
    batchSize: 2,
    job,
  })

test("the mentions a worker rejects in an import's batch are reported against the import, each batch once however often it is handled", async () => {
  await withRuntime(async (rt) => {
    const worker = await startAnalyzeWorker({ rt })
    await importOf(rt, 'imp_1')
    await importOf(rt, 'imp_1') // the same batches again, as a redelivery would hand them out
    const reports = await rt.store.listImportBatchReports('ws', 'imp_1')
    assert.deepEqual(
      reports.map((r) => [r.batch, r.rejected.map((g) => [g.reason, g.count, g.lines])]),
      [
        [0, [['createdAt: before 2000-01-01', 1, [3]]]],
        [1, []],
      ],
    )
    assert.match(
      reports[0]!.rejected[0]!.example,
      /^line 3: f:2: createdAt 1990-01-01T00:00:00\.000Z is before/,
    )
    assert.deepEqual(await rt.store.listImportBatchReports('ws', 'imp_other'), [])
    await worker.stop()
  })
})

test('a batch of an import the store refuses for its content is reported with all its mentions rejected, and still ends as a dead letter', async () => {
  await withRuntime(async (rt) => {
    const dead: DeadLetter[] = []
    await rt.bus.subscribe('dead.>', (letter) => void dead.push(letter as DeadLetter))
    rt.store.saveNewMentions = async () => {
      throw Object.assign(new Error('value too long for type character varying'), { code: '22001' })
    }
    const worker = await startAnalyzeWorker({ rt })
    await importOf(rt, 'imp_1')
    assert.equal(dead.length, 2)
    const reports = await rt.store.listImportBatchReports('ws', 'imp_1')
    assert.deepEqual(
      reports.map((r) => [r.batch, r.rejected.map((g) => [g.count, g.lines])]),
      [
        // the whole batch is the dead letter: its mentions are counted under its failure, the old one too
        [0, [[2, [2, 3]]]],
        [1, [[1, [4]]]],
      ],
    )
    assert.match(reports[1]!.rejected[0]!.reason, /^the analyze worker failed on the batch: value too long/)
    await worker.stop()
  })
})
