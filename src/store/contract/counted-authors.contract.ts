import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AnalyzedMention } from '../../core/index.ts'
import type { AggregateInput, Store } from '../port.ts'
import { buildMention, HOUR, MINUTE, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const DAY = 24 * HOUR
const SPAN_DAYS = 160

/** The handle as the author filter compares it. */
const comparable = (handle: string) => handle.replace(/^@+/, '').toLowerCase()

/**
 * `writes(k)` mentions by each of `authors` authors, spread over 160 days, handles written three ways
 * (`A07`, `@a07`, `a07`), every other mention in q1, and the unknown author the busiest of all.
 */
const stream = (authors: number, writes: (k: number) => number, prefix: string): AnalyzedMention[] => {
  const mentions: AnalyzedMention[] = []
  for (let k = 0; k < authors; k++) {
    const name = `a${String(k).padStart(3, '0')}`
    const n = writes(k)
    for (let i = 0; i < n; i++) {
      const handle = [name.toUpperCase(), `@${name}`, name][i % 3]!
      const at = T0 + Math.floor(((i + 0.5) / n) * SPAN_DAYS * DAY) + k * 7 * MINUTE
      mentions.push(
        buildMention({
          id: `${prefix}${k}-${i}`,
          at,
          // a reach on two mentions in three, changing over time; unknown on the others
          author: { id: name, handle, ...(i % 3 !== 2 && { followers: (i * 37 + k * 11) % 1000 }) },
          queries: mentions.length % 2 ? ['q1'] : [],
        }),
      )
    }
  }
  for (let i = 0; i < 300; i++)
    mentions.push(
      buildMention({
        id: `${prefix}u${i}`,
        at: T0 + i * 11 * HOUR,
        author: { id: 'unknown', handle: 'unknown' },
        queries: ['q1'],
      }),
    )
  return mentions
}

/** A few authors write most (as news accounts, bots and the brand itself do): the periods tell them. */
export const heavyWriters = () => stream(120, (k) => Math.max(1, Math.floor(240 / (k + 1))), 'h')
/** Every author writes about as much: the periods cannot tell, the mentions are counted. */
export const evenWriters = () => stream(200, (k) => 2 + (k % 2), 'e')

/** The top authors and their largest reach as counting the mentions one by one gives them (ASCII handles). */
const expected = (mentions: AnalyzedMention[], input: AggregateInput, top: number) => {
  const counts = new Map<string, number>()
  const reach = new Map<string, number>()
  for (const m of mentions) {
    const at = m.createdAt.getTime()
    if (at < input.from.getTime() || at >= input.to.getTime()) continue
    const key = comparable(m.author.handle)
    if (key === 'unknown') continue
    // the reach is the author's, read from all its mentions of the range, of any query
    const followers = m.author.followers
    if (followers !== undefined) reach.set(key, Math.max(reach.get(key) ?? -1, followers))
    if (input.queryId !== undefined && !m.analysis.queries.includes(input.queryId)) continue
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts]
    .sort(([a, n], [b, k]) => k - n || (a < b ? -1 : 1))
    .slice(0, top)
    .map(([key, count]) => [key, count, reach.get(key)])
}

// ranges of several whole periods with ragged ends (minutes and seconds), and one too short for the periods
const inputs = (queryId?: string): AggregateInput[] => [
  {
    workspaceId: 'acme',
    queryId,
    from: new Date(T0 + 5 * HOUR + 17 * MINUTE + 3000),
    to: new Date(T0 + 157 * DAY + 3 * HOUR),
    bucketMs: DAY,
  },
  { workspaceId: 'acme', queryId, from: new Date(T0 - DAY), to: new Date(T0 + 200 * DAY), bucketMs: DAY },
  { workspaceId: 'acme', queryId, from: new Date(T0 + 40 * DAY), to: new Date(T0 + 75 * DAY), bucketMs: DAY },
]

export const countedAuthorsContract = (use: UseStore) => {
  const assertTops = async (store: Store, mentions: AnalyzedMention[], what: string) => {
    for (const queryId of [undefined, 'q1'])
      for (const [k, input] of inputs(queryId).entries())
        for (const top of [3, 10]) {
          const { topAuthors } = await store.aggregate({ ...input, top })
          assert.deepEqual(
            topAuthors.map((a) => [comparable(a.handle), a.count, a.followers]),
            expected(mentions, input, top),
            `${what}, ${queryId ?? 'workspace'} #${k}, top ${top}`,
          )
        }
  }

  const setUp = async (store: Store, mentions: AnalyzedMention[]) => {
    await store.upsertQuery({ workspaceId: 'acme', id: 'q1', brand: 'q1', query: 'q1', owned: [] })
    await store.saveMentions(mentions)
  }

  test('the top authors of a long range are those counted mention by mention, whether a few authors write most or all write alike', () =>
    use(async (store) => {
      const mentions = [...heavyWriters(), ...evenWriters()]
      await setUp(store, heavyWriters())
      await assertTops(store, heavyWriters(), 'heavy writers')
      await store.saveMentions(evenWriters())
      await assertTops(store, mentions, 'heavy and even writers')
    }))

  test('when every author writes alike, the top authors are still exact', () =>
    use(async (store) => {
      await setUp(store, evenWriters())
      await assertTops(store, evenWriters(), 'even writers')
    }))

  test('mentions delivered again do not count twice for their authors, and a purge forgets them', () =>
    use(async (store) => {
      await setUp(store, heavyWriters())
      assert.equal((await store.saveMentions(heavyWriters())).inserted, 0)
      await assertTops(store, heavyWriters(), 're-delivered')
      await store.purgeWorkspace('acme')
      await setUp(store, heavyWriters())
      await assertTops(store, heavyWriters(), 'saved again after a purge')
    }))
}
