import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, beforeEach, test } from 'node:test'
import { isAppError } from '../../core/index.ts'
import { OPEN_INTERNET } from '../net/index.ts'
import type { SourceItem } from '../port.ts'
import { FakeInstance, makeStatus, sid } from './fake-instance.ts'
import { createMastodonConnector } from './mastodon-connector.ts'
import type { MastodonDeps } from './mastodon-deps.ts'
import type { MastodonSourceInput } from './mastodon-source-options.ts'

let fake: FakeInstance
let host: string
let sleeps: number[]
before(async () => {
  fake = await new FakeInstance().start()
  host = new URL(fake.base).host
})
after(() => fake.close())
beforeEach(() => {
  fake.timelines.clear()
  fake.searches.clear()
  fake.faults.length = 0
  fake.requests.length = 0
  fake.remaining = 300
  fake.searchToken = undefined
  sleeps = []
})

const deps = (more: Partial<MastodonDeps> = {}): Partial<MastodonDeps> => ({
  policy: { allowHosts: ['127.0.0.1'] },
  sleep: async (ms) => void sleeps.push(ms),
  now: () => Date.parse('2026-03-02T08:55:00.000Z'),
  random: () => 0.5,
  pageSize: 2,
  ...more,
})
const connector = (o: Partial<MastodonSourceInput> = {}, more: Partial<MastodonDeps> = {}) =>
  createMastodonConnector({ instance: fake.base, hashtags: ['panne'], ...o }, deps(more))

const readAll = async (c: ReturnType<typeof connector>, cursor?: string) => {
  const items: SourceItem[] = []
  for await (const item of c.read(cursor, new AbortController().signal)) items.push(item)
  return items
}
const texts = (items: SourceItem[]) => items.map((i) => ('mention' in i ? i.mention.text : `rejected`))
const failure = async (c: ReturnType<typeof connector>) => {
  try {
    await readAll(c)
  } catch (error) {
    assert.ok(isAppError(error), String(error))
    return error
  }
  assert.fail('the read did not fail')
}
const tagged = (from: number, to: number) => {
  for (let n = from; n <= to; n++) fake.add('tag:panne', makeStatus(n, `panne ${n}`))
}

test('a first read goes back `backfill` statuses with max_id and delivers them oldest first', async () => {
  tagged(1, 7)
  const items = await readAll(connector({ backfill: 5 }))
  assert.deepEqual(texts(items), ['panne 3', 'panne 4', 'panne 5', 'panne 6', 'panne 7'])
  const bounds = fake.requests.map((r) => r.query.get('max_id'))
  assert.deepEqual(bounds, [null, sid(6), sid(4)], 'each page below the oldest of the one before (Link next)')
  assert.ok(
    fake.requests.every((r) => r.path === '/api/v1/timelines/tag/panne' && r.query.get('limit') === '2'),
  )
})

test('statuses map to mentions named by the instance: a boost is a repost, a reply a reply', async () => {
  const [lea, tom, max] = JSON.parse(
    readFileSync(new URL('./fixtures/home-timeline.json', import.meta.url), 'utf8'),
  )
  fake.add('tag:panne', lea, tom, max)
  const [first, boost, reply] = (await readAll(connector())).map((i) =>
    'mention' in i ? i.mention : undefined,
  )
  assert.equal(first?.id, `mastodon:${host}:113456789012345678`)
  assert.equal(first?.author.handle, 'lea')
  assert.deepEqual(first?.metrics, { likes: 14, reposts: 5, replies: 2 })
  assert.equal(boost?.repostOf, `mastodon:${host}:113456789012345678`)
  assert.match(boost?.text ?? '', /^Encore une panne chez @telecomete/)
  assert.equal(reply?.replyTo, `mastodon:${host}:113456789012345678`)
})

test('a later read pages forward with min_id from its cursor until caught up, nothing twice', async () => {
  tagged(1, 2)
  const c = connector()
  const firstRead = await readAll(c)
  tagged(3, 7)
  fake.requests.length = 0
  const items = await readAll(c, firstRead.at(-1)!.cursor)
  assert.deepEqual(texts(items), ['panne 3', 'panne 4', 'panne 5', 'panne 6', 'panne 7'])
  assert.deepEqual(
    fake.requests.map((r) => r.query.get('min_id')),
    [sid(2), sid(4), sid(6)],
  )
  assert.deepEqual(await readAll(c, items.at(-1)!.cursor), [])
})

