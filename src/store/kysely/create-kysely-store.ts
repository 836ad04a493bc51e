import type { Kysely } from 'kysely'
import type { AnalyzedMention, Clock } from '../../core/index.ts'
import type { Store } from '../port.ts'
import { createAccountRecords } from './account-records.ts'
import { addMentionMetrics } from './add-mention-metrics.ts'
import { aggregateMentions } from './aggregate-mentions.ts'
import { createAlertRecords, type SerialiseAlertWrites } from './alert-records.ts'
import { createCharterRecords } from './charter-records.ts'
import { createCommentRecords } from './comment-records.ts'
import { createCorrectionRecords } from './correction-records.ts'
import { exportMentions } from './export-mentions.ts'
import { createImportBatchRecords } from './import-batch-records.ts'
import { createIncidentRecords } from './incident-records.ts'
import { createInstallationRecords } from './installation-records.ts'
import { checkMentionFilter, listMentions, type SearchCondition } from './list-mentions.ts'
import { fromMentionRow, MENTION_COLUMNS } from './mention-row.ts'
import { mentionVolume } from './mention-volume.ts'
import { createNotificationRuleRecords } from './notification-rule-records.ts'
import { createOwnedAccountRecords } from './owned-account-records.ts'
import { purgeWorkspace } from './purge-workspace.ts'
import { createReplyRecords } from './reply-records.ts'
import { createSaveMentions } from './save-mentions.ts'
import type { StoreTables } from './schema.ts'
import type { SearchIndexHooks } from './search-index-hooks.ts'
import { createSessionRecords } from './session-records.ts'
import { createSourceRecords } from './source-records.ts'
import { createWorkspaceRecords } from './workspace-records.ts'

/** What differs between engines; everything else is the same Kysely code. */
export interface EngineParts {
  db: Kysely<StoreTables>
  migrate(): Promise<void>
  search: SearchCondition
  clock: Clock
  /** where the full-text index is kept apart from the mentions (SQLite): what keeps it in step */
  searchIndex?: SearchIndexHooks
  /** how alert writes commit in the order of their numbers, when the engine does not already (PostgreSQL) */
  serialiseAlertWrites?: SerialiseAlertWrites
  /** before a batch's save transaction: what the engine needs for these mentions (PostgreSQL: their months' partitions) */
  prepareMentions?: (mentions: readonly AnalyzedMention[]) => Promise<void>
}

// findExistingMentionIds binds one parameter per id; stay far below both engines' limits.
const IDS_PER_LOOKUP = 5000

export const createKyselyStore = ({
  db,
  migrate,
  search,
  clock,
  searchIndex,
  serialiseAlertWrites,
  prepareMentions,
}: EngineParts): Store => {
  const list: Store['listMentions'] = async (filter) => {
    if (searchIndex && filter.text?.trim()) await searchIndex.catchUp()
    return listMentions(db, search, filter)
  }
  return {
    migrate,
    async close() {
      await searchIndex?.close()
      await db.destroy()
    },
    ...createWorkspaceRecords(db, clock),
    purgeWorkspace: (workspaceId) => purgeWorkspace(db, workspaceId, searchIndex),
    ...createAlertRecords(db, clock, serialiseAlertWrites),
    ...createCorrectionRecords(db),
    ...createInstallationRecords(db),
    ...createSaveMentions(db, searchIndex, prepareMentions),
    ...createAccountRecords(db),
    ...createSessionRecords(db),
    ...createCommentRecords(db),
    ...createSourceRecords(db),
    ...createOwnedAccountRecords(db),
    addMentionMetrics: addMentionMetrics(db),
    ...createNotificationRuleRecords(db),
    ...createIncidentRecords(db),
    ...createImportBatchRecords(db, clock),
    ...createReplyRecords(db),
    ...createCharterRecords(db),
    async findExistingMentionIds(workspaceId, ids) {
      const found = new Set<string>()
      for (let start = 0; start < ids.length; start += IDS_PER_LOOKUP) {
        const rows = await db
          .selectFrom('mentions')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', ids.slice(start, start + IDS_PER_LOOKUP))
          .execute()
        for (const row of rows) found.add(row.id)
      }
      return found
    },
    async getMention(workspaceId, id) {
      const row = await db
        .selectFrom('mentions')
        .select(MENTION_COLUMNS)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst()
      return row && fromMentionRow(row)
    },
    listMentions: list,
    exportMentions(filter, format) {
      checkMentionFilter(filter)
      return exportMentions(list, filter, format)
    },
    aggregate: (input) => aggregateMentions(db, input),
    async countMentions(workspaceId) {
      const row = await db
        .selectFrom('mentions')
        .select((eb) => eb.fn.countAll().as('count'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow()
      return Number(row.count)
    },
    volume: (input) => mentionVolume(db, input),
  }
}
