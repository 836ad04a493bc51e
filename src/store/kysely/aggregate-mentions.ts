import { type Kysely, sql } from 'kysely'
import { AppError, EMOTIONS, type EmotionName, UNKNOWN_AUTHOR } from '../../core/index.ts'
import { countTerms, topOf } from '../mention-terms.ts'
import type { Aggregate, AggregateBucket, AggregateInput, QueryShare, TopAuthor, TopCount } from '../port.ts'
import { bucketStart, volumeBucketMs } from '../volume-buckets.ts'
import {
  type AuthorCount,
  type CountAuthorRows,
  type PeriodTop,
  periodsReach,
  topAuthorsFromPeriods,
} from './counted-authors.ts'
import {
  bucketsFromHours,
  countedSpan,
  shareOfVoiceFromHours,
  sharesOf,
  topSourcesFromHours,
} from './counted-hours.ts'
import { comparableHandle, comparableHandleOf } from './mention-filters.ts'
import type { StoreTables } from './schema.ts'

/** Terms and hashtags are read from the newest mentions of the range only: texts are the costly part. */
export const TERMS_SAMPLE_SIZE = 5000
const DEFAULT_TOP = 10
const MAX_TOP = 100

type Db = Kysely<StoreTables>

/** The mentions of the range (and of the query): the per-query index drives when there is a query. */
const inRange = (db: Db, input: AggregateInput) => {
  const time = sql.ref<number>(input.queryId === undefined ? 'm.created_at' : 'mq.created_at')
  return db
    .selectFrom('mentions as m')
    .where('m.workspace_id', '=', input.workspaceId)
    .$if(input.queryId !== undefined, (qb) =>
      qb
        .innerJoin('mention_queries as mq', (join) =>
          join
            .onRef('mq.workspace_id', '=', 'm.workspace_id')
            .onRef('mq.mention_id', '=', 'm.id')
            .onRef('mq.created_at', '=', 'm.created_at'),
        )
        .where('mq.query_id', '=', input.queryId ?? ''),
    )
    .where(time, '>=', input.from.getTime())
    .where(time, '<', input.to.getTime())
}

/** Up to this many mentions in the range, the overview's lists read the range first (see `countedRows`). */
const TIME_DRIVEN_MAX = 50_000

/**
 * What the overview counts: the workspace's mentions, or a query's own rows, which carry copies of the
 * counted columns under the same names (migration 0009): a query's overview joins no mention to count.
 * With few mentions in the range (`timeDriven`), the workspace's are read by time first (a materialised
 * range, the same SQL on both engines): grouped on the author or source index, a short range would read the
 * whole workspace's index.
 */
const countedRows = (input: AggregateInput, timeDriven = false) => {
  const alias = input.queryId === undefined ? 'm' : 'mq'
  const time = sql.ref<number>(`${alias}.created_at`)
  const [from, to] = [input.from.getTime(), input.to.getTime()]
  const table = input.queryId === undefined ? sql`mentions m` : sql`mention_queries mq`
  const scope = sql`${sql.ref(`${alias}.workspace_id`)} = ${input.workspaceId}
      ${input.queryId === undefined ? sql`` : sql`and mq.query_id = ${input.queryId}`}`
  const where = sql`${scope} and ${time} >= ${from} and ${time} < ${to}`
  if (!timeDriven || alias === 'mq') return { alias, time, table, scope, where, first: sql`` } as const
  const first = sql`with r as materialized (select m.author_handle, m.source from ${table} where ${where})`
  return { alias, time, table: sql`r m`, scope, where: sql`1 = 1`, first } as const
}

// Every count of a bucket, joined as one text "total,negative,positive,anger,…": one correlated subquery per
// bucket reads its slice of an index in order, where a GROUP BY would sort every mention of the range.
const bucketCounts = (alias: 'm' | 'mq') => {
  const tone = sql.ref(`${alias}.sentiment_label`)
  const emotion = sql.ref(`${alias}.dominant_emotion`)
  return sql.join(
    [
      sql`count(*)`,
      sql`count(*) filter (where ${tone} = 'negative')`,
      sql`count(*) filter (where ${tone} = 'positive')`,
      ...EMOTIONS.map((e) => sql`count(*) filter (where ${emotion} = ${sql.lit(e)})`),
    ],
    sql` || ',' || `,
  )
}

