import type { Kysely, Selectable } from 'kysely'
import { type AlertComment, AppError } from '../../core/index.ts'
import type { Store } from '../port.ts'
import type { AlertCommentTable, StoreTables } from './schema.ts'

type CommentRecords = Pick<Store, 'addAlertComment' | 'listAlertComments'>

const toComment = (r: Selectable<AlertCommentTable>): AlertComment => ({
  id: r.id,
  workspaceId: r.workspace_id,
  alertId: r.alert_id,
  userId: r.user_id,
  text: r.text,
  at: new Date(r.at),
})

/** The team's comments on alerts: append only, gone with the workspace's alerts when it is purged. */
export const createCommentRecords = (db: Kysely<StoreTables>): CommentRecords => ({
  addAlertComment: (comment) =>
    db.transaction().execute(async (trx) => {
      const alert = await trx
        .selectFrom('alerts')
        .select('id')
        .where('workspace_id', '=', comment.workspaceId)
        .where('id', '=', comment.alertId)
        .executeTakeFirst()
      if (!alert)
        throw new AppError('not_found', `no alert ${comment.alertId} in workspace ${comment.workspaceId}`)
      const { id } = await trx
        .insertInto('alert_comments')
        .values({
          workspace_id: comment.workspaceId,
          alert_id: comment.alertId,
          user_id: comment.userId,
          text: comment.text,
          at: comment.at.getTime(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const { workspaceId, alertId, userId, text, at } = comment
      return { id: Number(id), workspaceId, alertId, userId, text, at }
    }),
  async listAlertComments(workspaceId, alertId) {
    const rows = await db
      .selectFrom('alert_comments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('alert_id', '=', alertId)
      .orderBy('at')
      .orderBy('id')
      .execute()
    return rows.map(toComment)
  },
})