test('statuses at or before the position are not delivered again, even when the server sends them', async () => {
  tagged(1, 2)
  const c = connector()
  const [, last] = await readAll(c)
  fake.faults.push({ body: JSON.stringify([makeStatus(2, 'panne 2'), makeStatus(1, 'panne 1')]) })
  assert.deepEqual(await readAll(c, last!.cursor), [])
})

test('a 429 is waited for as Retry-After says, and Remaining 0 waits for X-RateLimit-Reset', async () => {
  tagged(1, 1)
  fake.faults.push({ status: 429, headers: { 'retry-after': '7' } })
  fake.remaining = 1 // the first real answer says 0 calls remain
  const c = connector()
  const first = await readAll(c)
  assert.deepEqual(texts(first), ['panne 1'])
  assert.deepEqual(sleeps, [7_000])
  await readAll(c, first[0]!.cursor)
  assert.deepEqual(sleeps, [7_000, 5 * 60_000], 'the next call waited until the reset, 09:00')
})

test('a rate limit that resets too far ahead fails the read as unavailable instead of waiting', async () => {
  fake.faults.push({ status: 429, headers: { 'retry-after': '7200' } })
  const error = await failure(connector({}, { maxWaitMs: 60_000 }))
  assert.equal(error.code, 'unavailable')
  assert.match(error.message, /rate limiting/)
})

test('a server error is retried with growing backoff, and a lasting one gives up as unavailable', async () => {
  tagged(1, 1)
  fake.faults.push({ status: 502 }, { status: 503 })
  assert.deepEqual(texts(await readAll(connector())), ['panne 1'])
  assert.deepEqual(sleeps, [1_000, 2_000])
  fake.faults.push({ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 })
  const error = await failure(connector())
  assert.equal(error.code, 'unavailable')
  assert.match(error.message, /answered 500, 4 tries/)
})

test('an answer cut short, or not JSON, is retried', async () => {
  tagged(1, 2)
  fake.faults.push({ body: '[{"id":"1134', cut: true }, { body: '[{"id":"11345' })
  assert.deepEqual(texts(await readAll(connector())), ['panne 1', 'panne 2'])
  assert.equal(sleeps.length, 2)
})

test('malformed statuses are rejected one by one while the good ones pass', async () => {
  const noContent = { ...makeStatus(2, 'x'), content: undefined }
  const badDate = { ...makeStatus(3, 'x'), created_at: 'hier' }
  fake.add('tag:panne', makeStatus(1, 'bonne'), noContent, badDate, makeStatus(4, 'bonne aussi'))
  const items = await readAll(connector())
  assert.deepEqual(texts(items), ['bonne', 'rejected', 'rejected', 'bonne aussi'])
  const [, missing, date] = items.map((i) => ('rejected' in i ? i.rejected : undefined))
  assert.match(
    missing?.reason ?? '',
    new RegExp(`^tag:panne, status ${sid(2)}: not a mastodon post: content`),
  )
  assert.match(date?.reason ?? '', /createdAt: "hier" is not a date/)
  assert.equal(JSON.parse(date?.payload ?? '{}').id, sid(3))
})

test('a status without an id or not valid UTF-8 is rejected; a page that is no list fails', async () => {
  const good = JSON.stringify(makeStatus(5, 'bonne'))
  const garbled = Buffer.from(JSON.stringify(makeStatus(6, 'caf\u00e9')).replace('café', 'caf@'))
  garbled[garbled.indexOf('caf@') + 3] = 0xff
  const body = Buffer.concat([
    Buffer.from(`[${good},{"content":"<p>sans id</p>"},`),
    garbled,
    Buffer.from(']'),
  ])
  fake.faults.push({ body })
  const items = await readAll(connector())
  assert.deepEqual(texts(items), ['rejected', 'bonne', 'rejected'])
  assert.match('rejected' in items[2]! ? items[2].rejected.reason : '', /not valid UTF-8/)
  fake.faults.push({ body: '{"error":"oops"}' })
  assert.match((await failure(connector())).message, /not a list of statuses/)
})

