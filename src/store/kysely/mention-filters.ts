import { type Expression, expressionBuilder, type SqlBool, sql } from 'kysely'
import { AppError, CAUSES, EMOTIONS, type EmotionName, Lang } from '../../core/index.ts'
import type { MentionFilter } from '../port.ts'
import type { StoreTables } from './schema.ts'

type M = { m: StoreTables['mentions'] }
const eb = expressionBuilder<M, 'm'>()

/**
 * True when `emotion` is the mention's dominant one (highest score, ties to the first in `EMOTIONS` order,
 * at least `DOMINANT_EMOTION_MIN`): the column the engine computes (migration 0008), shared by the emotion
 * filter and the aggregates.
 */
export const isDominantEmotion = (emotion: EmotionName): Expression<SqlBool> => {
  if (!EMOTIONS.includes(emotion)) throw new AppError('invalid', `not an emotion: ${String(emotion)}`)
  return eb('m.dominant_emotion', '=', emotion)
}

/** The handle as the author filter compares it: no leading `@`, lower case; an index holds the same. */
export const comparableHandle = sql<string>`lower(ltrim(${sql.ref('m.author_handle')}, '@'))`

const checkMinReach = (minReach: number) => {
  if (!Number.isFinite(minReach) || minReach < 0)
    throw new AppError('invalid', 'minReach must be a number of followers, 0 or more')
}

const checkChoices = (filter: MentionFilter) => {
  if (filter.lang !== undefined && !Lang.options.includes(filter.lang))
    throw new AppError('invalid', `not a language: ${filter.lang}`)
  if (filter.cause !== undefined && !CAUSES.includes(filter.cause))
    throw new AppError('invalid', `not a cause: ${filter.cause}`)
}

/**
 * The conditions on the mention aliased `m` of the filter's fields other than the workspace, the query,
 * the text, the time range and the page (those shape the query itself: list-mentions.ts).
 */
export const mentionConditions = (filter: MentionFilter): Expression<SqlBool>[] => {
  checkChoices(filter)
  const conditions: Expression<SqlBool>[] = []
  if (filter.sentiment !== undefined) conditions.push(eb('m.sentiment_label', '=', filter.sentiment))
  if (filter.source !== undefined) conditions.push(eb('m.source', '=', filter.source))
  if (filter.lang !== undefined) conditions.push(eb('m.lang', '=', filter.lang))
  if (filter.cause !== undefined) conditions.push(eb('m.cause', '=', filter.cause))
  if (filter.owned !== undefined) conditions.push(eb('m.owned', '=', filter.owned ? 1 : 0))
  if (filter.emotion !== undefined) conditions.push(isDominantEmotion(filter.emotion))
  if (filter.author !== undefined) {
    conditions.push(eb(comparableHandle, '=', sql<string>`lower(ltrim(${filter.author}, '@'))`))
  }
  if (filter.minReach !== undefined) {
    checkMinReach(filter.minReach)
    // null (unknown reach) fails any comparison: it passes only when no reach is asked for
    if (filter.minReach > 0) conditions.push(eb('m.author_followers', '>=', filter.minReach))
  }
  return conditions
}
