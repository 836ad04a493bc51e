import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { createApp } from '../api/index.ts'
import { loadConfig } from '../config/index.ts'
import type { Mention } from '../core/index.ts'
import { actAsAdmin } from '../test/act-as-admin.ts'
import { createQueueConnector } from '../test/queue-connector.ts'
import { createRuntime, type IngestSummary, ingest, type Runtime } from './index.ts'

const WS = 'ws'
const at = new Date('2026-03-02T08:00:00Z')
const mention = (n: number, text: string): Mention => ({
  id: `test:${n}`,
  source: 'test',
  createdAt: new Date(at.getTime() + n * 60_000),
  lang: 'en',
  text,
  author: { id: `a${n}`, handle: `user${n}` },
})

/** A runtime over in-memory SQLite with workspace `ws` and its query `acme`, and the API wired as `serve` does. */
const withServedRuntime = async (body: (rt: Runtime, app: ReturnType<typeof createApp>) => Promise<void>) => {
  const rt = await createRuntime(
    loadConfig({ env: {}, overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent' } }),
  )
  const app = createApp({
    store: rt.store,
    hub: rt.hub,
    meter: rt.meter,
    version: 'test',
    onQueriesChanged: async (ws) => void (await rt.pipelines.reload(ws)),
  })
  await actAsAdmin(app, rt.store)
  try {
    await rt.store.upsertWorkspace({ id: WS, name: WS, createdAt: new Date(0) })
    await rt.store.upsertQuery({ id: 'acme', workspaceId: WS, brand: 'Acme', query: 'acme', owned: [] })
    await body(rt, app)
  } finally {
    await app.close()
    await rt.close()
  }
}

/** A live ingest (each mention written and detected at once) that the test feeds one mention at a time. */
const startLiveIngest = (rt: Runtime) => {
  const source = createQueueConnector()
  let settled: ((s: IngestSummary) => void) | undefined
  const running = ingest({
    rt,
    workspaceId: WS,
    connector: source.connector,
    sourceKey: 'queue',
    detect: true,
    flushEachMention: true,
    onBatch: (s) => settled?.(s),
  })
  return {
    running,
    /** resolves once the mention went through analysis, the store and detection */
    send: (m: Mention) =>
      new Promise<IngestSummary>((resolve) => {
        settled = resolve
        source.push(m)
      }),
    end: () => {
      source.end()
      return running
    },
  }
}

const queriesOf = async (rt: Runtime, id: string) => (await rt.store.getMention(WS, id))?.analysis.queries

test('queries added and deleted through the API change what a running ingest matches and detects', () =>
  withServedRuntime(async (rt, app) => {
    const live = startLiveIngest(rt)
    await live.send(mention(1, 'acme and globex, first'))
    assert.deepEqual(await queriesOf(rt, 'test:1'), ['acme'])

    const added = await app.inject({
      method: 'PUT',
      url: `/api/v1/workspaces/${WS}/queries/globex`,
      payload: { brand: 'Globex', query: 'globex' },
    })
    assert.equal(added.statusCode, 201)
    await live.send(mention(2, 'acme and globex, second'))
    assert.deepEqual(await queriesOf(rt, 'test:2'), ['acme', 'globex'])

    const deleted = await app.inject({
      method: 'DELETE',
      url: `/api/v1/workspaces/${WS}/queries/acme`,
      headers: { 'content-type': 'application/json' },
    })
    assert.equal(deleted.statusCode, 204)
    await live.send(mention(3, 'acme and globex, third'))
    const summary = await live.send(mention(4, 'only acme this time'))
    assert.deepEqual(await queriesOf(rt, 'test:3'), ['globex'])
    assert.equal(await rt.store.getMention(WS, 'test:4'), undefined)
    assert.equal(summary.skipped['no brand query matched'], 1)

    // detection follows the same set: the new query is known, the deleted one is gone
    const { detection } = await rt.pipelines.get(WS)
    assert.ok(detection.snapshot('globex').at !== undefined)
    assert.throws(() => detection.snapshot('acme'), /no brand query acme/)
    const done = await live.end()
    assert.equal(done.stored, 3)
  }))

test('an edited query matches by its new text from the next mention, in the same pipeline', () =>
  withServedRuntime(async (rt, app) => {
    const pipeline = await rt.pipelines.get(WS)
    const live = startLiveIngest(rt)
    await live.send(mention(1, 'acme is here'))
    const edited = await app.inject({
      method: 'PUT',
      url: `/api/v1/workspaces/${WS}/queries/acme`,
      payload: { brand: 'Acme', query: 'acme OR "acme corp" OR acmecorp' },
    })
    assert.equal(edited.statusCode, 200)
    await live.send(mention(2, 'acmecorp is here'))
    assert.deepEqual(await queriesOf(rt, 'test:2'), ['acme'])
    assert.equal(await rt.pipelines.get(WS), pipeline)
    assert.equal(pipeline.queries[0]?.query, 'acme OR "acme corp" OR acmecorp')
    await live.end()
  }))

test('a query added while Vigie runs starts from the stored mentions it matches, not from nothing', () =>
  withServedRuntime(async (rt, app) => {
    const pipeline = await rt.pipelines.get(WS)
    const live = startLiveIngest(rt)
    for (let n = 1; n <= 6; n++) await live.send(mention(n, n % 2 ? 'acme and globex' : 'acme alone'))
    const given = new Map<string, number>()
    const seed = pipeline.detection.seed
    pipeline.detection.seed = (id, history) => {
      given.set(id, history.length)
      return seed(id, history)
    }
    const added = await app.inject({
      method: 'PUT',
      url: `/api/v1/workspaces/${WS}/queries/globex`,
      payload: { brand: 'Globex', query: 'globex' },
    })
    assert.equal(added.statusCode, 201)
    assert.deepEqual([...given], [['globex', 3]], 'the three stored posts naming globex')
    await live.end()
  }))

test('at start, every query of a workspace is given its stored past', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-seed-'))
  const open = () =>
    createRuntime(loadConfig({ env: {}, overrides: { 'store.dataDir': dir, 'log.level': 'silent' } }))
  try {
    const first = await open()
    await first.store.upsertWorkspace({ id: WS, name: WS, createdAt: new Date(0) })
    await first.store.upsertQuery({ id: 'acme', workspaceId: WS, brand: 'Acme', query: 'acme', owned: [] })
    const live = startLiveIngest(first)
    for (let n = 1; n <= 4; n++) await live.send(mention(n, 'acme again'))
    await live.end()
    await first.close()
    const again = await open() // a restart: detection state is gone, the store is not
    try {
      assert.deepEqual([...(await again.pipelines.seedFromHistory(WS))], [['acme', 4]])
    } finally {
      await again.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
