import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely'
import type { AnalyzedMention } from '../../core/index.ts'
import { decodePageToken, type PagePosition, pageSize, toPage } from '../pagination.ts'
import type { MentionFilter, Page } from '../port.ts'
import { searchWords } from '../search-words.ts'
import { mentionConditions } from './mention-filters.ts'
import { type MentionOrder, mentionOrder, positionIn } from './mention-order.ts'
import { fromMentionRow, MENTION_COLUMNS } from './mention-row.ts'
import type { StoreTables } from './schema.ts'

/**
 * The engine's full-text condition on the mention aliased `m`, for words that each hold a letter or digit,
 * with ligatures spelled out (`searchWords`).
 */
export type SearchCondition = (words: readonly string[]) => Expression<SqlBool>

/** Refuses a filter `listMentions` would refuse, before anything is read. */
export const checkMentionFilter = (filter: MentionFilter): void => {
  const sort = filter.sort ?? 'newest'
  mentionOrder(sort)
  searchWords(filter.text ?? '')
  mentionConditions(filter)
  if (filter.before !== undefined) decodePageToken(filter.before, sort)
}

/**
 * A page in the filter's order, keyset-paginated on (sort key, created_at, id) so pages stay stable while
 * mentions arrive.
 */
export const listMentions = async (
  db: Kysely<StoreTables>,
  search: SearchCondition,
  filter: MentionFilter,
): Promise<Page<AnalyzedMention>> => {
  const limit = pageSize(filter.limit)
  const words = searchWords(filter.text ?? '')
  // Only punctuation can match nothing; a blank search is no search.
  if (words.length === 0 && filter.text?.trim()) return { items: [] }
  const sort = filter.sort ?? 'newest'
  const order = mentionOrder(sort)
  const after = filter.before === undefined ? undefined : decodePageToken(filter.before, sort)
  const { queryId } = filter
  // With a query, its rows drive: they carry every filtered and ordered column (migration 0009), so that
  // only the page's mentions are joined
  const alias = queryId === undefined ? 'm' : 'mq'
  const time = sql.ref<number>(`${alias}.created_at`)
  const id = sql.ref<string>(queryId === undefined ? 'm.id' : 'mq.mention_id')
  const key = order.key?.sql(alias)
  const conditions = mentionConditions(filter, alias)
  const rows = await db
    .selectFrom('mentions as m')
    .select(MENTION_COLUMNS.map((c) => `m.${c}` as const))
    .where('m.workspace_id', '=', filter.workspaceId)
    .$if(queryId !== undefined, (qb) =>
      qb
        .innerJoin('mention_queries as mq', (join) =>
          join.onRef('mq.workspace_id', '=', 'm.workspace_id').onRef('mq.mention_id', '=', 'm.id'),
        )
        .where('mq.workspace_id', '=', filter.workspaceId)
        .where('mq.query_id', '=', queryId ?? ''),
    )
    .$if(words.length > 0, (qb) => qb.where(search(words)))
    .$if(filter.from !== undefined, (qb) => qb.where(time, '>=', filter.from?.getTime() ?? 0))
    .$if(filter.to !== undefined, (qb) => qb.where(time, '<', filter.to?.getTime() ?? 0))
    .$if(conditions.length > 0, (qb) => qb.where((eb) => eb.and(conditions)))
    .$if(after !== undefined, (qb) => qb.where(afterPosition(order.direction, key, time, id, after)))
    .$if(key !== undefined, (qb) => qb.orderBy(key ?? sql.lit(0), order.direction))
    .orderBy(time, order.direction)
    .orderBy(id, order.direction)
    .limit(limit + 1)
    .execute()
  return toPage(rows.map(fromMentionRow), limit, positionIn(order), sort)
}

/** The rows after `at` in this order: the keyset condition, one row-value comparison. */
const afterPosition = (
  direction: MentionOrder['direction'],
  key: RawBuilder<number> | undefined,
  time: Expression<number>,
  id: Expression<string>,
  at: PagePosition | undefined,
): Expression<SqlBool> => {
  const op = direction === 'desc' ? '<' : '>'
  const position = at ?? { createdAt: 0, id: '' }
  return sql<SqlBool>`(${sql.join([...(key ? [key] : []), time, id])}) ${sql.raw(op)} (${sql.join([
    ...(key ? [position.key ?? 0] : []),
    position.createdAt,
    position.id,
  ])})`
}
