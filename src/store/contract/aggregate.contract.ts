import assert from 'node:assert/strict'
import { test } from 'node:test'
import { TERMS_SAMPLE_SIZE } from '../kysely/aggregate-mentions.ts'
import type { AggregateInput } from '../port.ts'
import { buildMention, HOUR, MINUTE, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const range = { workspaceId: 'acme', from: new Date(T0), to: new Date(T0 + 3 * HOUR) }
const none = { anger: 0, fear: 0, sadness: 0, joy: 0, surprise: 0, disgust: 0 }
const query = (id: string) => ({ workspaceId: 'acme', id, brand: `Brand ${id}`, query: id, owned: [] })

export const aggregateContract = (use: UseStore) => {
  const aggregate = (mentions: Parameters<typeof buildMention>[0][], input: Partial<AggregateInput> = {}) =>
    use(async (store) => {
      for (const id of ['q1', 'q2', 'q3']) await store.upsertQuery(query(id))
      await store.saveMentions(mentions.map(buildMention))
      return store.aggregate({ ...range, ...input })
    })

  test('counts tone and dominant emotions per bucket, empty buckets included', async () => {
    const { buckets } = await aggregate([
      { id: 'a', at: T0, sentiment: 'negative', emotions: { anger: 0.8 } },
      { id: 'b', at: T0 + 59 * MINUTE, sentiment: 'positive', emotions: { joy: 0.6, anger: 0.6 } },
      { id: 'c', at: T0 + 2 * HOUR, emotions: { fear: 0.4 } },
      { id: 'late', at: T0 + 3 * HOUR, sentiment: 'negative' },
    ])
    assert.deepEqual(buckets, [
      { at: new Date(T0), total: 2, negative: 1, neutral: 0, positive: 1, emotions: { ...none, anger: 2 } },
      { at: new Date(T0 + HOUR), total: 0, negative: 0, neutral: 0, positive: 0, emotions: none },
      { at: new Date(T0 + 2 * HOUR), total: 1, negative: 0, neutral: 1, positive: 0, emotions: none },
    ])
  })

  test("an emotion's count in a bucket is what the emotion filter lists", () =>
    use(async (store) => {
      const scores = [0.2, 0.5, 0.7, 0.9]
      await store.saveMentions(
        Array.from({ length: 40 }, (_, i) =>
          buildMention({
            id: `m${i}`,
            at: T0 + i,
            emotions: { anger: scores[i % 4], disgust: scores[(i >> 2) % 4], joy: scores[(i * 7) % 4] },
          }),
        ),
      )
      const [bucket] = (await store.aggregate({ ...range, bucketMs: 3 * HOUR })).buckets
      for (const emotion of ['anger', 'joy', 'disgust', 'fear'] as const) {
        const listed = await store.listMentions({ ...range, emotion, limit: 500 })
        assert.equal(bucket?.emotions[emotion], listed.items.length, emotion)
      }
      assert.ok((bucket?.emotions.anger ?? 0) > 0)
    }))

  test("share of voice sums to one over the workspace's queries", async () => {
    const { shareOfVoice } = await aggregate([
      { id: 'a', at: T0, queries: ['q1'] },
      { id: 'b', at: T0 + 1, queries: ['q1', 'q2'] },
      { id: 'c', at: T0 + 2, queries: ['q1', 'deleted'] },
      { id: 'out', at: T0 + 3 * HOUR, queries: ['q2', 'q2-later'] },
    ])
    assert.deepEqual(shareOfVoice, [
      { queryId: 'q1', brand: 'Brand q1', count: 3, share: 0.75 },
      { queryId: 'q2', brand: 'Brand q2', count: 1, share: 0.25 },
      { queryId: 'q3', brand: 'Brand q3', count: 0, share: 0 },
    ])
    assert.equal(
      shareOfVoice.reduce((sum, q) => sum + q.share, 0),
      1,
    )
  })

  test("a query's overview counts only its mentions, beside the whole workspace's share of voice", async () => {
    const result = await aggregate(
      [
        { id: 'a', at: T0, queries: ['q1'], source: 'rss' },
        { id: 'b', at: T0 + 1, queries: ['q2'], source: 'web' },
      ],
      { queryId: 'q2', bucketMs: 3 * HOUR },
    )
    assert.equal(result.buckets[0]?.total, 1)
    assert.deepEqual(result.topSources, [{ key: 'web', count: 1 }])
    assert.deepEqual(
      result.shareOfVoice.map((q) => q.count),
      [1, 1, 0],
    )
  })

  test('top authors merge handles that differ in case or @, leave out the unknown author, and keep the latest name and the largest reach', async () => {
    const { topAuthors } = await aggregate([
      { id: 'a', at: T0, author: { handle: 'Acme', name: 'Old name', followers: 900 } },
      { id: 'b', at: T0 + 2, author: { handle: '@acme', name: 'New name', followers: 800 } },
      { id: 'c', at: T0 + 1, author: { handle: 'ACME' } },
      { id: 'd', at: T0 + 1, author: { handle: 'zed' } },
      { id: 'e', at: T0 + 2, author: { handle: 'bob', followers: 3 } },
      { id: 'f', at: T0 + 3, author: { id: 'unknown', handle: 'unknown' } },
      { id: 'g', at: T0 + 4, author: { id: 'unknown', handle: 'unknown' } },
    ])
    assert.deepEqual(topAuthors, [
      { handle: '@acme', name: 'New name', followers: 900, count: 3 },
      { handle: 'bob', followers: 3, count: 1 },
      { handle: 'zed', count: 1 },
    ])
  })

  test('top sources, hashtags and terms are counted once per mention, terms without stop words, links, handles or numbers', async () => {
    const result = await aggregate(
      [
        {
          id: 'a',
          at: T0,
          source: 'rss',
          text: 'Panne panne PANNE chez #Orange https://t.co/xyz @support 2026',
        },
        {
          id: 'b',
          at: T0 + 1,
          source: 'rss',
          title: 'Énorme panne',
          text: 'la fibre est coupée #orange #Fibre',
        },
        { id: 'c', at: T0 + 2, source: 'web', text: 'Une coupure de fibre, encore une panne' },
      ],
      { top: 3 },
    )
    assert.deepEqual(result.topSources, [
      { key: 'rss', count: 2 },
      { key: 'web', count: 1 },
    ])
    assert.deepEqual(result.topHashtags, [
      { key: '#orange', count: 2 },
      { key: '#fibre', count: 1 },
    ])
    assert.deepEqual(result.topTerms, [
      { key: 'panne', count: 3 },
      { key: 'fibre', count: 2 },
      { key: 'coupee', count: 1 },
    ])
    assert.deepEqual([result.sampled, result.sampleSize], [false, 3])
  })

  test('terms are read from the newest mentions only, and the overview says it was sampled', async () => {
    const result = await aggregate([
      { id: 'oldest', at: T0, text: 'tempete tempete' },
      ...Array.from({ length: TERMS_SAMPLE_SIZE }, (_, i) => ({
        id: `n${i}`,
        at: T0 + 1 + i,
        text: 'orage',
      })),
    ])
    assert.deepEqual(result.topTerms, [{ key: 'orage', count: TERMS_SAMPLE_SIZE }])
    assert.deepEqual([result.sampled, result.sampleSize], [true, TERMS_SAMPLE_SIZE])
    assert.equal(result.buckets[0]?.total, TERMS_SAMPLE_SIZE + 1)
  })

  test("purging a workspace empties its overview and its query's lists, and keeps the other workspace's", () =>
    use(async (store) => {
      for (const workspaceId of ['acme', 'beta'])
        await store.saveMentions([
          buildMention({ id: 'm', workspaceId, queries: ['q1'], source: 'rss', emotions: { anger: 0.9 } }),
        ])
      await store.purgeWorkspace('acme')
      for (const [workspaceId, count] of [
        ['acme', 0],
        ['beta', 1],
      ] as const) {
        const overview = await store.aggregate({ ...range, workspaceId, queryId: 'q1' })
        assert.equal(overview.buckets[0]?.total, count, workspaceId)
        assert.equal(overview.buckets[0]?.emotions.anger, count, workspaceId)
        assert.equal(overview.topSources.length, count, workspaceId)
        const listed = await store.listMentions({ workspaceId, queryId: 'q1', source: 'rss', sort: 'reach' })
        assert.equal(listed.items.length, count, workspaceId)
      }
      // the same mention stored again after the purge is new, and counted once
      await store.saveMentions([buildMention({ id: 'm', queries: ['q1'] })])
      assert.equal((await store.aggregate({ ...range, queryId: 'q1' })).buckets[0]?.total, 1)
    }))

  test('refuses a top count or a bucket size out of range', () =>
    use(async (store) => {
      await assert.rejects(store.aggregate({ ...range, top: 0 }), { code: 'invalid' })
      await assert.rejects(store.aggregate({ ...range, top: 101 }), { code: 'invalid' })
      await assert.rejects(store.aggregate({ ...range, bucketMs: 0 }), { code: 'invalid' })
    }))
}
