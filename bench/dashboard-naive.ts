/**
 * The dashboard bench's naive baseline: the same questions asked in plain SQL of a copy of the mentions and
 * of their per-query rows *without any index* (`naive_mentions`, `naive_mention_queries`), so that every
 * call scans the table: GROUP BY for the overview's parts, `lower(text) like '%word%'` for the text search,
 * ORDER BY … LIMIT … OFFSET for pages. The same SQL runs on both engines.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { AggregateInput, MentionFilter, TopCount } from '../src/store/index.ts'
import { countTerms, topOf } from '../src/store/mention-terms.ts'

// biome-ignore lint/suspicious/noExplicitAny: the copies are the bench's own tables, read with raw SQL only
type Db = Kysely<any>

const COPIED = `workspace_id, id, created_at, source, title, text, author_handle, author_name, author_followers,
  likes, reposts, replies, sentiment_label, dominant_emotion, owned, queries`

/** Copies the store's rows into tables without indexes (no primary key either), replacing an earlier copy. */
export const copyWithoutIndexes = async (db: Db) => {
  await sql`drop table if exists naive_mentions`.execute(db)
  await sql`drop table if exists naive_mention_queries`.execute(db)
  await sql`create table naive_mentions as select ${sql.raw(COPIED)} from mentions`.execute(db)
  await sql`create table naive_mention_queries as
    select workspace_id, query_id, created_at, mention_id from mention_queries`.execute(db)
}

const HANDLE = sql`lower(ltrim(author_handle, '@'))`
const EMOTIONS = ['anger', 'fear', 'sadness', 'joy', 'surprise', 'disgust']

const where = (input: { workspaceId: string; queryId?: string | undefined; from?: Date; to?: Date }) =>
  sql.join(
    [
      sql`workspace_id = ${input.workspaceId}`,
      ...(input.queryId === undefined ? [] : [sql`queries like ${`%"${input.queryId}"%`}`]),
      ...(input.from === undefined ? [] : [sql`created_at >= ${input.from.getTime()}`]),
      ...(input.to === undefined ? [] : [sql`created_at < ${input.to.getTime()}`]),
    ],
    sql` and `,
  )

const rows = async <T>(db: Db, query: RawBuilder<T>) => (await query.execute(db)).rows

/** What the overview answers, as the store's `aggregate` (buckets, shares, top lists, terms). */
export const naiveOverview = async (db: Db, input: AggregateInput & { bucketMs: number; top: number }) => {
  const range = where(input)
  const count = (condition: RawBuilder<unknown>) => sql`sum(case when ${condition} then 1 else 0 end)`
  const [buckets, shares, authors, sources, texts] = await Promise.all([
    rows<Record<string, number>>(
      db,
      sql`select cast(created_at / ${sql.lit(input.bucketMs)} as bigint) as bucket, count(*) as total,
        ${count(sql`sentiment_label = 'negative'`)} as negative, ${count(sql`sentiment_label = 'positive'`)} as positive,
        ${sql.join(EMOTIONS.map((e) => sql`${count(sql`dominant_emotion = ${sql.lit(e)}`)} as ${sql.id(e)}`))}
        from naive_mentions where ${range} group by 1 order by 1`,
    ),
    rows<{ query_id: string; count: number }>(
      db,
      sql`select query_id, count(*) as count from naive_mention_queries where ${where({ ...input, queryId: undefined })}
        group by query_id`,
    ),
    rows<{ key: string; count: number }>(
      db,
      sql`select ${HANDLE} as key, count(*) as count, max(created_at) as last, max(author_followers) as followers
        from naive_mentions where ${range} and ${HANDLE} != 'unknown'
        group by 1 order by count desc, key limit ${sql.lit(input.top)}`,
    ),
    rows<{ key: string; count: number }>(
      db,
      sql`select source as key, count(*) as count from naive_mentions where ${range}
        group by source order by count desc, source limit ${sql.lit(input.top)}`,
    ),
    rows<{ title: string | null; text: string }>(
      db,
      sql`select title, text from naive_mentions where ${range} order by created_at desc limit 5000`,
    ),
  ])
  const { terms, hashtags } = countTerms(texts)
  const counted = (r: { key: string; count: number }): TopCount => ({ key: r.key, count: Number(r.count) })
  return {
    buckets: buckets.map((b) => ({ at: Number(b.bucket) * input.bucketMs, total: Number(b.total) })),
    shares: new Map(shares.map((s) => [s.query_id, Number(s.count)])),
    topAuthors: authors.map(counted),
    topSources: sources.map(counted),
    topTerms: topOf(terms, input.top),
    topHashtags: topOf(hashtags, input.top),
  }
}

const ORDER_KEYS = {
  newest: undefined,
  oldest: undefined,
  reach: sql`coalesce(author_followers, -1)`,
  engagement: sql`coalesce(likes, 0) + coalesce(reposts, 0) + coalesce(replies, 0)`,
}

/** The ids of a page of `listMentions`; a later page is read with OFFSET, as a naive list does. */
export const naiveSearch = async (db: Db, filter: MentionFilter, page = 0) => {
  const conditions = [
    where(filter),
    ...(filter.text ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => sql`lower(coalesce(title, '') || ' ' || text) like ${`%${word.toLowerCase()}%`}`),
    ...(filter.sentiment ? [sql`sentiment_label = ${filter.sentiment}`] : []),
    ...(filter.emotion ? [sql`dominant_emotion = ${filter.emotion}`] : []),
    ...(filter.minReach ? [sql`author_followers >= ${filter.minReach}`] : []),
    ...(filter.author ? [sql`${HANDLE} = ${filter.author.toLowerCase()}`] : []),
    ...(filter.owned === undefined ? [] : [sql`owned = ${filter.owned ? 1 : 0}`]),
  ]
  const key = ORDER_KEYS[filter.sort ?? 'newest']
  const limit = filter.limit ?? 50
  return rows<{ id: string }>(
    db,
    sql`select id from naive_mentions where ${sql.join(conditions, sql` and `)}
      order by ${key ? sql`${key} desc, ` : sql``}created_at desc, id desc
      limit ${sql.lit(limit)} offset ${sql.lit(page * limit)}`,
  )
}