const countBuckets = async (db: Db, input: AggregateInput, bucketMs: number) => {
  const [from, to] = [input.from.getTime(), input.to.getTime()]
  const first = bucketStart(from, bucketMs)
  const { alias, time, table, scope } = countedRows(input)
  // each bucket's own bounds, clipped to the range: the only time bounds of its subquery, so that the engine
  // reads the bucket's slice of the index (given the range's too, SQLite read the whole range per bucket)
  const { rows } = await sql<{ at: number; counts: string }>`
    with recursive b(at) as (
      select cast(${first} as bigint) union all select at + ${bucketMs} from b where at + ${bucketMs} < ${to}),
    bounds(at, lo, hi) as (
      select at, case when at < ${from} then ${from} else at end,
        case when at + ${bucketMs} > ${to} then ${to} else at + ${bucketMs} end from b)
    select bounds.at, (select ${bucketCounts(alias)} from ${table}
      where ${scope} and ${time} >= bounds.lo and ${time} < bounds.hi) as counts
    from bounds`.execute(db)
  return rows.map((row) => toBucket(Number(row.at), row.counts))
}

const toBucket = (at: number, counts: string): AggregateBucket => {
  const [total = 0, negative = 0, positive = 0, ...perEmotion] = counts.split(',').map(Number)
  const emotions = Object.fromEntries(EMOTIONS.map((e, k) => [e, perEmotion[k] ?? 0]))
  return {
    at: new Date(at),
    total,
    negative,
    neutral: total - negative - positive,
    positive,
    emotions: emotions as Record<EmotionName, number>,
  }
}

/** Every query of the workspace with its mentions in the range, whatever `input.queryId`. */
const shareOfVoice = async (db: Db, input: AggregateInput): Promise<QueryShare[]> => {
  const rows = await db
    .selectFrom('queries as q')
    .leftJoin('mention_queries as mq', (join) =>
      join
        .onRef('mq.workspace_id', '=', 'q.workspace_id')
        .onRef('mq.query_id', '=', 'q.id')
        .on('mq.created_at', '>=', input.from.getTime())
        .on('mq.created_at', '<', input.to.getTime()),
    )
    .where('q.workspace_id', '=', input.workspaceId)
    .groupBy(['q.id', 'q.brand'])
    .select((eb) => ['q.id', 'q.brand', eb.fn.count<number>('mq.mention_id').as('count')])
    .execute()
  return sharesOf(rows)
}

// Grouped as the author filter compares handles, so that a top author's count is what the filter lists.
// Only the count is grouped: it is read from the author index (or the query's rows) alone. With `keys`, the
// author index finds them; otherwise a short range (`timeDriven`) is read by time first.
export const authorRows =
  (db: Db, input: AggregateInput, timeDriven: boolean): CountAuthorRows =>
  async ([from, to], { limit, keys }) => {
    const part = { ...input, from: new Date(from), to: new Date(to) }
    const { alias, table, where, first } = countedRows(part, timeDriven && keys === undefined)
    const handle = comparableHandleOf(alias)
    const only = keys === undefined ? sql`` : sql`and ${handle} in (${sql.join(keys)})`
    const { rows } = await sql<AuthorCount>`
      ${first} select ${handle} as "key", count(*) as "count" from ${table}
      where ${where} and ${handle} != ${UNKNOWN_AUTHOR.handle} ${only}
      group by ${handle} order by "count" desc, "key" ${limit === undefined ? sql`` : sql`limit ${limit}`}`.execute(
      db,
    )
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }))
  }

// A long range's top authors come from the authors' counts per period when they can tell them for sure.
const topAuthors = async (db: Db, input: AggregateInput, top: number, few: boolean): Promise<TopAuthor[]> => {
  const found = await topAuthorsFromPeriods(db, input, top, authorRows(db, input, true))
  const rows =
    found?.authors ??
    (await authorRows(db, input, few)([input.from.getTime(), input.to.getTime()], { limit: top }))
  return Promise.all(
    rows.map(async (r) => ({ ...(await describeAuthor(db, input, r.key, found)), count: r.count })),
  )
}

/**
 * An author's handle and name as its latest mention of the range gave them, and its largest reach, of all its
 * mentions of the range (of any query: the author index alone answers, without the query's join); over whole
 * periods, the reach is read from the periods' counts, and only the ragged edges from the mentions.
 */
