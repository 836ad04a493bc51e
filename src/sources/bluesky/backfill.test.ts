import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { isAppError } from '../../core/index.ts'
import { startFakeJetstream } from '../../test/fake-jetstream.ts'
import type { SourceItem } from '../port.ts'
import { type BlueskyDeps, type BlueskySourceInput, createBlueskyConnector } from './index.ts'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const SEARCH = JSON.parse(fixture('search-posts.json')) as { posts: unknown[] }
const FEED = fixture('author-feed.jsonl').split('\n').filter(Boolean)[0]!
const JETSTREAM = fixture('jetstream-events.jsonl').split('\n').filter(Boolean)
const NOW = Date.parse('2026-03-02T12:00:00Z')
const BRAND = 'did:plc:tcm3t3c0m3t3xx'
const LOCAL = { allowHosts: ['127.0.0.1'] }

type Answer = { status?: number; headers?: Record<string, string>; body: string }
/** answers the test scripts for searchPosts, in order; then the two pages of the fixture */
let script: Answer[] = []
const seen: URL[] = []
const page = (posts: unknown[], cursor?: string): Answer => ({ body: JSON.stringify({ posts, cursor }) })
const searchPage = (url: URL): Answer =>
  url.searchParams.get('cursor') === 'p2'
    ? page([SEARCH.posts[0]])
    : page([SEARCH.posts[2], SEARCH.posts[1]], 'p2')

const route = (url: URL): Answer => {
  if (url.pathname.endsWith('/com.atproto.identity.resolveHandle'))
    return { body: JSON.stringify({ did: BRAND }) }
  if (url.pathname.endsWith('/app.bsky.feed.getAuthorFeed')) return { body: FEED }
  return script.shift() ?? searchPage(url)
}

const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  const url = new URL(req.url ?? '/', 'http://local')
  seen.push(url)
  const answer = route(url)
  if (answer.status === 0) {
    res.writeHead(200, { 'content-length': '5000' }).write(answer.body.slice(0, 40))
    return void setTimeout(() => res.destroy(), 10)
  }
  res
    .writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers })
    .end(answer.body)
})
let appView: string
let jetstream: Awaited<ReturnType<typeof startFakeJetstream>>
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  appView = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // the brand's own post, from the stream, just after the backfill
  jetstream = await startFakeJetstream([
    JETSTREAM[6]!.replace(/"time_us": ?\d+/, `"time_us": ${NOW * 1000 + 1}`),
  ])
})
after(async () => {
  server.close()
  await jetstream.close()
})

const waits: number[] = []
const connect = (options: BlueskySourceInput = {}, deps: BlueskyDeps = {}) => {
  script = []
  seen.length = 0
  waits.length = 0
  return createBlueskyConnector(
    { jetstream: jetstream.url, appView, search: ['télécomète'], accounts: ['telecomete.fr'], ...options },
    { policy: LOCAL, sleep: async (ms) => void waits.push(ms), random: () => 0.5, now: () => NOW, ...deps },
  )
}

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

const ids = (items: SourceItem[]) => items.map((i) => ('mention' in i ? i.mention.id : 'rejected'))
const HISTORY = [
  'bluesky:at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lbgqjxyz2k2a',
  'bluesky:at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/3lbgqkaaa7s2b',
  'rejected',
  `bluesky:at://${BRAND}/app.bsky.feed.post/3lbgr2aaaa22x`,
]

