import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { type AnalyzedMention, EMOTIONS } from '../../core/index.ts'
import { buildMention, MINUTE, T0 } from '../contract/build-mention.ts'
import { readAllPages } from '../contract/mentions.contract.ts'
import { dominantEmotion } from '../dominant-emotion.ts'
import { MENTION_SORTS, type MentionSort } from '../port.ts'
import { createSqliteStore } from './create-sqlite-store.ts'

// Few distinct values, so that ties on every sort key are common.
const score = fc.constantFrom(0, 0.3, 0.5, 0.7)
const mentionArb = fc.record({
  minute: fc.integer({ min: 0, max: 3 }),
  followers: fc.option(fc.constantFrom(0, 10, 500), { nil: undefined }),
  likes: fc.option(fc.constantFrom(0, 1, 4), { nil: undefined }),
  reposts: fc.constantFrom(0, 3),
  emotions: fc.record(Object.fromEntries(EMOTIONS.map((e) => [e, score])) as Record<string, typeof score>),
})

const keyOf: Record<MentionSort, (m: AnalyzedMention) => number> = {
  newest: () => 0,
  oldest: () => 0,
  reach: (m) => m.author.followers ?? -1,
  engagement: (m) => (m.metrics ? m.metrics.likes + m.metrics.reposts + m.metrics.replies : 0),
}

/** The reference order: the sort's key, then time, then id, all descending (ascending for `oldest`). */
const modelOrder = (mentions: AnalyzedMention[], sort: MentionSort): string[] => {
  const sign = sort === 'oldest' ? -1 : 1
  const compare = (a: AnalyzedMention, b: AnalyzedMention) =>
    keyOf[sort](b) - keyOf[sort](a) ||
    sign * (b.createdAt.getTime() - a.createdAt.getTime()) ||
    sign * (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  return [...mentions].sort(compare).map((m) => m.id)
}

test('pages in every order, of any size, never repeat or skip a mention, and follow the reference order', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(mentionArb, { maxLength: 25 }),
      fc.constantFrom(...MENTION_SORTS),
      fc.integer({ min: 1, max: 6 }),
      async (specs, sort, limit) => {
        const mentions = specs.map((s, i) =>
          buildMention({
            id: `m${i}`,
            at: T0 + s.minute * MINUTE,
            author: { ...(s.followers !== undefined && { followers: s.followers }) },
            ...(s.likes !== undefined && { metrics: { likes: s.likes, reposts: s.reposts, replies: 0 } }),
            emotions: s.emotions,
          }),
        )
        const store = createSqliteStore({ path: ':memory:' })
        try {
          await store.migrate()
          await store.saveMentions(mentions)
          const pages = await readAllPages(store, { workspaceId: 'acme', sort, limit })
          assert.deepEqual(pages.flat(), modelOrder(mentions, sort))
          for (const emotion of EMOTIONS) {
            const listed = (await store.listMentions({ workspaceId: 'acme', emotion, sort, limit: 500 }))
              .items
            const expected = mentions.filter((m) => dominantEmotion(m.analysis.emotions) === emotion)
            assert.deepEqual(
              listed.map((m) => m.id),
              modelOrder(expected, sort),
              emotion,
            )
          }
        } finally {
          await store.close()
        }
      },
    ),
    { numRuns: 60 },
  )
})
