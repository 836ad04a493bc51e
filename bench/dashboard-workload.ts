/**
 * The dashboard bench's calls: each asks the store and the naive baseline (dashboard-naive.ts) the same
 * question. Overviews are checked against the baseline's answer before anything is timed.
 */
import assert from 'node:assert/strict'
import type { Kysely } from 'kysely'
import type { AggregateInput, MentionFilter, Store } from '../src/store/index.ts'
import { WORKSPACE } from './dashboard-data.ts'
import { naiveOverview, naiveSearch } from './dashboard-naive.ts'

export interface Call {
  name: string
  store: () => Promise<unknown>
  naive: () => Promise<unknown>
  /** throws when the store's answer is not the baseline's */
  check?: () => Promise<void>
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const QUERY = 'telecomete'
const TOP = 10
// biome-ignore lint/suspicious/noExplicitAny: raw SQL on the bench's own copies
type Raw = Kysely<any>

const OVERVIEWS = [
  ['48 h hourly', 48 * HOUR, HOUR],
  ['7 d hourly', 7 * DAY, HOUR],
  ['30 d daily', 30 * DAY, DAY],
  ['365 d daily', 365 * DAY, DAY],
] as const

const handleKey = (handle: string) => handle.replace(/^@+/, '').toLowerCase()

const checkOverview = async (store: Store, raw: Raw, input: AggregateInput & { bucketMs: number }) => {
  const ours = await store.aggregate(input)
  const naive = await naiveOverview(raw, { ...input, top: TOP })
  const what = `${input.queryId ?? 'workspace'} ${input.to.getTime() - input.from.getTime()} ms`
  assert.deepEqual(
    ours.buckets.filter((b) => b.total > 0).map((b) => ({ at: b.at.getTime(), total: b.total })),
    naive.buckets,
    `buckets of ${what}`,
  )
  for (const share of ours.shareOfVoice)
    assert.equal(share.count, naive.shares.get(share.queryId) ?? 0, `share of ${share.queryId}, ${what}`)
  assert.deepEqual(ours.topSources, naive.topSources, `top sources of ${what}`)
  assert.deepEqual(
    ours.topAuthors.map((a) => ({ key: handleKey(a.handle), count: a.count })),
    naive.topAuthors,
    `top authors of ${what}`,
  )
}

/** The overview of the workspace and of one query over the last 48 hours, 7 days, 30 days and year. */
export const overviewCalls = (store: Store, raw: Raw, end: number): Call[] =>
  OVERVIEWS.flatMap(([span, ms, bucketMs]) =>
    [undefined, QUERY].map((queryId) => {
      const input = { workspaceId: WORKSPACE, queryId, from: new Date(end - ms), to: new Date(end), bucketMs }
      return {
        name: `${span}${queryId ? ', one query' : ''}`,
        store: () => store.aggregate(input),
        naive: () => naiveOverview(raw, { ...input, top: TOP }),
        check: () => checkOverview(store, raw, input),
      }
    }),
  )

/** The token of the `page`th page (0 the first) of a filter, read once before timing. */
const pageToken = async (store: Store, filter: MentionFilter, page: number) => {
  let before: string | undefined
  for (let k = 0; k < page; k++) before = (await store.listMentions({ ...filter, before })).next
  return before
}

/** Filtered mention searches of the workspace, 50 a page, as the dashboard's list asks them. */
export const searchCalls = async (store: Store, raw: Raw, end: number): Promise<Call[]> => {
  const year = { workspaceId: WORKSPACE, from: new Date(end - 365 * DAY), to: new Date(end) }
  const [author] = (await store.aggregate({ ...year, bucketMs: DAY })).topAuthors
  const base = { workspaceId: WORKSPACE, limit: 50 }
  const month = new Date(end - 30 * DAY)
  const searches: [string, MentionFilter, number?][] = [
    ['text "panne", newest', { ...base, text: 'panne' }],
    ['text "panne", 3rd page', { ...base, text: 'panne' }, 2],
    ['text "fibre", negative', { ...base, text: 'fibre', sentiment: 'negative' }],
    ['anger, reach >= 1,000', { ...base, emotion: 'anger', minReach: 1000 }],
    ['top author', { ...base, author: author?.handle ?? 'nobody' }],
    ['owned, last 30 d', { ...base, owned: true, from: month }],
    ['one query, by reach', { ...base, queryId: QUERY, sort: 'reach' }],
    ['one query, by reach, 3rd page', { ...base, queryId: QUERY, sort: 'reach' }, 2],
    [
      'one query, negative, by engagement',
      { ...base, queryId: QUERY, sentiment: 'negative', sort: 'engagement' },
    ],
    ['one query, text "box", joy', { ...base, queryId: QUERY, text: 'box', emotion: 'joy' }],
    ['one query, negative, last 30 d', { ...base, queryId: QUERY, sentiment: 'negative', from: month }],
  ]
  return Promise.all(
    searches.map(async ([name, filter, page = 0]) => {
      const before = await pageToken(store, filter, page)
      return {
        name,
        store: () => store.listMentions({ ...filter, before }),
        naive: () => naiveSearch(raw, filter, page),
      }
    }),
  )
}