test('an answer over the size limit is refused', async () => {
  fake.faults.push({ body: `[${JSON.stringify(makeStatus(1, 'x'.repeat(5000)))}]` })
  const error = await failure(connector({}, { maxBytes: 2048 }))
  assert.equal(error.code, 'invalid')
  assert.match(error.message, /more than 2048 bytes/)
})

test('the SSRF guard applies: a private or metadata address is refused without allowHosts', async () => {
  const local = await failure(connector({}, { policy: OPEN_INTERNET }))
  assert.equal(local.code, 'forbidden')
  assert.equal(fake.requests.length, 0)
  const metadata = await failure(connector({ instance: 'http://169.254.169.254' }, { policy: OPEN_INTERNET }))
  assert.equal(metadata.code, 'forbidden')
})

test('a search sends the token, reads its newest-first pages back to the position, then delivers', async () => {
  fake.searchToken = 'tok'
  const found = (n: number) => makeStatus(n, `télécomète ${n}`)
  fake.searches.set('télécomète', [found(1), found(2)])
  const c = connector({ hashtags: [], terms: ['télécomète'], accessToken: 'tok' })
  const first = await readAll(c)
  fake.searches.set('télécomète', [1, 2, 3, 4, 5, 6].map(found))
  fake.requests.length = 0
  const next = await readAll(c, first.at(-1)!.cursor)
  assert.deepEqual(texts(next), ['télécomète 3', 'télécomète 4', 'télécomète 5', 'télécomète 6'])
  assert.ok(fake.requests.every((r) => r.auth === 'Bearer tok' && r.query.get('type') === 'statuses'))
  assert.deepEqual(
    fake.requests.map((r) => [r.query.get('min_id'), r.query.get('max_id')]),
    [
      [sid(2), null],
      [sid(2), sid(5)],
      [sid(2), sid(3)],
    ],
  )
})

test('a search without a token fails as unauthenticated, naming the option', async () => {
  fake.searchToken = 'tok'
  const error = await failure(connector({ hashtags: [], terms: ['télécomète'] }))
  assert.equal(error.code, 'unauthenticated')
  assert.match(error.message, /accessToken/)
})

test('the brand accounts are looked up once, their statuses read; an unknown one is not found', async () => {
  fake.accounts.set('telecomete', '4242')
  fake.add('account:4242', makeStatus(1, 'Nous rétablissons le réseau', { acct: 'telecomete' }))
  const c = connector({ hashtags: [], accounts: ['@telecomete'] })
  const first = await readAll(c)
  assert.deepEqual(texts(first), ['Nous rétablissons le réseau'])
  await readAll(c, first[0]!.cursor)
  assert.equal(fake.requests.filter((r) => r.path === '/api/v1/accounts/lookup').length, 1)
  assert.equal((await failure(connector({ hashtags: [], accounts: ['nobody'] }))).code, 'not_found')
})

test('stopped part way and resumed from its last cursor, a read delivers every status once, in order', async () => {
  fake.accounts.set('telecomete', '4242')
  for (let n = 1; n <= 4; n++) fake.add('account:4242', makeStatus(n, `compte ${n}`, { acct: 'telecomete' }))
  tagged(11, 16)
  fake.add('public', makeStatus(21, 'public 21'), makeStatus(22, 'public 22'))
  const c = connector({ accounts: ['telecomete'], public: true, local: true, backfill: 100 })
  const all = texts(await readAll(c))
  for (const stopAfter of [1, 3, 4, 7, 9]) {
    const seen: string[] = []
    const stop = new AbortController()
    let cursor: string | undefined
    for await (const item of c.read(undefined, stop.signal)) {
      assert.equal(stop.signal.aborted, false, 'nothing is delivered once stopped')
      seen.push(texts([item])[0]!)
      cursor = item.cursor
      if (seen.length === stopAfter) stop.abort()
    }
    for await (const item of c.read(cursor, new AbortController().signal)) seen.push(texts([item])[0]!)
    assert.deepEqual(seen, all, `stopped after ${stopAfter}`)
  }
  assert.equal(all.length, 12)
  assert.ok(
    fake.requests.some((r) => r.path === '/api/v1/timelines/public' && r.query.get('local') === 'true'),
  )
})

test('a cursor that is not one of this connector is refused as invalid', async () => {
  const error = await (async () => {
    for await (const _ of connector().read('{"page":2}', new AbortController().signal));
  })().catch((e) => e)
  assert.equal(error.code, 'invalid')
})
