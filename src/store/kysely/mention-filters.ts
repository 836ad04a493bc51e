import { type Expression, type SqlBool, sql } from 'kysely'
import { AppError, CAUSES, EMOTIONS, Lang } from '../../core/index.ts'
import type { MentionFilter } from '../port.ts'

/**
 * Which rows the conditions read: the mention (`m`), or its per-query row (`mq`), which carries a copy of
 * every column a filter reads, under the same names (migration 0009).
 */
export type FilteredAlias = 'm' | 'mq'

/** The handle as the author filter compares it: no leading `@`, lower case; an index holds the same. */
export const comparableHandleOf = (alias: FilteredAlias) =>
  sql<string>`lower(ltrim(${sql.ref(`${alias}.author_handle`)}, '@'))`
export const comparableHandle = comparableHandleOf('m')

const checkMinReach = (minReach: number) => {
  if (!Number.isFinite(minReach) || minReach < 0)
    throw new AppError('invalid', 'minReach must be a number of followers, 0 or more')
}

const checkChoices = (filter: MentionFilter) => {
  if (filter.lang !== undefined && !Lang.options.includes(filter.lang))
    throw new AppError('invalid', `not a language: ${filter.lang}`)
  if (filter.cause !== undefined && !CAUSES.includes(filter.cause))
    throw new AppError('invalid', `not a cause: ${filter.cause}`)
  if (filter.emotion !== undefined && !EMOTIONS.includes(filter.emotion))
    throw new AppError('invalid', `not an emotion: ${String(filter.emotion)}`)
  if (filter.minReach !== undefined) checkMinReach(filter.minReach)
}

/**
 * The conditions of the filter's fields other than the workspace, the query, the text, the time range and
 * the page (those shape the query itself: list-mentions.ts), on the rows aliased `alias`. The emotion is the
 * dominant one (highest score, ties to the first in `EMOTIONS` order, at least `DOMINANT_EMOTION_MIN`): a
 * column the engine computes on the mention (migration 0008), copied into the per-query rows.
 */
export const mentionConditions = (
  filter: MentionFilter,
  alias: FilteredAlias = 'm',
): Expression<SqlBool>[] => {
  checkChoices(filter)
  const equal = (column: string, value: unknown) => sql<SqlBool>`${sql.ref(`${alias}.${column}`)} = ${value}`
  const conditions: Expression<SqlBool>[] = []
  if (filter.sentiment !== undefined) conditions.push(equal('sentiment_label', filter.sentiment))
  if (filter.source !== undefined) conditions.push(equal('source', filter.source))
  if (filter.lang !== undefined) conditions.push(equal('lang', filter.lang))
  if (filter.cause !== undefined) conditions.push(equal('cause', filter.cause))
  if (filter.owned !== undefined) conditions.push(equal('owned', filter.owned ? 1 : 0))
  if (filter.emotion !== undefined) conditions.push(equal('dominant_emotion', filter.emotion))
  if (filter.author !== undefined)
    conditions.push(sql<SqlBool>`${comparableHandleOf(alias)} = lower(ltrim(${filter.author}, '@'))`)
  // null (unknown reach) fails any comparison: it passes only when no reach is asked for
  if (filter.minReach !== undefined && filter.minReach > 0)
    conditions.push(sql<SqlBool>`${sql.ref(`${alias}.author_followers`)} >= ${filter.minReach}`)
  return conditions
}
