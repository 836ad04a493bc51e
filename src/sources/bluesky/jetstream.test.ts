import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, test } from 'node:test'
import { isAppError } from '../../core/index.ts'
import { startFakeJetstream } from '../../test/fake-jetstream.ts'
import type { SourceItem } from '../port.ts'
import { type BlueskyDeps, createBlueskyConnector, type Engagement } from './index.ts'

const LINES = readFileSync(new URL('./fixtures/jetstream-events.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
const T = 1772439300000000
const BRAND = 'did:plc:tcm3t3c0m3t3xx'
const LEA_POST = 'at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lbgqjxyz2k2a'
const LOCAL = { allowHosts: ['127.0.0.1'] }
const waits: number[] = []
const servers: { close: () => Promise<void> }[] = []
after(() => Promise.all(servers.map((s) => s.close())))

const jetstream = async (...args: Parameters<typeof startFakeJetstream>) => {
  const server = await startFakeJetstream(...args)
  servers.push(server)
  return server
}

const connect = (url: string, deps: BlueskyDeps = {}) =>
  createBlueskyConnector(
    { jetstream: url, accounts: [BRAND], backfillHours: 0 },
    {
      policy: LOCAL,
      matches: (text) => /t[ée]l[ée]com[èe]te/i.test(text),
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.5,
      now: () => T / 1000 + 20_000,
      ...deps,
    },
  )

/** The first `n` items of a read (a stream never ends by itself), or what came within two seconds. */
const take = async (connector: ReturnType<typeof connect>, n: number, cursor?: string) => {
  const stop = new AbortController()
  const timer = setTimeout(() => stop.abort(), 2_000)
  const items: SourceItem[] = []
  try {
    for await (const item of connector.read(cursor, stop.signal)) if (items.push(item) >= n) break
  } finally {
    clearTimeout(timer)
    stop.abort()
  }
  return items
}

const ids = (items: SourceItem[]) =>
  items.map((i) => ('mention' in i ? i.mention.id : `rejected:${i.rejected.kind}`))

const EXPECTED = [
  `bluesky:${LEA_POST}`,
  'bluesky:at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.repost/3lbgqk2222r2d',
  'rejected:bluesky event: commit',
  `bluesky:at://${BRAND}/app.bsky.feed.post/3lbgr2aaaa22x`,
  'bluesky:at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/3lbgqk3333p2e',
  'rejected:not a bluesky post: text',
  'bluesky:at://did:plc:q6gjnaw2blty4crticxkmujt/app.bsky.feed.post/3lbgqk6666p2h',
  'bluesky:at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lbgqk8888p2j',
]

test('keeps posts that match, the brand’s own posts, replies to it and quotes of it; drops the rest of the firehose', async () => {
  const server = await jetstream(LINES)
  const items = await take(connect(server.url), EXPECTED.length)
  assert.deepEqual(ids(items), EXPECTED)
  const first = items[0]
  assert.ok(first && 'mention' in first)
  assert.equal(first.mention.text, 'Toujours pas de réseau chez Télécomète ce matin 😤 #panne')
  assert.equal(first.mention.createdAt.toISOString(), '2026-03-02T08:15:01.000Z')
  assert.equal(first.mention.lang, 'fr')
  assert.deepEqual(first.mention.author, {
    id: 'did:plc:z72i7hdynmk6r22z27h6tvur',
    handle: 'did:plc:z72i7hdynmk6r22z27h6tvur',
  })
  assert.equal(
    first.mention.url,
    'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3lbgqjxyz2k2a',
  )
  const reply = items[4]
  assert.ok(reply && 'mention' in reply)
  assert.equal(reply.mention.replyTo, `bluesky:at://${BRAND}/app.bsky.feed.post/3lbgr2aaaa22x`)
  const wanted = server.requests[0]?.searchParams.getAll('wantedCollections')
  assert.deepEqual(wanted, ['app.bsky.feed.post', 'app.bsky.feed.repost', 'app.bsky.feed.like'])
  assert.equal(server.requests[0]?.searchParams.get('cursor'), null)
})

test('a repost of a delivered post is a mention with its text; likes and reposts of it are counted', async () => {
  const server = await jetstream(LINES)
  const counts: Engagement[] = []
  const items = await take(connect(server.url, { onEngagement: (e) => counts.push(e) }), EXPECTED.length)
  const repost = items[1]
  assert.ok(repost && 'mention' in repost)
  assert.equal(repost.mention.repostOf, `bluesky:${LEA_POST}`)
  assert.equal(repost.mention.text, 'Toujours pas de réseau chez Télécomète ce matin 😤 #panne')
  assert.equal(repost.mention.author.id, 'did:plc:ewvi7nxzyoun6zhxrhs64oiz')
  assert.deepEqual(counts.slice(0, 2), [
    { id: `bluesky:${LEA_POST}`, likes: 1, reposts: 0, replies: 0 },
    { id: `bluesky:${LEA_POST}`, likes: 1, reposts: 1, replies: 0 },
  ])
  assert.deepEqual(counts[2], {
    id: `bluesky:at://${BRAND}/app.bsky.feed.post/3lbgr2aaaa22x`,
    likes: 0,
    reposts: 0,
    replies: 1,
  })
})

test('a malformed event is rejected and the stream goes on', async () => {
  const server = await jetstream(['{"did":"did:plc:x","time_us":', ...LINES.slice(0, 2)])
  const items = await take(connect(server.url), 2)
  assert.ok(items[0] && 'rejected' in items[0])
  assert.equal(items[0].rejected.reason, 'not JSON')
  assert.equal(items[0].rejected.payload, '{"did":"did:plc:x","time_us":')
  assert.deepEqual(ids(items.slice(1)), [EXPECTED[0]])
})

test('after a dropped connection it asks for the cursor a margin before the last event read, and delivers nothing twice', async () => {
  const server = await jetstream(LINES, [{ cutAfter: 8 }])
  waits.length = 0
  const counts: Engagement[] = []
  const items = await take(connect(server.url, { onEngagement: (e) => counts.push(e) }), EXPECTED.length)
  assert.deepEqual(ids(items), EXPECTED)
  assert.equal(server.requests.length, 2)
  // the eighth event was read at T + 7 s; the replay margin is 5 s
  assert.equal(server.requests[1]?.searchParams.get('cursor'), String(T + 2_000_000))
  assert.equal(counts.filter((c) => c.id === `bluesky:${LEA_POST}`).at(-1)?.likes, 1)
  assert.deepEqual(waits, [750]) // 1 s backoff, jitter 0.5 → three quarters
})

test('a restart from the last cursor given delivers every item exactly once, in order', async () => {
  const server = await jetstream(LINES)
  const full = ids(await take(connect(server.url), EXPECTED.length))
  for (const cut of [1, 3, 5]) {
    const before = await take(connect(server.url), cut)
    const resumed = await take(connect(server.url), EXPECTED.length - cut, before.at(-1)?.cursor)
    assert.deepEqual([...ids(before), ...ids(resumed)], full, `cut after ${cut}`)
  }
})

test('connections that keep failing end the read with an unavailable error', async () => {
  const server = await jetstream(LINES, ['refuse', 'refuse', 'refuse', 'refuse'])
  waits.length = 0
  const error = await take(connect(server.url, { maxReconnects: 3 }), 1).catch((e) => e)
  assert.ok(isAppError(error), String(error))
  assert.equal(error.code, 'unavailable')
  assert.match(error.message, /Jetstream connection failed 3 times/)
  assert.deepEqual(waits, [750, 1500, 3000])
})

test('the SSRF guard refuses a Jetstream on a private address unless an administrator allows it', async () => {
  const server = await jetstream(LINES)
  for (const url of [server.url, `ws://localhost:${server.port}/subscribe`]) {
    const error = await take(connect(url, { policy: { allowHosts: [] } }), 1).catch((e) => e)
    assert.ok(isAppError(error), `${url}: ${error}`)
    assert.equal(error.code, 'forbidden', url)
  }
})
