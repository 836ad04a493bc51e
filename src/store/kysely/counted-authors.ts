import { type Kysely, sql } from 'kysely'
import { UNKNOWN_AUTHOR } from '../../core/index.ts'
import type { AggregateInput } from '../port.ts'
import { PERIOD_MS } from './author-counts.ts'
import { WORKSPACE_SCOPE } from './mention-counts.ts'
import type { StoreTables } from './schema.ts'

/**
 * A long range's top authors from the authors' counts per period (migration 0021, author-counts.ts), exact:
 * each whole period of the range gives its busiest authors, the range's ragged edges theirs (from the
 * mention rows); those authors' totals are summed, and the answer stands when its last author has more
 * mentions than any author left out could have: one left out is at most, in each part, the last one listed
 * there. Otherwise (authors that all wrote about as much), the caller counts every mention as before.
 */

type Db = Kysely<StoreTables>
export type Range = readonly [from: number, to: number]

export interface AuthorCount {
  key: string
  count: number
}

/** Counts the range's mentions per comparable handle, busiest first: the top `limit`, or those of `keys`. */
export type CountAuthorRows = (
  range: Range,
  options: { limit?: number; keys?: readonly string[] },
) => Promise<AuthorCount[]>

/** How many authors each part lists, at least: more listed, a lower bound, fewer fallbacks. */
const LISTED_MIN = 50
/** The range must hold this many whole periods for the counts to pay. */
const MIN_PERIODS = 2
// keys per statement: far below both engines' bound parameters
const KEYS_PER_STATEMENT = 500

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, k) => items.slice(k * size, (k + 1) * size))

const busiestOfPeriod = async (db: Db, workspaceId: string, scope: string, period: number, listed: number) =>
  (
    await db
      .selectFrom('author_period_counts')
      .select(['author_key as key', 'count'])
      .where('workspace_id', '=', workspaceId)
      .where('query_id', '=', scope)
      .where('period', '=', period)
      .where('author_key', '!=', UNKNOWN_AUTHOR.handle)
      .orderBy('count', 'desc')
      .limit(listed)
      .execute()
  ).map((r) => ({ key: r.key, count: Number(r.count) }))

/** The authors' mentions over whole periods, summed. */
const periodTotals = async (
  db: Db,
  workspaceId: string,
  scope: string,
  [first, last]: Range,
  keys: string[],
) => {
  const totals = new Map<string, number>()
  for (const some of chunks(keys, KEYS_PER_STATEMENT)) {
    const rows = await db
      .selectFrom('author_period_counts')
      .select((eb) => ['author_key as key', eb.fn.sum<number>('count').as('count')])
      .where('workspace_id', '=', workspaceId)
      .where('query_id', '=', scope)
      .where('period', '>=', first)
      .where('period', '<', last)
      .where('author_key', 'in', some)
      .groupBy('author_key')
      .execute()
    for (const r of rows) totals.set(r.key, Number(r.count))
  }
  return totals
}

/** The busiest first, ties in the engine's order of handles (as the count over every mention orders them). */
const ranked = async (db: Db, totals: Map<string, number>, top: number): Promise<AuthorCount[]> => {
  if (totals.size === 0) return []
  const values = [...totals].map(([key, n]) => sql`(cast(${key} as text), cast(${n} as bigint))`)
  const { rows } = await sql<AuthorCount>`with v ("key", "count") as (values ${sql.join(values)})
    select "key", "count" from v order by "count" desc, "key" limit ${top}`.execute(db)
  return rows.map((r) => ({ key: r.key, count: Number(r.count) }))
}

/** The top authors found from the periods, and how the range splits into whole periods and ragged edges. */
export interface PeriodTop {
  authors: AuthorCount[]
  periods: Range
  edges: Range[]
}

/**
 * An author's largest reach over whole periods, of all its mentions (the workspace's counts, whatever query
 * the overview is about): one lookup of the author's periods.
 */
export const periodsReach = async (db: Db, workspaceId: string, key: string, [first, last]: Range) => {
  const row = await db
    .selectFrom('author_period_counts')
    .select((eb) => eb.fn.max('max_followers').as('followers'))
    .where('workspace_id', '=', workspaceId)
    .where('query_id', '=', WORKSPACE_SCOPE)
    .where('author_key', '=', key)
    .where('period', '>=', first)
    .where('period', '<', last)
    .executeTakeFirst()
  return row?.followers === null || row?.followers === undefined ? null : Number(row.followers)
}

/** The range's top authors, or undefined when the periods cannot tell them for sure. */
export const topAuthorsFromPeriods = async (
  db: Db,
  input: AggregateInput,
  top: number,
  countRows: CountAuthorRows,
): Promise<PeriodTop | undefined> => {
  if (input.queryId === WORKSPACE_SCOPE) return undefined
  const [from, to] = [input.from.getTime(), input.to.getTime()]
  const first = Math.ceil(from / PERIOD_MS) * PERIOD_MS
  const last = Math.floor(to / PERIOD_MS) * PERIOD_MS
  if (last - first < MIN_PERIODS * PERIOD_MS) return undefined
  const scope = input.queryId ?? WORKSPACE_SCOPE
  const listed = Math.max(LISTED_MIN, 5 * top)
  const edges: Range[] = []
  if (from < first) edges.push([from, first])
  if (last < to) edges.push([last, to])
  const periods: number[] = []
  for (let period = first; period < last; period += PERIOD_MS) periods.push(period)
  const periodLists = await Promise.all(
    periods.map((p) => busiestOfPeriod(db, input.workspaceId, scope, p, listed)),
  )
  const edgeLists = await Promise.all(edges.map((edge) => countRows(edge, { limit: listed })))
  // the most mentions an author listed nowhere can have: in each part, as many as the last one listed there
  // (none in a part whose list is complete)
  let bound = 0
  const candidates = new Set<string>()
  for (const list of [...periodLists, ...edgeLists]) {
    for (const author of list) candidates.add(author.key)
    if (list.length === listed) bound += list.at(-1)?.count ?? 0
  }
  const keys = [...candidates]
  const totals = await periodTotals(db, input.workspaceId, scope, [first, last], keys)
  for (const [k, edge] of edges.entries()) {
    const list = edgeLists[k] ?? []
    const counted = new Map(list.map((a) => [a.key, a.count]))
    // a complete list gives every author of the edge; otherwise the others are counted from the rows
    const others = list.length === listed ? keys.filter((key) => !counted.has(key)) : []
    for (const some of chunks(others, KEYS_PER_STATEMENT))
      for (const a of await countRows(edge, { keys: some })) counted.set(a.key, a.count)
    for (const [key, n] of counted) if (candidates.has(key)) totals.set(key, (totals.get(key) ?? 0) + n)
  }
  const best = await ranked(db, totals, top)
  const lastCount = best.at(-1)?.count ?? 0
  // sure only when no author left out can reach the last one listed (a tie would need the handles' order)
  if (best.length < top ? bound > 0 : lastCount <= bound) return undefined
  return { authors: best, periods: [first, last], edges }
}
