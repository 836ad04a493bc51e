import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, beforeEach, test } from 'node:test'
import { createManualClock, isAppError, type Mention } from '../../core/index.ts'
import type { Connector, Cursor, Rejection } from '../port.ts'
import { createRssConnector, type RssDeps, type RssNotice } from './rss-connector.ts'
import type { RssOptionsInput } from './rss-options.ts'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

/** What the test server answers on a path: a body with headers, honouring If-None-Match on the ETag. */
interface Route {
  status?: number
  body: string | Buffer
  type?: string
  etag?: string
  lastModified?: string
  /** answer this late */
  delayMs?: number
}

let server: Server
let base: string
let routes: Map<string, Route>
let requests: { path: string; headers: IncomingHttpHeaders }[]

before(async () => {
  server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers })
    const route = routes.get(req.url ?? '')
    if (!route) return res.writeHead(404).end('not found')
    const headers: Record<string, string> = {
      'content-type': route.type ?? 'application/rss+xml; charset=utf-8',
    }
    if (route.etag) headers.etag = route.etag
    if (route.lastModified) headers['last-modified'] = route.lastModified
    const unchanged =
      (route.etag !== undefined && req.headers['if-none-match'] === route.etag) ||
      (route.etag === undefined &&
        route.lastModified !== undefined &&
        req.headers['if-modified-since'] === route.lastModified)
    if (unchanged) return res.writeHead(304, headers).end()
    const answer = () => res.writeHead(route.status ?? 200, headers).end(route.body)
    if (route.delayMs) setTimeout(answer, route.delayMs)
    else answer()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => server.close())
beforeEach(() => {
  routes = new Map()
  requests = []
})

const NOW = new Date('2026-03-02T12:00:00Z')

const connect = (options: Partial<RssOptionsInput> = {}, deps: Partial<RssDeps> = {}) => {
  const notices: RssNotice[] = []
  const connector = createRssConnector(
    { url: `${base}/rss`, ...options },
    {
      policy: { allowHosts: ['127.0.0.1'] },
      clock: createManualClock(NOW),
      onNotice: (n) => notices.push(n),
      ...deps,
    },
  )
  return { connector, notices }
}

/** Reads once: what came, in order, and the cursor to resume from (the given one when nothing came). */
const read = async (connector: Connector, cursor?: Cursor) => {
  const mentions: Mention[] = []
  const rejections: Rejection[] = []
  const order: string[] = []
  let last = cursor
  for await (const item of connector.read(cursor, new AbortController().signal)) {
    if ('mention' in item) {
      mentions.push(item.mention)
      order.push(item.mention.id)
    } else {
      rejections.push(item.rejected)
      order.push(`rejected ${item.rejected.item}`)
    }
    last = item.cursor
  }
  return { mentions, rejections, order, cursor: last }
}

