import { type RawBuilder, sql } from 'kysely'
import { type AnalyzedMention, AppError } from '../../core/index.ts'
import type { PagePosition } from '../pagination.ts'
import { MENTION_SORTS, type MentionSort } from '../port.ts'
import type { FilteredAlias } from './mention-filters.ts'

/** How one order sorts: an optional number first, then (created_at, id), all the same direction. */
export interface MentionOrder {
  direction: 'asc' | 'desc'
  /** the number sorted on before time, as SQL on the rows aliased `m` or `mq`, and as read from a mention */
  key?: { sql: (alias: FilteredAlias) => RawBuilder<number>; of: (m: AnalyzedMention) => number }
}

// Literals, not parameters, and written as the indexes of migrations 0008 (mentions) and 0009 (per-query
// rows) are, so that the engines use them.
const column = (alias: FilteredAlias, name: string) => sql.ref(`${alias}.${name}`)
const REACH = (alias: FilteredAlias) => sql<number>`coalesce(${column(alias, 'author_followers')}, -1)`
const ENGAGEMENT = (alias: FilteredAlias) =>
  sql<number>`coalesce(${column(alias, 'likes')}, 0) + coalesce(${column(alias, 'reposts')}, 0) + coalesce(${column(alias, 'replies')}, 0)`

const ORDERS: Record<MentionSort, MentionOrder> = {
  newest: { direction: 'desc' },
  oldest: { direction: 'asc' },
  // unknown reach (null) sorts as -1: after every known one, even 0
  reach: { direction: 'desc', key: { sql: REACH, of: (m) => m.author.followers ?? -1 } },
  engagement: {
    direction: 'desc',
    key: {
      sql: ENGAGEMENT,
      of: ({ metrics }) => (metrics ? metrics.likes + metrics.reposts + metrics.replies : 0),
    },
  },
}

export const mentionOrder = (sort: MentionSort = 'newest'): MentionOrder => {
  if (!MENTION_SORTS.includes(sort)) throw new AppError('invalid', `not an order of mentions: ${sort}`)
  return ORDERS[sort]
}

/** Where a page ending on this mention stopped, in this order. */
export const positionIn =
  (order: MentionOrder) =>
  (m: AnalyzedMention): PagePosition => ({
    createdAt: m.createdAt.getTime(),
    id: m.id,
    ...(order.key && { key: order.key.of(m) }),
  })
