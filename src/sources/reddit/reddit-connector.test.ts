import assert from 'node:assert/strict'
import { afterEach, beforeEach, test } from 'node:test'
import { connectTo, idsOf, readItems } from './fake-reddit-deps.ts'
import { comment, type FakeReddit, listing, post, startFakeReddit } from './fake-reddit-server.ts'

let fake: FakeReddit
beforeEach(async () => {
  fake = await startFakeReddit()
})
afterEach(() => fake.close())

/** posts `from`..`to`, newest first as a listing gives them */
const posts = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => post(to - i))
const t3 = (n: number) => post(n).data.name
const t1 = (n: number) => comment(n, '', '').data.name

test("reads a subreddit's new posts oldest first, paging back with the after cursor", async () => {
  fake.listings.set('/r/france/new', posts(1, 150))
  const items = await readItems(connectTo(fake, { subreddits: ['r/france'] }))
  assert.deepEqual(
    idsOf(items),
    Array.from({ length: 150 }, (_, i) => t3(i + 1)),
  )
  const calls = fake.requests.filter((r) => r.path === '/r/france/new')
  assert.deepEqual(
    calls.map((r) => [r.query.get('limit'), r.query.get('after')]),
    [
      ['100', null],
      ['100', t3(51)],
    ],
  )
  assert.equal(calls[0]?.headers['user-agent'], 'test:vigie:1.0 (by /u/tester)')
  const first = items[0]
  assert.ok(first && 'mention' in first)
  assert.equal(first.mention.title, 'Title 1')
  assert.equal(first.mention.url, `https://www.reddit.com/r/france/comments/${post(1).data.id}/title_1/`)
})

test('a read from a cursor delivers only the posts published since, and stops paging at the last one delivered', async () => {
  fake.listings.set('/r/france/new', posts(1, 150))
  const connector = connectTo(fake, { subreddits: ['france'] })
  const first = await readItems(connector)
  fake.listings.set('/r/france/new', posts(1, 152))
  fake.requests.length = 0
  const second = await readItems(connector, first.at(-1)?.cursor)
  assert.deepEqual(idsOf(second), [t3(151), t3(152)])
  assert.equal(fake.requests.length, 1, 'the first page reached the last delivered post')
  assert.deepEqual(await readItems(connector, second.at(-1)?.cursor), [])
})

test('searches newest first, site-wide and restricted to a subreddit', async () => {
  fake.listings.set('/search?q=Télécomète', posts(1, 2))
  fake.listings.set('/r/lyon/search?q=panne', [post(5, { subreddit: 'lyon' })])
  const items = await readItems(
    connectTo(fake, { search: ['Télécomète', { q: 'panne', subreddit: 'r/lyon' }] }),
  )
  assert.deepEqual(idsOf(items), [t3(1), t3(2), t3(5)])
  const [site, sub] = fake.requests
  assert.equal(site?.path, '/search')
  assert.equal(site?.query.get('sort'), 'new')
  assert.equal(site?.query.get('restrict_sr'), null)
  assert.equal(sub?.path, '/r/lyon/search')
  assert.equal(sub?.query.get('restrict_sr'), '1')
  assert.equal(sub?.query.get('q'), 'panne')
})

test("reads the owned accounts' submissions and comments", async () => {
  fake.listings.set('/user/brand_fr/submitted', [post(3, { author: 'brand_fr' })])
  fake.listings.set('/user/brand_fr/comments', [
    { ...comment(4, t3(1), t3(1)), data: { ...comment(4, t3(1), t3(1)).data, link_title: 'Title 1' } },
  ])
  const items = await readItems(connectTo(fake, { accounts: ['u/brand_fr'] }))
  assert.deepEqual(idsOf(items), [t3(3), t1(4)])
  const reply = items[1]
  assert.ok(reply && 'mention' in reply)
  assert.equal(reply.mention.replyTo, `reddit:${t3(1)}`)
  assert.equal(reply.mention.title, 'r/france: Title 1')
})

const threadOf = (n: number, comments: unknown[]) => [listing([post(n)], null), listing(comments, null)]

