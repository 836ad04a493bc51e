import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { MentionFilter } from '../port.ts'
import { buildMention, MINUTE, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const at = (i: number) => T0 + i * MINUTE

export const filtersContract = (use: UseStore) => {
  const list = (mentions: Parameters<typeof buildMention>[0][], filter: Omit<MentionFilter, 'workspaceId'>) =>
    use(async (store) => {
      await store.saveMentions(mentions.map(buildMention))
      return (await store.listMentions({ workspaceId: 'acme', ...filter })).items.map((m) => m.id)
    })

  test('filters mentions by source, language, cause and ownership, each exactly', async () => {
    const corpus = [
      { id: 'rss-en', at: at(0), source: 'rss', lang: 'en' as const, cause: 'product_defect' as const },
      { id: 'rss-fr', at: at(1), source: 'rss', owned: true },
      { id: 'mastodon', at: at(2), source: 'mastodon', cause: 'data_breach_outage' as const },
      { id: 'rss2', at: at(3), source: 'rss2', lang: 'und' as const },
    ]
    assert.deepEqual(await list(corpus, { source: 'rss' }), ['rss-fr', 'rss-en'])
    assert.deepEqual(await list(corpus, { lang: 'en' }), ['rss-en'])
    assert.deepEqual(await list(corpus, { lang: 'fr' }), ['mastodon', 'rss-fr'])
    assert.deepEqual(await list(corpus, { cause: 'data_breach_outage' }), ['mastodon'])
    assert.deepEqual(await list(corpus, { owned: true }), ['rss-fr'])
    assert.deepEqual(await list(corpus, { owned: false }), ['rss2', 'mastodon', 'rss-en'])
  })

  test('filters by dominant emotion: the highest score of at least 0.5, ties going to the first emotion listed', async () => {
    const corpus = [
      { id: 'angry', at: at(0), emotions: { anger: 0.9, disgust: 0.6 } },
      { id: 'weak', at: at(1), emotions: { anger: 0.49 } },
      { id: 'disgusted', at: at(2), emotions: { anger: 0.6, disgust: 0.7 } },
      { id: 'tie', at: at(3), emotions: { fear: 0.8, disgust: 0.8 } },
      { id: 'exactly', at: at(4), emotions: { disgust: 0.5 } },
    ]
    assert.deepEqual(await list(corpus, { emotion: 'anger' }), ['angry'])
    assert.deepEqual(await list(corpus, { emotion: 'disgust' }), ['exactly', 'disgusted'])
    assert.deepEqual(await list(corpus, { emotion: 'fear' }), ['tie'])
    assert.deepEqual(await list(corpus, { emotion: 'joy' }), [])
  })

  test('filters by author handle whatever its case and leading @', async () => {
    const corpus = [
      { id: 'plain', at: at(0), author: { handle: 'Acme_Support' } },
      { id: 'at', at: at(1), author: { handle: '@acme_support' } },
      { id: 'other', at: at(2), author: { handle: 'acme_support2' } },
    ]
    assert.deepEqual(await list(corpus, { author: 'acme_support' }), ['at', 'plain'])
    assert.deepEqual(await list(corpus, { author: '@ACME_SUPPORT' }), ['at', 'plain'])
    assert.deepEqual(await list(corpus, { author: 'acme' }), [])
  })

  test('filters mentions by minimum reach and never lets unknown reach through', async () => {
    const corpus = [
      { id: 'unknown', at: at(0) },
      { id: 'none', at: at(1), author: { followers: 0 } },
      { id: 'small', at: at(2), author: { followers: 99 } },
      { id: 'edge', at: at(3), author: { followers: 100 } },
      { id: 'big', at: at(4), author: { followers: 1_000_000 } },
    ]
    assert.deepEqual(await list(corpus, { minReach: 100 }), ['big', 'edge'])
    assert.deepEqual(await list(corpus, { minReach: 1 }), ['big', 'edge', 'small'])
    assert.deepEqual(await list(corpus, { minReach: 0 }), ['big', 'edge', 'small', 'none', 'unknown'])
  })

  test('filters combine with each other, the query, the time range and the text search', async () => {
    const negative = { sentiment: 'negative' as const, source: 'rss', queries: ['q1'] }
    const corpus = [
      { id: 'match', at: at(5), text: 'panne géante', ...negative, author: { handle: 'x', followers: 10 } },
      { id: 'early', at: at(1), text: 'panne géante', ...negative, author: { handle: 'x', followers: 10 } },
      { id: 'other-query', at: at(6), text: 'panne', ...negative, queries: ['q2'], author: { handle: 'x' } },
      { id: 'no-word', at: at(7), text: 'tout va bien', ...negative, author: { handle: 'x', followers: 10 } },
      { id: 'small', at: at(8), text: 'panne', ...negative, author: { handle: 'x', followers: 1 } },
    ]
    const filter = { queryId: 'q1', text: 'panne', from: new Date(at(2)), minReach: 5, author: 'X' }
    assert.deepEqual(await list(corpus, { ...filter, source: 'rss', sentiment: 'negative' }), ['match'])
    assert.deepEqual(await list(corpus, { ...filter, source: 'mastodon' }), [])
  })

  test("within a query, every filter and order lists the query's part of what it lists in the workspace", () =>
    use(async (store) => {
      const causes = ['none', 'product_defect'] as const
      const mentions = Array.from({ length: 48 }, (_, i) =>
        buildMention({
          id: `m${i}`,
          at: at(i % 7),
          queries: [['q1'], ['q2'], ['q1', 'q2'], []][i % 4],
          sentiment: (['negative', 'neutral', 'positive'] as const)[i % 3],
          source: i % 5 ? 'rss' : 'mastodon',
          lang: i % 2 ? 'fr' : 'en',
          cause: causes[i % 2],
          owned: i % 6 === 0,
          emotions: { anger: (i % 5) / 4, joy: (i % 3) / 2 },
          author: { handle: i % 3 ? '@Big' : 'small', ...(i % 4 && { followers: (i * 37) % 500 }) },
          ...(i % 3 && { metrics: { likes: i % 4, reposts: i % 3, replies: 0 } }),
        }),
      )
      await store.saveMentions(mentions)
      const filters: Omit<MentionFilter, 'workspaceId'>[] = [
        { sentiment: 'negative' },
        { source: 'mastodon', lang: 'en' },
        { cause: 'product_defect', owned: false },
        { owned: true },
        { emotion: 'anger' },
        { emotion: 'joy', minReach: 100 },
        { author: 'big', sort: 'reach' },
        { minReach: 1, sort: 'engagement' },
        { sort: 'oldest', from: new Date(at(2)), to: new Date(at(5)) },
      ]
      const ids = async (filter: MentionFilter) =>
        (await store.listMentions({ ...filter, limit: 500 })).items.map((m) => m.id)
      for (const filter of filters) {
        const inWorkspace = await ids({ workspaceId: 'acme', ...filter })
        const ofQuery = new Set(mentions.filter((m) => m.analysis.queries.includes('q1')).map((m) => m.id))
        assert.deepEqual(
          await ids({ workspaceId: 'acme', queryId: 'q1', ...filter }),
          inWorkspace.filter((id) => ofQuery.has(id)),
          JSON.stringify(filter),
        )
      }
    }))

  test('refuses a negative minimum reach, an unknown sort, an unknown emotion or a page token of another order', () =>
    use(async (store) => {
      await store.saveMentions([buildMention({ id: 'a', at: at(0) }), buildMention({ id: 'b', at: at(1) })])
      const base = { workspaceId: 'acme' }
      await assert.rejects(store.listMentions({ ...base, minReach: -1 }), { code: 'invalid' })
      await assert.rejects(store.listMentions({ ...base, sort: 'loudest' as never }), { code: 'invalid' })
      await assert.rejects(store.listMentions({ ...base, emotion: 'boredom' as never }), { code: 'invalid' })
      const { next } = await store.listMentions({ ...base, limit: 1 })
      assert.ok(next)
      await assert.rejects(store.listMentions({ ...base, sort: 'reach', before: next }), { code: 'invalid' })
      assert.equal((await store.listMentions({ ...base, before: next })).items.length, 1)
    }))
}
