import assert from 'node:assert/strict'
import { test } from 'node:test'
import { MENTION_SORTS, type MentionFilter } from '../port.ts'
import { buildMention, MINUTE, T0 } from './build-mention.ts'
import { readAllPages } from './mentions.contract.ts'
import type { UseStore } from './use-store.ts'

const metrics = (likes: number, reposts = 0, replies = 0) => ({ likes, reposts, replies })

// Ties on every key: same reach, same engagement, same time, so that only the id tells them apart.
const corpus = [
  buildMention({ id: 'a', at: T0, author: { followers: 50 }, metrics: metrics(1, 1, 1) }),
  buildMention({ id: 'b', at: T0 + MINUTE, author: { followers: 50 }, metrics: metrics(3) }),
  buildMention({ id: 'c', at: T0 + MINUTE, author: { followers: 1000 } }),
  buildMention({ id: 'd', at: T0 + 2 * MINUTE, metrics: metrics(0, 10) }),
  buildMention({ id: 'e', at: T0 + MINUTE, author: { followers: 0 }, metrics: metrics(3) }),
  buildMention({ id: 'f', at: T0 + 3 * MINUTE, author: { followers: 50 }, queries: ['q'] }),
  buildMention({ id: 'g', at: T0 + MINUTE, author: { followers: 50 }, metrics: metrics(2, 0, 1) }),
]

export const sortContract = (use: UseStore) => {
  const sorted = (filter: Omit<MentionFilter, 'workspaceId'>) =>
    use(async (store) => {
      await store.saveMentions(corpus)
      return (await store.listMentions({ workspaceId: 'acme', ...filter })).items.map((m) => m.id)
    })

  test('sorts oldest first, by reach with unknown reach last, and by engagement, each ending on newest', async () => {
    assert.deepEqual(await sorted({}), ['f', 'd', 'g', 'e', 'c', 'b', 'a'])
    assert.deepEqual(await sorted({ sort: 'newest' }), ['f', 'd', 'g', 'e', 'c', 'b', 'a'])
    assert.deepEqual(await sorted({ sort: 'oldest' }), ['a', 'b', 'c', 'e', 'g', 'd', 'f'])
    assert.deepEqual(await sorted({ sort: 'reach' }), ['c', 'f', 'g', 'b', 'a', 'e', 'd'])
    assert.deepEqual(await sorted({ sort: 'engagement' }), ['d', 'g', 'e', 'b', 'a', 'f', 'c'])
  })

  test('pages sorted by reach never repeat a mention, nor skip one, in every order and page size', () =>
    use(async (store) => {
      await store.saveMentions(corpus)
      for (const sort of MENTION_SORTS) {
        const whole = (await store.listMentions({ workspaceId: 'acme', sort })).items.map((m) => m.id)
        for (const limit of [1, 2, 3]) {
          const pages = await readAllPages(store, { workspaceId: 'acme', sort, limit })
          assert.deepEqual(pages.flat(), whole, `${sort}, pages of ${limit}`)
          assert.ok(pages.every((page) => page.length <= limit))
        }
      }
    }))

  test('a sort by reach or engagement keeps to the query and pages within it', () =>
    use(async (store) => {
      await store.saveMentions([
        ...corpus,
        buildMention({ id: 'q1', at: T0, author: { followers: 7 }, metrics: metrics(9), queries: ['q'] }),
        buildMention({ id: 'q2', at: T0 + 1, author: { followers: 7 }, queries: ['q'] }),
      ])
      const filter = { workspaceId: 'acme', queryId: 'q', limit: 1 }
      assert.deepEqual((await readAllPages(store, { ...filter, sort: 'reach' })).flat(), ['f', 'q2', 'q1'])
      assert.deepEqual((await readAllPages(store, { ...filter, sort: 'engagement' })).flat(), [
        'q1',
        'f',
        'q2',
      ])
      assert.deepEqual((await readAllPages(store, { ...filter, sort: 'oldest' })).flat(), ['q1', 'q2', 'f'])
    }))
}
