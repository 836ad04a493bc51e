import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AnalyzedMention } from '../../core/index.ts'
import type { MentionFilter, Store } from '../port.ts'
import { buildMention, buildTimeline, HOUR, loadFixtureMentions, MINUTE, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const ids = (mentions: readonly AnalyzedMention[]) => mentions.map((m) => m.id)

/** Follows `next` until the end, returning every page's ids. */
export const readAllPages = async (store: Store, filter: MentionFilter): Promise<string[][]> => {
  const pages: string[][] = []
  let before: string | undefined
  do {
    const page = await store.listMentions({ ...filter, ...(before !== undefined && { before }) })
    pages.push(ids(page.items))
    before = page.next
  } while (before !== undefined && pages.length < 100)
  return pages
}

export const mentionsContract = (use: UseStore) => {
  test('an analysed mention comes back exactly as saved, optional fields absent or present', () =>
    use(async (store) => {
      const fixtures = loadFixtureMentions()
      await store.saveMentions(fixtures)
      for (const mention of fixtures) assert.deepEqual(await store.getMention('acme', mention.id), mention)
      assert.equal(await store.getMention('acme', 'nope'), undefined)
    }))

  test('a mention saved twice, in one batch or across batches, is stored once', () =>
    use(async (store) => {
      const [a, b] = [buildMention({ id: 'a' }), buildMention({ id: 'b' })]
      assert.deepEqual(await store.saveMentions([a, b, a]), { inserted: 2, duplicates: 1 })
      assert.deepEqual(await store.saveMentions([b, buildMention({ id: 'c' })]), {
        inserted: 1,
        duplicates: 1,
      })
      assert.deepEqual(await store.saveMentions([]), { inserted: 0, duplicates: 0 })
      assert.equal(await store.countMentions('acme'), 3)
    }))

  test('saving new mentions returns those this call stored, in batch order, each once', () =>
    use(async (store) => {
      const at = (id: string, i: number) => buildMention({ id, at: T0 + i, queries: ['q'] })
      const [a, b, c, d] = [at('a', 0), at('b', 1), at('c', 2), at('d', 3)]
      assert.deepEqual(ids(await store.saveNewMentions([b, a])), ['b', 'a'])
      assert.deepEqual(ids(await store.saveNewMentions([d, a, c, d, b])), ['d', 'c'])
      assert.deepEqual(await store.saveNewMentions([]), [])
      assert.equal(await store.countMentions('acme'), 4)
      assert.deepEqual(ids((await store.listMentions({ workspaceId: 'acme', queryId: 'q' })).items), [
        'd',
        'c',
        'b',
        'a',
      ])
    }))

  test('the first save of a mention wins over a later one with other content', () =>
    use(async (store) => {
      await store.saveMentions([buildMention({ id: 'a', text: 'first', queries: ['q1'] })])
      await store.saveMentions([buildMention({ id: 'a', text: 'second', queries: ['q2'] })])
      assert.equal((await store.getMention('acme', 'a'))?.text, 'first')
      assert.deepEqual(ids((await store.listMentions({ workspaceId: 'acme', queryId: 'q2' })).items), [])
    }))

  test('a batch larger than one insert statement is saved whole', () =>
    use(async (store) => {
      const batch = Array.from({ length: 1234 }, (_, i) =>
        buildMention({ id: `id${i}`, at: T0 + i, queries: ['q'] }),
      )
      assert.deepEqual(await store.saveMentions(batch), { inserted: 1234, duplicates: 0 })
      assert.deepEqual(await store.saveMentions(batch), { inserted: 0, duplicates: 1234 })
      assert.equal(await store.countMentions('acme'), 1234)
      const volume = await store.volume({
        workspaceId: 'acme',
        queryId: 'q',
        from: new Date(T0),
        to: new Date(T0 + HOUR),
      })
      assert.equal(volume[0]?.total, 1234)
      const page = await store.listMentions({ workspaceId: 'acme', limit: 10_000 })
      assert.equal(page.items.length, 500)
      assert.ok(page.next)
      assert.equal((await store.listMentions({ workspaceId: 'acme' })).items.length, 50)
    }))

  test('finds which ids are already stored', () =>
    use(async (store) => {
      await store.saveMentions(buildTimeline(3))
      const found = await store.findExistingMentionIds('acme', ['m000', 'm002', 'unknown'])
      assert.deepEqual([...found].sort(), ['m000', 'm002'])
      assert.equal((await store.findExistingMentionIds('acme', [])).size, 0)
    }))

  test('lists newest first, page by page, each mention once', () =>
    use(async (store) => {
      await store.saveMentions(buildTimeline(25))
      const pages = await readAllPages(store, { workspaceId: 'acme', limit: 10 })
      assert.deepEqual(
        pages.map((p) => p.length),
        [10, 10, 5],
      )
      assert.deepEqual(pages.flat(), ids(buildTimeline(25)).reverse())
    }))

  test('pages do not skip or repeat mentions that share a timestamp', () =>
    use(async (store) => {
      await store.saveMentions(['b', 'd', 'a', 'c', 'e'].map((id) => buildMention({ id, at: T0 })))
      const pages = await readAllPages(store, { workspaceId: 'acme', limit: 2 })
      assert.deepEqual(pages, [['e', 'd'], ['c', 'b'], ['a']])
    }))

  test('filters by time range, sentiment and query, and pages within the filter', () =>
    use(async (store) => {
      await store.saveMentions([
        ...buildTimeline(10, { sentiment: 'negative', queries: ['q1'] }),
        buildMention({ id: 'p', at: T0 + 5 * MINUTE + 1, sentiment: 'positive', queries: ['q2'] }),
      ])
      const range = { from: new Date(T0 + 2 * MINUTE), to: new Date(T0 + 4 * MINUTE) }
      assert.deepEqual(ids((await store.listMentions({ workspaceId: 'acme', ...range })).items), [
        'm003',
        'm002',
      ])
      const positive = await store.listMentions({ workspaceId: 'acme', sentiment: 'positive' })
      assert.deepEqual(ids(positive.items), ['p'])
      assert.deepEqual(await readAllPages(store, { workspaceId: 'acme', queryId: 'q1', limit: 4 }), [
        ['m009', 'm008', 'm007', 'm006'],
        ['m005', 'm004', 'm003', 'm002'],
        ['m001', 'm000'],
      ])
      const q2 = await store.listMentions({ workspaceId: 'acme', queryId: 'q2', sentiment: 'negative' })
      assert.deepEqual(q2.items, [])
    }))

  test('refuses a page token it did not give out', () =>
    use(async (store) => {
      await assert.rejects(store.listMentions({ workspaceId: 'acme', before: 'garbage' }), {
        code: 'invalid',
      })
    }))
}