/** A small RSS feed; items newest first, as feeds list them. */
const rss = (items: { guid: string; date?: string; title?: string; link?: string; text?: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test</title><language>fr</language>${items
    .map(
      (i) =>
        `<item><guid isPermaLink="false">${i.guid}</guid>${i.title === undefined ? `<title>Titre ${i.guid}</title>` : i.title ? `<title>${i.title}</title>` : ''}` +
        `${i.link ? `<link>${i.link}</link>` : ''}${i.date ? `<pubDate>${i.date}</pubDate>` : ''}` +
        `<description>${i.text ?? `Texte ${i.guid}`}</description></item>`,
    )
    .join('')}</channel></rss>`

test('a first read delivers every item oldest first, refusals included, each with the cursor after it', async () => {
  routes.set('/rss', { body: fixture('le-quotidien.rss.xml'), etag: '"v1"' })
  const { connector } = connect()
  const first = await read(connector)
  assert.deepEqual(first.order, [
    'rejected 5', // no usable date: refused first, whatever its place
    'rss:127.0.0.1/lqc-12340', // Sun 21:58 +0100
    'rejected 6', // 07:00 +0100, neither title nor text
    'rss:127.0.0.1/lqc-breve-881', // 08:05 +0100, listed below the next one: taken as older
    `rss:${base}/transports/greve-gare-reprise-12343.html`, // 08:05 CET, a relative link
    'rss:https://www.lequotidien.example/conso/colere-des-usagers-12344.html',
    'rss:127.0.0.1/lqc-12345',
  ])
  assert.match(
    first.rejections[0]?.reason ?? '',
    /^127\.0\.0\.1\/lqc-12342: createdAt: "le 2 mars 2026 à 7 h 40" is not a date/,
  )
  assert.equal(first.rejections[0]?.kind, 'createdAt: not an accepted date form')
  assert.match(first.rejections[0]?.payload ?? '', /Météo : la Vigilance orange levée/)
  assert.equal(first.rejections[1]?.reason, '127.0.0.1/lqc-vide-1: the item has neither a title nor a text')
  assert.equal(requests[0]?.headers['if-none-match'], undefined)
  assert.match(String(requests[0]?.headers.accept), /application\/rss\+xml/)
})

test('conditional GET: the ETag and Last-Modified are sent back; 304 is nothing new', async () => {
  routes.set('/rss', {
    body: fixture('le-quotidien.rss.xml'),
    etag: '"v1"',
    lastModified: 'Mon, 02 Mar 2026 10:42:10 GMT',
  })
  const { connector } = connect()
  const first = await read(connector)
  assert.match(first.cursor ?? '', /"etag":"\\"v1\\""/)
  const second = await read(
    createRssConnector(
      { url: `${base}/rss` },
      { policy: { allowHosts: ['127.0.0.1'] }, clock: createManualClock(NOW) },
    ),
    first.cursor,
  )
  assert.deepEqual(second.order, [])
  assert.equal(requests[1]?.headers['if-none-match'], '"v1"')
  assert.equal(requests[1]?.headers['if-modified-since'], 'Mon, 02 Mar 2026 10:42:10 GMT')
  // a server with Last-Modified only
  routes.set('/rss', { body: fixture('le-quotidien.rss.xml'), lastModified: 'Mon, 02 Mar 2026 10:42:10 GMT' })
  const lm = connect().connector
  const third = await read(lm, (await read(lm)).cursor)
  assert.deepEqual(third.order, [])
  assert.equal(requests.at(-1)?.headers['if-modified-since'], 'Mon, 02 Mar 2026 10:42:10 GMT')
})

test('a feed that lists the same items again (a new ETag) delivers nothing, before or after a restart', async () => {
  const items = [
    { guid: 'b', date: 'Mon, 02 Mar 2026 10:00:00 +0000' },
    { guid: 'a', date: 'Mon, 02 Mar 2026 09:00:00 +0000' },
  ]
  routes.set('/rss', { body: rss(items), etag: '"1"' })
  const { connector } = connect()
  const first = await read(connector)
  assert.deepEqual(first.order, ['rss:127.0.0.1/a', 'rss:127.0.0.1/b'])
  routes.set('/rss', { body: rss(items), etag: '"2"' }) // rebuilt, same items
  const again = await read(connector, first.cursor)
  assert.deepEqual(again.order, [])
  assert.equal(again.cursor, first.cursor, 'nothing new: the cursor is not moved')
  // the validators of that quiet document are still sent from the same cursor (kept in memory)
  assert.deepEqual((await read(connector, first.cursor)).order, [])
  assert.equal(requests.at(-1)?.headers['if-none-match'], '"2"')
  // a new item among them: only it, even read by a new connector (a restart) from the saved cursor
  routes.set('/rss', {
    body: rss([{ guid: 'c', date: 'Mon, 02 Mar 2026 10:00:00 +0000' }, ...items]),
    etag: '"3"',
  })
  const restarted = connect().connector
  const third = await read(restarted, first.cursor)
  assert.deepEqual(third.order, ['rss:127.0.0.1/c'], 'an item at the newest date already seen is still new')
  assert.deepEqual((await read(restarted, third.cursor)).order, [])
})

test('an item that shows up late with an older date is delivered; one older than a day behind is not', async () => {
  routes.set('/rss', { body: rss([{ guid: 'new', date: 'Mon, 02 Mar 2026 11:00:00 +0000' }]), etag: '"1"' })
  const { connector } = connect()
  const first = await read(connector)
  routes.set('/rss', {
    body: rss([
      { guid: 'new', date: 'Mon, 02 Mar 2026 11:00:00 +0000' },
      { guid: 'late', date: 'Mon, 02 Mar 2026 08:00:00 +0000' },
      { guid: 'ancient', date: 'Fri, 27 Feb 2026 08:00:00 +0000' },
    ]),
    etag: '"2"',
  })
  assert.deepEqual((await read(connector, first.cursor)).order, ['rss:127.0.0.1/late'])
})

test('maxItems: the oldest new items first, the rest at the next reads (no 304 until all were read)', async () => {
  const items = ['5', '4', '3', '2', '1'].map((n) => ({
    guid: n,
    date: `Mon, 02 Mar 2026 0${n}:00:00 +0000`,
  }))
  routes.set('/rss', { body: rss(items), etag: '"1"' })
  const { connector, notices } = connect({ maxItems: 2 })
  const first = await read(connector)
  assert.deepEqual(first.order, ['rss:127.0.0.1/1', 'rss:127.0.0.1/2'])
  assert.deepEqual(notices, [{ kind: 'more-items', feed: `${base}/rss`, delivered: 2, left: 3 }])
  assert.doesNotMatch(first.cursor ?? '', /etag/)
  const second = await read(connector, first.cursor)
  assert.deepEqual(second.order, ['rss:127.0.0.1/3', 'rss:127.0.0.1/4'])
  const third = await read(connector, second.cursor)
  assert.deepEqual(third.order, ['rss:127.0.0.1/5'])
  assert.match(third.cursor ?? '', /etag/, 'read whole: the validators are kept')
  assert.deepEqual((await read(connector, third.cursor)).order, [])
  assert.equal(requests.at(-1)?.headers['if-none-match'], '"1"')
})

test('a feed without any date: its items are dated at the fetch, each delivered once', async () => {
  routes.set('/rss', { body: rss([{ guid: 'y' }, { guid: 'x' }]), etag: '"1"' })
  const { connector } = connect()
  const first = await read(connector)
  assert.deepEqual(first.order, ['rss:127.0.0.1/x', 'rss:127.0.0.1/y'])
  assert.deepEqual(
    first.mentions.map((m) => m.createdAt),
    [NOW, NOW],
  )
  routes.set('/rss', { body: rss([{ guid: 'z' }, { guid: 'y' }, { guid: 'x' }]), etag: '"2"' })
  const second = await read(connector, first.cursor)
  assert.deepEqual(second.order, ['rss:127.0.0.1/z'])
  // ids the feed no longer lists are forgotten: the cursor stays the feed's size
  routes.set('/rss', { body: rss([{ guid: 'w' }, { guid: 'z' }]), etag: '"3"' })
  const third = await read(connector, second.cursor)
  assert.deepEqual(third.order, ['rss:127.0.0.1/w'])
  assert.deepEqual(JSON.parse(third.cursor!).undated.sort(), ['127.0.0.1/w', '127.0.0.1/z'])
})

test('an item dated more than a day ahead is refused, once; it does not hide later items', async () => {
  const items = [
    { guid: 'future', date: 'Wed, 04 Mar 2026 12:00:00 +0000' },
    { guid: 'now', date: 'Mon, 02 Mar 2026 11:00:00 +0000' },
  ]
  routes.set('/rss', { body: rss(items), etag: '"1"' })
  const { connector } = connect()
  const first = await read(connector)
  assert.deepEqual(first.order, ['rejected 1', 'rss:127.0.0.1/now'])
  assert.match(first.rejections[0]?.reason ?? '', /more than 24 h after the fetch/)
  routes.set('/rss', {
    body: rss([{ guid: 'later', date: 'Mon, 02 Mar 2026 11:30:00 +0000' }, ...items]),
    etag: '"2"',
  })
  assert.deepEqual((await read(connector, first.cursor)).order, ['rss:127.0.0.1/later'])
})

test('a malformed feed refuses the whole fetch with an AppError naming it, and nothing is delivered', async () => {
  routes.set('/rss', { body: fixture('malformed.rss.xml') })
  const { connector } = connect()
  const seen: unknown[] = []
  const error = await (async () => {
    for await (const item of connector.read(undefined, new AbortController().signal)) seen.push(item)
  })().catch((e) => e)
  assert.ok(isAppError(error), String(error))
  assert.equal(error.code, 'unavailable')
  assert.match(error.message, new RegExp(`the feed ${base}/rss is malformed`))
  assert.deepEqual(seen, [])
  const whole = fixture('le-quotidien.rss.xml')
  routes.set('/rss', { body: whole.slice(0, whole.indexOf('</channel>')) })
  assert.equal((await read(connector).catch((e) => e)).code, 'unavailable', 'a document cut short')
})

test('HTTP failures are AppErrors naming the feed; Atom and JSON feeds are read whatever their Content-Type', async () => {
  const { connector } = connect()
  const missing = await read(connector).catch((e) => e)
  assert.equal(missing.code, 'not_found')
  assert.match(missing.message, new RegExp(`the feed ${base}/rss answered HTTP 404`))
  routes.set('/rss', { status: 503, body: 'busy' })
  assert.equal((await read(connector).catch((e) => e)).code, 'unavailable')
  routes.set('/rss', { status: 429, body: 'slow down' })
  assert.equal((await read(connector).catch((e) => e)).code, 'rate_limited')
  routes.set('/rss', { body: fixture('ops-blog.atom.xml'), type: 'text/plain' })
  assert.equal((await read(connector)).mentions.length, 3)
  routes.set('/rss', { body: fixture('alerts.feed.json'), type: 'application/octet-stream' })
  assert.equal((await read(connector)).mentions.length, 3)
})

test('options: zod-checked; a feed on a private address needs network.allowHosts', () => {
  const policy = { allowHosts: [] }
  for (const options of [
    { url: 'ftp://example.org/feed' },
    { url: 'https://x.example/rss', maxItems: 0 },
    { url: 'https://x.example/rss', extra: 1 },
  ])
    assert.throws(
      () => createRssConnector(options as RssOptionsInput, { policy }),
      (e: unknown) => isAppError(e) && e.code === 'invalid' && /^RSS source: /.test(e.message),
      JSON.stringify(options),
    )
  assert.throws(
    () => createRssConnector({ url: 'http://127.0.0.1/rss' }, { policy }),
    (e: unknown) => isAppError(e) && e.code === 'forbidden',
  )
  assert.equal(createRssConnector({ url: 'https://x.example/rss' }, { policy }).kind, 'rss')
})

test('fetchArticle: the page’s readable text replaces the summary; an unreadable page keeps it, with a notice', async () => {
  routes.set('/articles/ok', { body: fixture('article.html'), type: 'text/html; charset=utf-8' })
  routes.set('/articles/pdf', { body: '%PDF-1.7', type: 'application/pdf' })
  routes.set('/articles/huge', { body: Buffer.alloc(3 * 1024 * 1024, 'a'), type: 'text/html' })
  routes.set('/rss', {
    body: rss([
      { guid: '3', date: 'Mon, 02 Mar 2026 11:00:00 +0000', link: '/articles/huge', text: 'Résumé 3' },
      { guid: '2', date: 'Mon, 02 Mar 2026 10:00:00 +0000', link: `${base}/articles/pdf`, text: 'Résumé 2' },
      { guid: '1', date: 'Mon, 02 Mar 2026 09:00:00 +0000', link: `${base}/articles/ok`, text: 'Résumé 1' },
      { guid: '0', date: 'Mon, 02 Mar 2026 08:00:00 +0000', link: `${base}/articles/gone`, text: 'Résumé 0' },
    ]),
  })
  const { connector, notices } = connect({ fetchArticle: true })
  const { mentions } = await read(connector)
  const [gone, ok, pdf, huge] = mentions
  assert.match(ok?.text ?? '', /^Panne géante chez Télécomète.*\n\nPar Léa Martin/)
  assert.match(ok?.text ?? '', /réclament un geste commercial\.$/)
  assert.equal(ok?.title, 'Titre 1', "the item's title stays")
  assert.deepEqual([gone?.text, pdf?.text, huge?.text], ['Résumé 0', 'Résumé 2', 'Résumé 3'])
  assert.deepEqual(
    notices.map((n) => (n.kind === 'article-unread' ? `${n.url.replace(base, '')}: ${n.reason}` : n.kind)),
    [
      '/articles/gone: the page answered 404',
      '/articles/pdf: the page is application/pdf, not HTML',
      `/articles/huge: ${base}/articles/huge answered more than 2097152 bytes: refused (the limit protects the server)`,
    ],
  )
})

test('without fetchArticle no page is fetched; a reader stops when its signal is aborted', async () => {
  routes.set('/rss', { body: fixture('le-quotidien.rss.xml') })
  await read(connect().connector)
  assert.deepEqual(
    requests.map((r) => r.path),
    ['/rss'],
  )
  const controller = new AbortController()
  const got: unknown[] = []
  for await (const item of connect().connector.read(undefined, controller.signal)) {
    got.push(item)
    controller.abort()
  }
  assert.equal(got.length, 1)
  // stopped while the feed is being fetched: the read ends, without an error
  routes.set('/rss', { body: fixture('le-quotidien.rss.xml'), delayMs: 1_000 })
  const stopping = new AbortController()
  setTimeout(() => stopping.abort(), 50)
  const items: unknown[] = []
  for await (const item of connect().connector.read(undefined, stopping.signal)) items.push(item)
  assert.deepEqual(items, [])
})

test('a cursor that is not understood: the feed is read as new, with a notice', async () => {
  routes.set('/rss', { body: rss([{ guid: 'a', date: 'Mon, 02 Mar 2026 09:00:00 +0000' }]) })
  const { connector, notices } = connect()
  assert.deepEqual((await read(connector, '42')).order, ['rss:127.0.0.1/a'])
  assert.deepEqual(notices, [{ kind: 'cursor-reset', feed: `${base}/rss`, reason: 'not an RSS cursor' }])
})
