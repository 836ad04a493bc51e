import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createManualClock, type Incident } from '../core/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { analyzedMention } from '../test/mention-stream.ts'
import { incidentPosts, pinKeyPost, pinnedPostIds } from './index.ts'

const T0 = new Date('2026-03-10T09:00:00.000Z')
const min = (n: number) => new Date(T0.getTime() + n * 60_000)

const incident: Incident = {
  id: 'i1',
  workspaceId: 'acme',
  queryId: 'q',
  title: 'Bouilloires en feu',
  state: 'responding',
  ownerId: null,
  openedAt: min(30),
  openedBy: null,
  closedAt: null,
  alertIds: [],
  facts: { cause: 'product_defect', harm: 'minor', victims: false, pastCrises: 0, reputation: 'neutral' },
  posture: null,
}

const post = (id: string, at: number, handle: string, followers: number | undefined, extra = {}) =>
  analyzedMention({
    id,
    workspaceId: 'acme',
    createdAt: min(at),
    text: `post ${id} sur la bouilloire Acme qui prend feu`,
    author: { id: handle, handle, ...(followers === undefined ? {} : { followers }) },
    ...extra,
  })

const setUp = async () => {
  const store = createSqliteStore({ path: ':memory:' })
  await store.migrate()
  await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: T0 })
  await store.upsertQuery({ id: 'q', workspaceId: 'acme', brand: 'Acme', query: 'acme', owned: ['acme'] })
  await store.saveIncident(incident)
  await store.addTimelineEntries([
    {
      workspaceId: 'acme',
      incidentId: 'i1',
      at: min(0),
      kind: 'first_signal',
      text: 'first signal',
      mentionId: null,
      alertId: null,
      userId: null,
    },
  ])
  await store.saveMentions([
    post('before', -10, 'early', 10),
    post('viral', 5, 'lea', 300, { metrics: { likes: 900, reposts: 400, replies: 50 } }),
    post('quiet', 6, 'tom', 20, { metrics: { likes: 1, reposts: 0, replies: 0 } }),
    post('news1', 8, 'journal', 250_000),
    post('bot1', 9, 'bot', 3),
    post('bot2', 10, 'bot', 3),
    post('bot3', 11, 'bot', 3),
    post('unknown', 12, 'anonyme', undefined),
    post('brand', 40, 'acme', 50_000, {
      analysis: {
        lang: 'fr',
        sentiment: { label: 'neutral', score: 0, confidence: 0.8 },
        emotions: { anger: 0, fear: 0, sadness: 0, joy: 0, surprise: 0, disgust: 0 },
        queries: ['q'],
        owned: true,
        cause: 'none',
      },
    }),
  ])
  return { store, clock: createManualClock(min(60)) }
}

test('a pinned post is written on the timeline with who pinned it, and the last pin or unpin of a post decides', async () => {
  const ctx = await setUp()
  const pin = (mentionId: string, pinned: boolean, userId = 'u1') =>
    pinKeyPost({ ctx, input: { workspaceId: 'acme', id: 'i1', userId, change: { mentionId, pinned } } })
  assert.deepEqual(await pin('quiet', true), { pinned: ['quiet'] })
  assert.deepEqual(await pin('viral', true), { pinned: ['quiet', 'viral'] })
  assert.deepEqual(await pin('quiet', true), { pinned: ['quiet', 'viral'] }, 'pinning again writes nothing')
  assert.deepEqual(await pin('quiet', false, 'u2'), { pinned: ['viral'] })
  assert.deepEqual(await pin('news1', false), { pinned: ['viral'] }, 'unpinning what is not pinned: nothing')
  const lines = (await ctx.store.listTimeline('acme', 'i1')).filter((e) => e.mentionId !== null)
  assert.deepEqual(
    lines.map((e) => [e.kind, e.mentionId, e.userId]),
    [
      ['pinned', 'quiet', 'u1'],
      ['pinned', 'viral', 'u1'],
      ['unpinned', 'quiet', 'u2'],
    ],
  )
  assert.match(lines[0]!.text, /^@tom: post quiet sur la bouilloire/)
  assert.deepEqual(pinnedPostIds(await ctx.store.listTimeline('acme', 'i1')), ['viral'])
  await ctx.store.close()
})

test('a post of another workspace, an unknown post or an unknown incident cannot be pinned', async () => {
  const ctx = await setUp()
  await ctx.store.upsertWorkspace({ id: 'other', name: 'Other', createdAt: T0 })
  await ctx.store.saveMentions([analyzedMention({ id: 'theirs', workspaceId: 'other', createdAt: min(5) })])
  const pin = (id: string, mentionId: string) =>
    pinKeyPost({ ctx, input: { workspaceId: 'acme', id, userId: 'u1', change: { mentionId, pinned: true } } })
  await assert.rejects(pin('i1', 'theirs'), { code: 'not_found' })
  await assert.rejects(pin('i1', 'nope'), { code: 'not_found' })
  await assert.rejects(pin('zz', 'viral'), { code: 'not_found' })
  await assert.rejects(
    pinKeyPost({
      ctx,
      input: { workspaceId: 'acme', id: 'i1', userId: 'u1', change: { mentionId: 'viral' } },
    }),
    { name: 'ZodError' },
  )
  await ctx.store.close()
})

test('an incident’s posts since its first signal: pinned, most engaging, the brand’s own, amplifiers by audience and sources', async () => {
  const ctx = await setUp()
  await pinKeyPost({
    ctx,
    input: { workspaceId: 'acme', id: 'i1', userId: 'u1', change: { mentionId: 'quiet', pinned: true } },
  })
  const posts = await incidentPosts({ store: ctx.store, incident, now: min(60) })
  assert.equal(posts.from.toISOString(), min(0).toISOString(), 'from the first signal, before the opening')
  assert.deepEqual(
    posts.pinned.map((m) => m.id),
    ['quiet'],
  )
  assert.equal(posts.mostEngaged[0]?.id, 'viral')
  assert.ok(!posts.mostEngaged.some((m) => m.id === 'before'), 'nothing from before the first signal')
  assert.ok(!posts.mostEngaged.some((m) => m.id === 'brand'), 'the brand is not among the others')
  assert.deepEqual(
    posts.owned.map((m) => m.id),
    ['brand'],
  )
  assert.deepEqual(
    posts.amplifiers.map((a) => [a.handle, a.posts, a.followers]),
    [
      ['journal', 1, 250_000],
      ['lea', 1, 300],
      ['tom', 1, 20],
      ['bot', 3, 3],
      ['anonyme', 1, null],
    ],
    'ranked by posts × followers, the brand left out, an unknown reach counted as one',
  )
  assert.deepEqual(posts.sources, [{ key: 'test', count: 8 }])
  assert.deepEqual(
    posts.reach,
    { authors: 4, followers: 250_323, partial: false },
    'each author of known reach once, at their largest count; the brand and unknown reach left out',
  )
  await ctx.store.close()
})
