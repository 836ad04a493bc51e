import { type Kysely, type RawBuilder, sql } from 'kysely'
import { EMOTIONS, type EmotionName } from '../../core/index.ts'
import type { AggregateBucket, AggregateInput, QueryShare, TopCount } from '../port.ts'
import { bucketStart, HOUR_MS } from '../volume-buckets.ts'
import { WORKSPACE_SCOPE } from './mention-counts.ts'
import type { StoreTables } from './schema.ts'

/**
 * The overview read from the hourly counts (migration 0012, mention-counts.ts) for the range's whole hours,
 * and from the mention rows for its ragged edges (less than an hour at each end): the same answer as
 * counting every mention of the range, for a price that grows with the hours, not the mentions.
 */

type Db = Kysely<StoreTables>
type Range = readonly [from: number, to: number]

/** The range's whole hours, and the parts before and after them. */
export interface CountedSpan {
  hours: Range
  edges: Range[]
}

/** The mention rows an overview counts (aggregate-mentions.ts `countedRows`): the edges are read there. */
export interface EdgeRows {
  alias: 'm' | 'mq'
  table: RawBuilder<unknown>
  scope: RawBuilder<unknown>
}

/**
 * How a range splits, or undefined when the hourly counts cannot answer: buckets that are not whole hours
 * (an hour would straddle two), a range without a whole hour, or a query id that is the workspace's scope.
 */
export const countedSpan = (input: AggregateInput, bucketMs: number): CountedSpan | undefined => {
  if (bucketMs % HOUR_MS !== 0 || input.queryId === WORKSPACE_SCOPE) return undefined
  const [from, to] = [input.from.getTime(), input.to.getTime()]
  const first = Math.ceil(from / HOUR_MS) * HOUR_MS
  const last = bucketStart(to, HOUR_MS)
  if (first >= last) return undefined
  const edges: Range[] = []
  if (from < first) edges.push([from, first])
  if (last < to) edges.push([last, to])
  return { hours: [first, last], edges }
}

const scopeOf = (input: AggregateInput) => input.queryId ?? WORKSPACE_SCOPE

/** An edge's rows: every edge is inside one hour, so inside one bucket. */
const inEdge = (rows: EdgeRows, [from, to]: Range) => {
  const time = sql.ref(`${rows.alias}.created_at`)
  return sql`${rows.scope} and ${time} >= ${from} and ${time} < ${to}`
}

interface ToneCount {
  at: number
  sentiment_label: string
  dominant_emotion: string | null
  n: number | string
}

/** The buckets of the range, empty ones included, as `aggregate` gives them. */
export const bucketsFromHours = async (
  db: Db,
  input: AggregateInput,
  bucketMs: number,
  span: CountedSpan,
  rows: EdgeRows,
): Promise<AggregateBucket[]> => {
  const [from, to] = span.hours
  // the bucket of an hour, floored as bucketStart does (the remainder of a negative time is negative)
  const bucket = sql`hour - ((hour % ${sql.lit(bucketMs)}) + ${sql.lit(bucketMs)}) % ${sql.lit(bucketMs)}`
  const tone = sql.ref(`${rows.alias}.sentiment_label`)
  const emotion = sql.ref(`${rows.alias}.dominant_emotion`)
  const { rows: hours } = await sql<ToneCount>`
    select ${bucket} as at, sentiment_label, dominant_emotion, sum(count) as n from mention_counts
    where workspace_id = ${input.workspaceId} and query_id = ${scopeOf(input)} and hour >= ${from} and hour < ${to}
    group by ${bucket}, sentiment_label, dominant_emotion`.execute(db)
  const counted = new Map<number, AggregateBucket>()
  for (const row of hours) addTo(counted, Number(row.at), row)
  for (const edge of span.edges) {
    const { rows: edgeRows } = await sql<Omit<ToneCount, 'at'>>`
      select ${tone} as sentiment_label, ${emotion} as dominant_emotion, count(*) as n from ${rows.table}
      where ${inEdge(rows, edge)} group by ${tone}, ${emotion}`.execute(db)
    for (const row of edgeRows) addTo(counted, bucketStart(edge[0], bucketMs), row)
  }
  const buckets: AggregateBucket[] = []
  const [start, end] = [bucketStart(input.from.getTime(), bucketMs), input.to.getTime()]
  for (let at = start; at < end; at += bucketMs) buckets.push(counted.get(at) ?? emptyBucket(at))
  return buckets
}