test('reads the comments of delivered threads flattened, oldest first, titled with their post; "more" stubs are left out', async () => {
  const link = t3(1)
  const more = {
    kind: 'more',
    data: { count: 3, name: 't1_zz', id: 'zz', parent_id: link, depth: 0, children: ['zz'] },
  }
  const tree = () => [comment(10, link, link, [comment(12, t1(10), link)]), comment(11, link, link), more]
  fake.listings.set('/r/france/new', [post(1)])
  fake.threads.set(post(1).data.id, threadOf(1, tree()))
  const connector = connectTo(fake, { subreddits: ['france'], comments: true })
  const first = await readItems(connector)
  assert.deepEqual(idsOf(first), [t3(1), t1(10), t1(11), t1(12)])
  const nested = first[3]
  assert.ok(nested && 'mention' in nested)
  assert.equal(nested.mention.replyTo, `reddit:${t1(10)}`)
  assert.equal(nested.mention.title, 'r/france: Title 1')
  assert.equal(fake.requests.find((r) => r.path.startsWith('/comments/'))?.query.get('sort'), 'new')

  fake.threads.set(post(1).data.id, threadOf(1, [...tree(), comment(13, link, link)]))
  assert.deepEqual(idsOf(await readItems(connector, first.at(-1)?.cursor)), [t1(13)])
})

test('a thread that is gone (404) is no longer watched; the other threads go on', async () => {
  fake.listings.set('/r/france/new', posts(1, 2))
  fake.threads.set(post(2).data.id, threadOf(2, [comment(20, t3(2), t3(2))]))
  const connector = connectTo(fake, { subreddits: ['france'], comments: true })
  const first = await readItems(connector)
  assert.deepEqual(idsOf(first), [t3(1), t3(2), t1(20)])
  fake.requests.length = 0
  await readItems(connector, first.at(-1)?.cursor)
  assert.deepEqual(
    fake.requests.map((r) => r.path),
    ['/r/france/new', `/comments/${post(2).data.id}`],
  )
})

test('malformed things are rejected one by one while the good ones pass, and never rejected twice', async () => {
  const undated = { kind: 't3', data: { ...post(9).data, created_utc: 'yesterday' } }
  const untitled = { kind: 't3', data: { ...post(2).data, title: undefined } }
  fake.listings.set('/r/france/new', [undated, post(3), 'garbage', untitled, post(1)])
  const connector = connectTo(fake, { subreddits: ['france'] })
  const items = await readItems(connector)
  assert.deepEqual(idsOf(items), [t3(1), 'rejected', 'rejected', t3(3), 'rejected'])
  const reasons = items.flatMap((i) => ('rejected' in i ? [i.rejected.reason] : []))
  assert.match(reasons[0] ?? '', /^not a reddit post: title: /)
  assert.match(reasons[1] ?? '', /not a Reddit post \(t3\) or comment \(t1\)/)
  assert.match(reasons[2] ?? '', /created_utc/)
  assert.deepEqual(await readItems(connector, items.at(-1)?.cursor), [])
})

test('a restarted read resumes from the last cursor given: every item exactly once, in order', async () => {
  fake.listings.set('/r/france/new', [...posts(40, 230), 'garbage', ...posts(1, 39)])
  fake.listings.set('/search?q=panne', posts(300, 320))
  for (const n of [229, 230, 310])
    fake.threads.set(
      post(n).data.id,
      threadOf(n, [comment(n * 10, t3(n), t3(n), [comment(n * 10 + 1, t1(n * 10), t3(n))])]),
    )
  const options = { subreddits: ['france'], search: ['panne'], comments: true }
  const whole = idsOf(await readItems(connectTo(fake, options)))
  assert.equal(whole.length, 230 + 1 + 21 + 6)
  const pieces: string[] = []
  let cursor: string | undefined
  for (let round = 0; round < 50; round++) {
    const items = await readItems(connectTo(fake, options), cursor, 37)
    if (items.length === 0) break
    pieces.push(...idsOf(items))
    cursor = items.at(-1)?.cursor
  }
  assert.deepEqual(pieces, whole)
})
