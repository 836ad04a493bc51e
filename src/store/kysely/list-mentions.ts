import { type Expression, type Kysely, type SqlBool, sql } from 'kysely'
import type { AnalyzedMention } from '../../core/index.ts'
import { decodePageToken, pageSize, toPage } from '../pagination.ts'
import type { MentionFilter, Page } from '../port.ts'
import { searchWords } from '../search-words.ts'
import { fromMentionRow, MENTION_COLUMNS } from './mention-row.ts'
import type { StoreTables } from './schema.ts'

/**
 * The engine's full-text condition on the mention aliased `m`, for words that each hold a letter or digit,
 * with ligatures spelled out (`searchWords`).
 */
export type SearchCondition = (words: readonly string[]) => Expression<SqlBool>

const positionOf = (m: AnalyzedMention) => ({ createdAt: m.createdAt.getTime(), id: m.id })

/** Newest first, keyset-paginated on (created_at, id) so pages stay stable while mentions arrive. */
export const listMentions = async (
  db: Kysely<StoreTables>,
  search: SearchCondition,
  filter: MentionFilter,
): Promise<Page<AnalyzedMention>> => {
  const limit = pageSize(filter.limit)
  const words = searchWords(filter.text ?? '')
  // Only punctuation can match nothing; a blank search is no search.
  if (words.length === 0 && filter.text?.trim()) return { items: [] }
  const after = filter.before === undefined ? undefined : decodePageToken(filter.before)
  const { queryId } = filter
  // With a query, walk the per-query index (same time and id) and join the mentions.
  const time = sql.ref<number>(queryId === undefined ? 'm.created_at' : 'mq.created_at')
  const id = sql.ref<string>(queryId === undefined ? 'm.id' : 'mq.mention_id')
  const rows = await db
    .selectFrom('mentions as m')
    .select(MENTION_COLUMNS.map((c) => `m.${c}` as const))
    .where('m.workspace_id', '=', filter.workspaceId)
    .$if(queryId !== undefined, (qb) =>
      qb
        .innerJoin('mention_queries as mq', (join) =>
          join.onRef('mq.workspace_id', '=', 'm.workspace_id').onRef('mq.mention_id', '=', 'm.id'),
        )
        .where('mq.query_id', '=', queryId ?? ''),
    )
    .$if(words.length > 0, (qb) => qb.where(search(words)))
    .$if(filter.from !== undefined, (qb) => qb.where(time, '>=', filter.from?.getTime() ?? 0))
    .$if(filter.to !== undefined, (qb) => qb.where(time, '<', filter.to?.getTime() ?? 0))
    .$if(filter.sentiment !== undefined, (qb) => qb.where('m.sentiment_label', '=', filter.sentiment ?? ''))
    .$if(after !== undefined, (qb) =>
      qb.where((eb) => eb(eb.tuple(time, id), '<', eb.tuple(after?.createdAt ?? 0, after?.id ?? ''))),
    )
    .orderBy(time, 'desc')
    .orderBy(id, 'desc')
    .limit(limit + 1)
    .execute()
  return toPage(rows.map(fromMentionRow), limit, positionOf)
}