const emptyBucket = (at: number): AggregateBucket => ({
  at: new Date(at),
  total: 0,
  negative: 0,
  neutral: 0,
  positive: 0,
  emotions: Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as Record<EmotionName, number>,
})

const addTo = (counted: Map<number, AggregateBucket>, at: number, row: Omit<ToneCount, 'at'>) => {
  const bucket = counted.get(at) ?? emptyBucket(at)
  counted.set(at, bucket)
  const n = Number(row.n)
  bucket.total += n
  if (row.sentiment_label === 'negative') bucket.negative += n
  else if (row.sentiment_label === 'positive') bucket.positive += n
  else bucket.neutral += n
  // no dominant emotion is null in the rows, '' in the counts
  const emotion = row.dominant_emotion
  if (emotion && emotion in bucket.emotions) bucket.emotions[emotion as EmotionName] += n
}

/** The top sources of the range: the hours' counts and the edges' rows summed, then ordered as before. */
export const topSourcesFromHours = async (
  db: Db,
  input: AggregateInput,
  top: number,
  span: CountedSpan,
  rows: EdgeRows,
): Promise<TopCount[]> => {
  const [from, to] = span.hours
  const source = sql.ref(`${rows.alias}.source`)
  const parts = [
    sql`select source as "key", sum(count) as n from mention_source_counts
      where workspace_id = ${input.workspaceId} and query_id = ${scopeOf(input)} and hour >= ${from} and hour < ${to}
      group by source`,
    ...span.edges.map(
      (edge) => sql`select ${source} as "key", count(*) as n from ${rows.table} where ${inEdge(rows, edge)}
        group by ${source}`,
    ),
  ]
  const { rows: counted } = await sql<{ key: string; count: number | string }>`
    select "key", sum(n) as "count" from (${sql.join(parts, sql` union all `)}) counted
    group by "key" order by "count" desc, "key" limit ${top}`.execute(db)
  return counted.map((r) => ({ key: r.key, count: Number(r.count) }))
}

/** Each query's count and its share of the total, largest first (ties by query id). */
export const sharesOf = (
  rows: { id: string; brand: string; count: number | string | null }[],
): QueryShare[] => {
  const total = rows.reduce((sum, r) => sum + Number(r.count), 0)
  return rows
    .map((r) => ({
      queryId: r.id,
      brand: r.brand,
      count: Number(r.count),
      share: total && Number(r.count) / total,
    }))
    .sort((a, b) => b.count - a.count || (a.queryId < b.queryId ? -1 : 1))
}

/** Every query of the workspace with its mentions in the range, whatever `input.queryId`. */
export const shareOfVoiceFromHours = async (
  db: Db,
  input: AggregateInput,
  span: CountedSpan,
): Promise<QueryShare[]> => {
  const [from, to] = span.hours
  // one lookup per query on the counts' key, and on its own rows for the edges
  const edges = span.edges.map(
    ([lo, hi]) => sql`(select count(*) from mention_queries mq where mq.workspace_id = q.workspace_id
      and mq.query_id = q.id and mq.created_at >= ${lo} and mq.created_at < ${hi})`,
  )
  const { rows } = await sql<{ id: string; brand: string; count: number | string | null }>`
    select q.id, q.brand, coalesce((select sum(c.count) from mention_counts c
      where c.workspace_id = q.workspace_id and c.query_id = q.id and c.hour >= ${from} and c.hour < ${to}), 0)
      ${sql.join(
        edges.map((edge) => sql` + ${edge}`),
        sql``,
      )} as "count"
    from queries q where q.workspace_id = ${input.workspaceId}`.execute(db)
  return sharesOf(rows)
}
