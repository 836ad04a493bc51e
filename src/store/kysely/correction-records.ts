import type { Kysely } from 'kysely'
import { AppError, type Lang, type SentimentLabel } from '../../core/index.ts'
import type { SentimentCorrectionRecord, Store } from '../port.ts'
import { moveSentimentCount } from './mention-counts.ts'
import type { CorrectionTable, StoreTables } from './schema.ts'

type CorrectionRecords = Pick<Store, 'saveCorrection' | 'listCorrections' | 'setMentionSentiment'>

const toCorrection = (r: CorrectionTable): SentimentCorrectionRecord => ({
  workspaceId: r.workspace_id,
  mentionId: r.mention_id,
  label: r.label as SentimentLabel,
  text: r.text,
  lang: r.lang as Lang,
  ...(r.corrected_by !== null && { by: r.corrected_by }),
  at: new Date(r.at),
})

/** Analysts' sentiment corrections, and the corrected label written onto the mention itself. */
export const createCorrectionRecords = (db: Kysely<StoreTables>): CorrectionRecords => ({
  async saveCorrection(c) {
    const row: CorrectionTable = {
      workspace_id: c.workspaceId,
      mention_id: c.mentionId,
      label: c.label,
      text: c.text,
      lang: c.lang,
      corrected_by: c.by ?? null,
      at: c.at.getTime(),
    }
    const { workspace_id, mention_id, ...rest } = row
    await db
      .insertInto('corrections')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'mention_id']).doUpdateSet(rest))
      .execute()
  },
  async listCorrections(workspaceId) {
    const rows = await db
      .selectFrom('corrections')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('at')
      .orderBy('mention_id')
      .execute()
    return rows.map(toCorrection)
  },
  async setMentionSentiment(workspaceId, mentionId, sentiment) {
    await db.transaction().execute(async (trx) => {
      // a no-op write first: it locks the mention's row (PostgreSQL) and returns what the counts hold
      const before = await trx
        .updateTable('mentions')
        .set((eb) => ({ sentiment_label: eb.ref('sentiment_label') }))
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', mentionId)
        .returning(['created_at', 'sentiment_label', 'dominant_emotion'])
        .executeTakeFirst()
      if (before === undefined)
        throw new AppError('not_found', `no mention ${mentionId} in workspace ${workspaceId}`)
      await trx
        .updateTable('mentions')
        .set({
          sentiment_label: sentiment.label,
          sentiment_score: sentiment.score,
          sentiment_confidence: sentiment.confidence,
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', mentionId)
        .execute()
      // the per-query rows copy the label so per-query volumes need no join: keep them in step
      await trx
        .updateTable('mention_queries')
        .set({ sentiment_label: sentiment.label })
        .where('workspace_id', '=', workspaceId)
        .where('mention_id', '=', mentionId)
        .execute()
      const counted = {
        workspaceId,
        id: mentionId,
        createdAt: Number(before.created_at),
        sentiment: before.sentiment_label as SentimentLabel,
        dominantEmotion: before.dominant_emotion,
      }
      await moveSentimentCount(trx, counted, sentiment.label)
    })
  },
})
