import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { loadConfig } from '../config/index.ts'
import type { Mention } from '../core/index.ts'
import { simulate } from '../simulation/index.ts'
import { createFileConnector, createMemoryConnector } from '../sources/index.ts'
import { createRuntime, type Runtime, replay } from './index.ts'
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

test('mentions dated before ingest.notBefore or far in the future become dead letters, the rest is stored', async () => {
  await withRuntime(async (rt) => {
    const at = (id: string, createdAt: string) => ({
      id,
      source: 'x',
      createdAt: new Date(createdAt),
      text: 'panne telecomete',
      author: { id: 'a', handle: 'a' },
    })
    const now = rt.clock.now().getTime()
    const summary = await ingest({
      rt,
      workspaceId: 'ws',
      connector: createMemoryConnector([
        at('ok', new Date(now - 3_600_000).toISOString()),
        at('epoch', '1970-01-01T00:00:00Z'),
        at('future', '2099-01-01T00:00:00Z'),
        at('soon', new Date(now + 3_600_000).toISOString()),
      ]),
      sourceKey: 'memory:dates',
    })
    assert.equal(summary.stored, 2, 'an hour ahead is within the tolerance of clocks and time zones')
    assert.equal(summary.rejectedCount, 2)
    assert.match(
      summary.rejected[0]!.reason,
      /^epoch: createdAt 1970-01-01T00:00:00.000Z is before 2000-01-01/,
    )
    assert.match(summary.rejected[1]!.reason, /^future: createdAt 2099-.* more than 24 h after now/)
    const letters = await rt.store.listDeadLetters({ workspaceId: 'ws' })
    assert.deepEqual(
      letters.map((l) => l.stage),
      ['validate', 'validate'],
    )
  })
})

test('one mention dated 2099 or 1970 changes nothing to the alerts of a replayed crisis', async () => {
  const { mentions, truth } = simulate({ seed: 3, scenario: 'demo', days: 8 })
  const alertsOf = async (extra: Mention[]) => {
    const rt = await createRuntime(
      loadConfig({
        env: {},
        overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent', 'analysis.workers': 0 },
      }),
    )
    try {
      const q = truth.queries[0]!
      const first = mentions[0]!
      const stray = extra.map((m) => ({ ...first, ...m }))
      const summary = await replay({
        rt,
        workspaceId: 'replay',
        query: { id: q.id, workspaceId: 'replay', brand: q.brand, query: q.query, owned: q.owned },
        speed: 'max',
        sourceKey: 'memory:demo',
        connector: createMemoryConnector([...stray, ...mentions]),
      })
      return summary.alertsRaised.map((a) => `${a.at.toISOString()} ${a.severity}`)
    } finally {
      await rt.close()
    }
  }
  const plain = await alertsOf([])
  assert.ok(plain.length > 0, 'the demo crisis is detected')
  const odd = (id: string, createdAt: string) =>
    ({ id: `x:${id}`, createdAt: new Date(createdAt), text: 'Télécomète' }) as Mention
  assert.deepEqual(await alertsOf([odd('late', '2099-06-01T00:00:00Z')]), plain)
  assert.deepEqual(await alertsOf([odd('early', '1970-01-01T00:00:00Z')]), plain)
})
