import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { loadConfig } from '../config/index.ts'
import { type Mention, parseMention } from '../core/index.ts'
import { createFileConnector, createMemoryConnector } from '../sources/index.ts'
import { changeOwnedAccounts, createRuntime, ingest, type Runtime, setOwnedAccounts } from './index.ts'

const fixture = fileURLToPath(new URL('./fixtures/owned-posts.jsonl', import.meta.url))

const withRuntime = async (workers: number, body: (rt: Runtime) => Promise<void>) => {
  const rt = await createRuntime(
    loadConfig({
      env: {},
      overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent', 'analysis.workers': workers },
    }),
  )
  try {
    for (const ws of ['acme', 'globex']) {
      await rt.store.upsertWorkspace({ id: ws, name: ws, createdAt: new Date(0) })
      await rt.store.upsertQuery({ id: 'q', workspaceId: ws, brand: 'Acme', query: 'acme', owned: [] })
    }
    await body(rt)
  } finally {
    await rt.close()
  }
}

const toot = (id: string, handle: string, text: string, host = 'mastodon.social'): Mention =>
  parseMention({
    id,
    source: 'mastodon',
    url: `https://${host}/@${handle}/${id}`,
    createdAt: '2026-03-14T10:00:00Z',
    text,
    author: { id: `a-${handle}`, handle },
  })

const ownedById = async (rt: Runtime, workspaceId: string) =>
  new Map(
    (await rt.store.listMentions({ workspaceId, limit: 50 })).items.map((m) => [
      m.id,
      { owned: m.analysis.owned, queries: m.analysis.queries },
    ]),
  )

for (const workers of [0, 1]) {
  test(`posts of a workspace's owned accounts are marked owned whatever source brought them (${workers} analysis workers)`, () =>
    withRuntime(workers, async (rt) => {
      await changeOwnedAccounts(rt, 'acme', {
        add: ['twitter:@acme', 'mastodon:acme@mastodon.social', 'facebook:acme'],
      })
      // warmed workers analyse every batch: the accounts cross to them in the workspace's spec
      if (workers > 0) await rt.analysis.warm([await rt.pipelines.get('acme')])
      const file = await ingest({
        rt,
        workspaceId: 'acme',
        connector: createFileConnector({ path: fixture }),
        sourceKey: `file:${fixture}`,
      })
      assert.equal(file.stored, 3)
      await ingest({
        rt,
        workspaceId: 'acme',
        connector: createMemoryConnector([
          toot('10', 'acme', 'Service update tonight'),
          toot('11', 'acme', 'acme is down?', 'other.example'),
          toot('12', 'zoe', 'acme support is slow'),
        ]),
        sourceKey: 'test:mastodon',
      })
      const byId = await ownedById(rt, 'acme')
      // the brand's tweet names no brand: kept all the same, under every query, so detection sees it spoke
      assert.deepEqual(byId.get('twitter:1'), { owned: true, queries: ['q'] })
      assert.deepEqual(byId.get('twitter:2'), { owned: false, queries: ['q'] })
      assert.deepEqual(byId.get('facebook:3'), { owned: true, queries: ['q'] })
      // `acme` on mastodon.social is acme@mastodon.social; an `acme` of another instance is someone else
      assert.deepEqual(byId.get('mastodon:10'), { owned: true, queries: ['q'] })
      assert.deepEqual(byId.get('mastodon:11'), { owned: false, queries: ['q'] })
      assert.deepEqual(byId.get('mastodon:12'), { owned: false, queries: ['q'] })
    }))
}

test("an owned account of one network or one workspace owns nothing of another's", () =>
  withRuntime(0, async (rt) => {
    await setOwnedAccounts(rt, 'globex', { accounts: [{ network: 'twitter', handle: 'acme' }] })
    await setOwnedAccounts(rt, 'acme', { accounts: [{ network: 'mastodon', handle: 'acme' }] })
    for (const ws of ['acme', 'globex'])
      await ingest({
        rt,
        workspaceId: ws,
        connector: createFileConnector({ path: fixture }),
        sourceKey: `file:${fixture}`,
      })
    const acme = await ownedById(rt, 'acme')
    // in acme, `acme` is owned on Mastodon only: the tweet naming no brand is not kept
    assert.equal(acme.has('twitter:1'), false)
    assert.deepEqual(acme.get('facebook:3'), { owned: false, queries: ['q'] })
    const globex = await ownedById(rt, 'globex')
    assert.deepEqual(globex.get('twitter:1'), { owned: true, queries: ['q'] })
    assert.deepEqual(globex.get('facebook:3'), { owned: false, queries: ['q'] })
  }))

test('an owned account added while the pipeline runs marks the next mentions, once reloaded', () =>
  withRuntime(0, async (rt) => {
    const read = (mentions: Mention[], key: string) =>
      ingest({ rt, workspaceId: 'acme', connector: createMemoryConnector(mentions), sourceKey: key })
    await read([toot('20', 'acme', 'acme news')], 'a')
    await changeOwnedAccounts(rt, 'acme', { add: ['mastodon:acme@mastodon.social'] })
    await rt.pipelines.reloadOwnedAccounts('acme')
    await read([toot('21', 'acme', 'acme news again')], 'b')
    const byId = await ownedById(rt, 'acme')
    assert.equal(byId.get('mastodon:20')?.owned, false)
    assert.equal(byId.get('mastodon:21')?.owned, true)
  }))

test('removing an account the workspace does not have is refused, and a malformed one too', () =>
  withRuntime(0, async (rt) => {
    await assert.rejects(
      changeOwnedAccounts(rt, 'acme', { remove: ['twitter:nobody'] }),
      /not an owned account/,
    )
    await assert.rejects(changeOwnedAccounts(rt, 'acme', { add: ['acme'] }), /network:handle/)
    await assert.rejects(changeOwnedAccounts(rt, 'nowhere', { add: ['twitter:acme'] }), /no workspace/)
  }))