test('a new source searches its recent history, every page, oldest first, with the brand’s own posts, then streams', async () => {
  const items = await take(connect(), 5)
  assert.deepEqual(ids(items), [...HISTORY, `bluesky:at://${BRAND}/app.bsky.feed.post/3lbgr2aaaa22x`])
  const search = seen.find((u) => u.pathname.endsWith('searchPosts'))
  assert.equal(search?.searchParams.get('q'), 'télécomète')
  assert.equal(search?.searchParams.get('sort'), 'latest')
  assert.equal(search?.searchParams.get('limit'), '100')
  assert.equal(search?.searchParams.get('since'), '2026-03-01T12:00:00.000Z')
  assert.equal(search?.searchParams.get('until'), '2026-03-02T12:00:00.000Z')
  assert.equal(seen.filter((u) => u.searchParams.get('cursor') === 'p2').length, 1)
  const streamed = items[4]
  assert.ok(streamed && 'mention' in streamed)
  assert.equal(streamed.mention.author.handle, 'telecomete.fr') // resolved once, so the runtime marks it owned
  assert.equal(jetstream.requests.at(-1)?.searchParams.get('cursor'), String(NOW * 1000 - 5_000_000))
})

test('a 429 is waited for as Retry-After says, a server error retried, and a spent rate limit waited until its reset', async () => {
  const connector = connect({ accounts: [] })
  script.push(
    { status: 429, headers: { 'retry-after': '7' }, body: '{"error":"RateLimitExceeded"}' },
    { status: 502, body: 'bad gateway' },
    {
      ...searchPage(new URL('http://x')),
      headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': String(NOW / 1000 + 30) },
    },
  )
  const items = await take(connector, 3)
  assert.deepEqual(ids(items), HISTORY.slice(0, 3))
  assert.deepEqual(waits, [7000, 1500, 30_000])
})

test('an oversized, a truncated or a non-JSON answer fails the read with an error the runner retries later', async () => {
  const big = await take(connect({ accounts: [] }, { maxBytes: 100 }), 1).catch((e) => e)
  assert.ok(isAppError(big), String(big))
  assert.match(big.message, /more than 100 bytes/)
  const connector = connect({ accounts: [] })
  script.push(...Array.from({ length: 5 }, () => ({ status: 0, body: JSON.stringify(SEARCH) })))
  const truncated = await take(connector, 1).catch((e) => e)
  assert.equal(truncated.code, 'unavailable')
  assert.match(truncated.message, /after 5 tries/)
  const broken = connect({ accounts: [] })
  script.push({ body: '{"posts": [' })
  assert.equal((await take(broken, 1).catch((e) => e)).code, 'unavailable')
})

test('an interrupted backfill resumes after the last post it delivered, each post once', async () => {
  for (const cut of [1, 2, 3]) {
    const first = await take(connect(), cut)
    const rest = await take(connect(), 5 - cut, first.at(-1)?.cursor)
    assert.deepEqual([...ids(first), ...ids(rest)].slice(0, 4), HISTORY, `cut after ${cut}`)
  }
})

test('a gap longer than Jetstream keeps is searched from the last event, then the stream starts now', async () => {
  const cursor = JSON.stringify({ t: Date.parse('2026-03-01T08:00:00Z') * 1000, k: [] })
  const items = await take(connect({ accounts: [] }), 4, cursor)
  assert.deepEqual(ids(items), [
    ...HISTORY.slice(0, 3),
    `bluesky:at://${BRAND}/app.bsky.feed.post/3lbgr2aaaa22x`,
  ])
  const search = seen.find((u) => u.pathname.endsWith('searchPosts'))
  assert.equal(search?.searchParams.get('since'), '2026-03-01T08:00:00.000Z')
  assert.equal(jetstream.requests.at(-1)?.searchParams.get('cursor'), String(NOW * 1000 - 5_000_000))
})

test('the SSRF guard refuses an AppView on a private address unless an administrator allows it', async () => {
  const error = await take(connect({}, { policy: { allowHosts: [] } }), 1).catch((e) => e)
  assert.ok(isAppError(error), String(error))
  assert.equal(error.code, 'forbidden')
})

test('an anonymous search the AppView refuses (403) is skipped: the history keeps what it could read', async () => {
  const connector = connect()
  script.push(page([SEARCH.posts[2], SEARCH.posts[1]], 'p2'), { status: 403, body: '{"error":"Forbidden"}' })
  const items = await take(connector, 3)
  assert.deepEqual(ids(items), [HISTORY[1], HISTORY[2], HISTORY[3]])
})
