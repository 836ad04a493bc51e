import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { loadConfig } from '../config/index.ts'
import { createFileConnector } from '../sources/index.ts'
import { createRuntime, type Runtime } from './index.ts'
import { ingest } from './ingest.ts'

const fixture = fileURLToPath(new URL('./fixtures/import.jsonl', import.meta.url))
const query = {
  id: 'telecomete',
  workspaceId: 'ws',
  brand: 'Télécomète',
  query: 'telecomete OR from:telecomete_aide',
  owned: ['telecomete_aide'],
}

const withRuntime = async (fn: (rt: Runtime) => Promise<void>, workers = 0) => {
  const rt = await createRuntime(
    loadConfig({
      env: {},
      overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent', 'analysis.workers': workers },
    }),
  )
  try {
    await rt.store.upsertWorkspace({ id: 'ws', name: 'ws', createdAt: new Date(0) })
    await rt.store.upsertQuery(query)
    await fn(rt)
  } finally {
    await rt.close()
  }
}

const run = (rt: Runtime, fromStart = false) =>
  ingest({
    rt,
    workspaceId: 'ws',
    connector: createFileConnector({ path: fixture }),
    sourceKey: `file:${fixture}`,
    fromStart,
  })

test('bad rows are reported with their line and reason, and the rest is stored', async () => {
  await withRuntime(async (rt) => {
    const summary = await run(rt)
    assert.equal(summary.read, 6)
    assert.equal(summary.stored, 3)
    assert.equal(summary.rejectedCount, 2)
    assert.deepEqual(
      summary.rejected.map((r) => r.line),
      [3, 4],
    )
    assert.match(summary.rejected[0]!.reason, /JSON/)
    assert.match(summary.rejected[1]!.reason, /createdAt/)
    assert.equal(summary.skipped['no brand query matched'], 1)
    const letters = await rt.store.listDeadLetters({ workspaceId: 'ws' })
    assert.equal(letters.length, 2)
    assert.ok(letters.every((l) => l.source === `file:${fixture}` && /^line \d+: /.test(l.reason)))
  })
})

test('ingesting the same file again stores nothing twice, even when read from the start', async () => {
  await withRuntime(async (rt) => {
    await run(rt)
    const again = await run(rt)
    assert.equal(again.read, 0, 'the cursor remembers where the file was read up to')
    const fromStart = await run(rt, true)
    assert.equal(fromStart.stored, 0)
    assert.equal(fromStart.duplicates, 3)
    assert.equal(await rt.store.countMentions('ws'), 3)
  })
})

test('stored mentions carry their analysis: language, sentiment, owned accounts', async () => {
  await withRuntime(async (rt) => {
    await run(rt)
    const panne = await rt.store.getMention('ws', 'mastodon:1')
    assert.equal(panne?.analysis.lang, 'fr')
    assert.equal(panne?.analysis.sentiment.label, 'negative')
    assert.deepEqual(panne?.analysis.queries, ['telecomete'])
    const own = await rt.store.getMention('ws', 'bluesky:6')
    assert.equal(own?.analysis.owned, true)
  })
})

test('the cursor advances only after the mentions before it were saved', async () => {
  await withRuntime(async (rt) => {
    const failing = { ...rt.store, saveNewMentions: async () => Promise.reject(new Error('disk full')) }
    await assert.rejects(
      ingest({
        rt: { ...rt, store: failing },
        workspaceId: 'ws',
        connector: createFileConnector({ path: fixture }),
        sourceKey: 'file:x',
      }),
      /disk full/,
    )
    assert.equal(await rt.store.getCursor('ws', 'file:x'), undefined)
    assert.equal((await run(rt)).stored, 3, 'a later run stores everything')
  })
})

test('a long import analysed in a worker thread stores what the main thread would, cursor included', async () => {
  const importIn = async (workers: number) => {
    let stored: unknown
    await withRuntime(async (rt) => {
      await rt.analysis.warm() // a worker still loading its models is bypassed
      const summary = await ingest({
        rt,
        workspaceId: 'ws',
        connector: createFileConnector({ path: fixture }),
        sourceKey: 'file:x',
        batchSize: 1, // every batch after the first goes to the worker
        detect: true,
      })
      const mentions = await rt.store.listMentions({ workspaceId: 'ws', limit: 100 })
      stored = { summary, mentions, cursor: await rt.store.getCursor('ws', 'file:x') }
      assert.equal(rt.analysis.workers, workers)
    }, workers)
    return JSON.stringify(stored)
  }
  const inThread = await importIn(0)
  assert.match(inThread, /mastodon:1/)
  assert.equal(await importIn(1), inThread)
})