const describeAuthor = async (db: Db, input: AggregateInput, key: string, split?: PeriodTop) => {
  const ofAuthor = (range: AggregateInput) =>
    inRange(db, { ...range, queryId: undefined }).where(comparableHandle, '=', key)
  // the author index read backwards from the range's end: one entry
  const latest = await ofAuthor(input)
    .select(['m.author_handle', 'm.author_name'])
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow()
  const reachOf = async (range: AggregateInput) => {
    const { followers } = await ofAuthor(range)
      .select((eb) => eb.fn.max('m.author_followers').as('followers'))
      .executeTakeFirstOrThrow()
    return followers === null ? null : Number(followers)
  }
  let followers: number | null
  if (split === undefined) followers = await reachOf(input)
  else {
    followers = await periodsReach(db, input.workspaceId, key, split.periods)
    for (const [from, to] of split.edges) {
      const edge = await reachOf({ ...input, from: new Date(from), to: new Date(to) })
      if (edge !== null && (followers === null || edge > followers)) followers = edge
    }
  }
  return {
    handle: latest.author_handle,
    ...(latest.author_name !== null && { name: latest.author_name }),
    ...(followers !== null && { followers }),
  }
}

const topSources = async (db: Db, input: AggregateInput, top: number, few: boolean): Promise<TopCount[]> => {
  const { alias, table, where, first } = countedRows(input, few)
  const source = sql.ref(`${alias}.source`)
  const { rows } = await sql<{ key: string; count: number }>`
    ${first} select ${source} as "key", count(*) as "count" from ${table} where ${where}
    group by ${source} order by "count" desc, ${source} limit ${top}`.execute(db)
  return rows.map((r) => ({ key: r.key, count: Number(r.count) }))
}

/**
 * The texts of the newest mentions of the range: what terms and hashtags are counted on. A query's newest are
 * taken from its rows first (its time index), then their mentions looked up: joined in one go, PostgreSQL
 * read the whole range of both tables.
 */
const sampleTexts = async (db: Db, input: AggregateInput) => {
  if (input.queryId === undefined)
    return inRange(db, input)
      .select(['m.title', 'm.text'])
      .orderBy('m.created_at', 'desc')
      .limit(TERMS_SAMPLE_SIZE)
      .execute()
  const { rows } = await sql<{ title: string | null; text: string }>`
    with newest as materialized (
      select mention_id, created_at from mention_queries
      where workspace_id = ${input.workspaceId} and query_id = ${input.queryId}
        and created_at >= ${input.from.getTime()} and created_at < ${input.to.getTime()}
      order by created_at desc limit ${TERMS_SAMPLE_SIZE})
    select m.title, m.text from newest join mentions m
      on m.workspace_id = ${input.workspaceId} and m.id = newest.mention_id and m.created_at = newest.created_at
    order by newest.created_at desc`.execute(db)
  return rows
}

const topCount = (top: number | undefined): number => {
  if (top === undefined) return DEFAULT_TOP
  if (!Number.isSafeInteger(top) || top < 1 || top > MAX_TOP)
    throw new AppError('invalid', `top must be a whole number from 1 to ${MAX_TOP}`)
  return top
}

/** The dashboard overview: one query per part, the lists run together (PostgreSQL runs them side by side). */
export const aggregateMentions = async (db: Db, input: AggregateInput): Promise<Aggregate> => {
  const bucketMs = volumeBucketMs(input.from, input.to, input.bucketMs)
  const top = topCount(input.top)
  // whole hours from the hourly counts, the edges from the rows, when the buckets are whole hours
  const span = countedSpan(input, bucketMs)
  const rows = countedRows(input)
  // the buckets first: how many mentions the range holds chooses how the lists read them
  const buckets = span
    ? await bucketsFromHours(db, input, bucketMs, span, rows)
    : await countBuckets(db, input, bucketMs)
  const total = buckets.reduce((sum, b) => sum + b.total, 0)
  const few = total <= TIME_DRIVEN_MAX
  const [shares, authors, sources, texts] = await Promise.all([
    span ? shareOfVoiceFromHours(db, input, span) : shareOfVoice(db, input),
    topAuthors(db, input, top, few),
    span ? topSourcesFromHours(db, input, top, span, rows) : topSources(db, input, top, few),
    sampleTexts(db, input),
  ])
  const { terms, hashtags } = countTerms(texts)
  return {
    buckets,
    shareOfVoice: shares,
    topAuthors: authors,
    topSources: sources,
    topTerms: topOf(terms, top),
    topHashtags: topOf(hashtags, top),
    sampled: total > texts.length,
    sampleSize: texts.length,
  }
}
