import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { loadConfig } from '../config/index.ts'
import { startFakeJetstream } from '../test/fake-jetstream.ts'
import { addSource, createRuntime, startSources } from './index.ts'

const LINES = readFileSync(
  new URL('../sources/bluesky/fixtures/jetstream-events.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter(Boolean)
const BRAND = 'did:plc:tcm3t3c0m3t3xx'
// Léa's post is liked once and reposted once on the recorded stream; the brand's post gets a reply
const LEA_POST = 'bluesky:at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lbgqjxyz2k2a'
const BRAND_POST = `bluesky:at://${BRAND}/app.bsky.feed.post/3lbgr2aaaa22x`

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 400 && !(await check()); i++) await new Promise((r) => setTimeout(r, 25))
  assert.ok(await check(), 'the condition did not come true')
}

test('likes, reposts and replies seen on Jetstream reach the stored mentions’ metrics', async () => {
  const jetstream = await startFakeJetstream(LINES)
  const rt = await createRuntime(
    loadConfig({
      env: {},
      overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent', 'network.allowHosts': ['127.0.0.1'] },
    }),
  )
  const runner = startSources(rt, { policy: { allowHosts: ['127.0.0.1'] }, engagementFlushMs: 10 })
  try {
    await rt.store.upsertWorkspace({ id: 'tc', name: 'Télécomète', createdAt: new Date(0) })
    await rt.store.upsertQuery({
      id: 'q',
      workspaceId: 'tc',
      brand: 'Télécomète',
      query: 'telecomete',
      owned: [],
    })
    await rt.store.setOwnedAccounts('tc', [{ network: 'bluesky', handle: 'telecomete.fr', id: BRAND }])
    await addSource(rt, 'tc', {
      id: 'sky',
      kind: 'bluesky',
      url: jetstream.url,
      options: { backfillHours: 0 },
    })
    await runner.reload()
    const metricsOf = async (id: string) =>
      (await rt.store.listMentions({ workspaceId: 'tc', limit: 50 })).items.find((m) => m.id === id)?.metrics
    await until(async () => (await metricsOf(LEA_POST))?.reposts === 1)
    assert.deepEqual(await metricsOf(LEA_POST), { likes: 1, reposts: 1, replies: 0 })
    await until(async () => (await metricsOf(BRAND_POST))?.replies === 1)
    // the brand's own post, read because its account is the workspace's, is marked owned
    const brand = (await rt.store.listMentions({ workspaceId: 'tc', limit: 50 })).items.find(
      (m) => m.id === BRAND_POST,
    )
    assert.equal(brand?.analysis.owned, true)
  } finally {
    await runner.stop()
    await rt.close()
    await jetstream.close()
  }
})
