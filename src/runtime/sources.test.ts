import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { createApp } from '../api/index.ts'
import { loadConfig } from '../config/index.ts'
import { signBody } from '../sources/index.ts'
import { actAsAdmin } from '../test/act-as-admin.ts'
import { addSource, createRuntime, failureDelay, nextPollDelay, type Runtime, startSources } from './index.ts'

const WS = 'telecomete'
// a subreddit's new posts as Reddit lists them: newest first, here the two posts of a recorded search page
const recorded = JSON.parse(
  readFileSync(new URL('../sources/reddit/fixtures/search.jsonl', import.meta.url), 'utf8').split('\n')[0]!,
) as { data: { children: { data: { created_utc: number } }[] } }
const listing = JSON.stringify({
  kind: 'Listing',
  data: {
    after: null,
    children: [...recorded.data.children].sort((a, b) => b.data.created_utc - a.data.created_utc),
  },
})
let server: Server
let base: string
before(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(listing)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => server.close())

const withRuntime = async (body: (rt: Runtime) => Promise<void>) => {
  const rt = await createRuntime(
    loadConfig({
      env: {},
      overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent', 'network.allowHosts': ['127.0.0.1'] },
    }),
  )
  try {
    await rt.store.upsertWorkspace({ id: WS, name: 'Télécomète', createdAt: new Date(0) })
    await rt.store.upsertQuery({
      id: 'q',
      workspaceId: WS,
      brand: 'Télécomète',
      query: 'telecomete',
      owned: [],
    })
    await body(rt)
  } finally {
    await rt.close()
  }
}

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 25))
  assert.ok(await check(), 'the condition did not come true')
}

test('a declared source is read by the runner into the store, once, and its health says so', async () => {
  await withRuntime(async (rt) => {
    await addSource(rt, WS, {
      id: 'r-france',
      kind: 'reddit',
      url: base,
      options: { subreddits: ['france'] },
    })
    const waits: number[] = []
    const runner = startSources(rt, {
      policy: { allowHosts: ['127.0.0.1'] },
      // the second period never ends in the test: one read, then the runner waits
      wait: (ms, signal) => {
        waits.push(ms)
        return new Promise((resolve) => signal.addEventListener('abort', () => resolve()))
      },
      random: () => 0.5,
    })
    await runner.reload()
    await until(async () => (await rt.store.listSourceHealth(WS))[0]?.lastSuccessAt !== undefined)
    const health = (await rt.store.listSourceHealth(WS))[0]!
    assert.equal(health.lastError, undefined)
    const stored = await rt.store.listMentions({ workspaceId: WS })
    assert.deepEqual(stored.items.map((m) => m.id).sort(), ['reddit:t3_1b3xyza'])
    assert.equal(health.stored, 1, 'the post that does not name the brand is not stored')
    assert.deepEqual(waits, [300_000], 'the source period, without jitter at random 0.5')
    const metrics = rt.meter.render()
    assert.match(metrics, /vigie_source_reads_total\{kind="reddit",outcome="ok"\} 1\n/)
    assert.match(metrics, /vigie_source_items_total\{kind="reddit",outcome="stored"\} 1\n/)
    await rt.store.deleteSource(WS, 'r-france')
    await runner.reload()
    assert.deepEqual(runner.running(), [])
    await runner.stop()
  })
})

test('a source whose read fails records the error and waits longer each time', async () => {
  assert.equal(
    nextPollDelay(60_000, () => 0),
    54_000,
  )
  assert.equal(
    nextPollDelay(60_000, () => 1),
    66_000,
  )
  assert.deepEqual(
    [1, 2, 3, 10].map((n) => failureDelay(n, () => 0.5)),
    [30_000, 60_000, 120_000, 1_800_000],
  )
  await withRuntime(async (rt) => {
    // allowed when declared, refused when read: the runner's policy does not allow the local server
    await addSource(rt, WS, {
      id: 'r-blocked',
      kind: 'reddit',
      url: base,
      options: { subreddits: ['france'] },
    })
    const runner = startSources(rt, {
      policy: { allowHosts: [] },
      wait: (_ms, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve())),
    })
    await runner.reload()
    await until(async () => (await rt.store.listSourceHealth(WS))[0]?.lastError !== undefined)
    assert.match((await rt.store.listSourceHealth(WS))[0]!.lastError!, /private, loopback or link-local/)
    await runner.stop()
  })
})

test('mentions pushed to a webhook source are stored when signed with its secret, each bad one refused with its reason', async () => {
  await withRuntime(async (rt) => {
    const app = createApp({ store: rt.store, hub: rt.hub, meter: rt.meter, version: 'test', runtime: rt })
    await actAsAdmin(app, rt.store)
    try {
      const made = await app.inject({
        method: 'POST',
        url: `/api/v1/workspaces/${WS}/sources`,
        headers: { 'content-type': 'application/json' },
        payload: { id: 'zapier', kind: 'webhook' },
      })
      assert.equal(made.statusCode, 201, made.body)
      const { secret } = made.json()
      const body = JSON.stringify([
        {
          text: 'Télécomète encore en panne à Lyon',
          createdAt: '2026-03-02T08:15:00Z',
          author: { handle: 'lea' },
        },
        { text: 'pas de date ici, Télécomète' },
        { text: 'Bravo Télécomète pour le retour du réseau', createdAt: 1772439300 },
      ])
      const push = (signature: string) =>
        app.inject({
          method: 'POST',
          url: `/api/v1/workspaces/${WS}/ingest?source=zapier`,
          headers: { 'content-type': 'application/json', 'x-vigie-signature': signature, cookie: 'none=1' },
          payload: body,
        })
      assert.equal((await push(signBody('not the secret', body))).statusCode, 401)
      const ok = await push(signBody(secret, body))
      assert.equal(ok.statusCode, 200, ok.body)
      assert.equal(ok.json().stored, 2)
      assert.deepEqual(
        ok.json().rejected.map((r: { item: number }) => r.item),
        [2],
      )
      assert.match(ok.json().rejected[0].reason, /createdAt/)
      assert.equal((await push(signBody(secret, body))).json().duplicates, 2, 'pushed again: stored once')
      const listed = await app.inject({ method: 'GET', url: `/api/v1/workspaces/${WS}/sources` })
      assert.equal(listed.json().sources[0].health.stored, 2)
      assert.doesNotMatch(listed.body, new RegExp(secret))
    } finally {
      await app.close()
    }
  })
})
