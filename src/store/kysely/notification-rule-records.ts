import type { Kysely, Selectable } from 'kysely'
import { AppError, type NotificationRule, NotificationRule as RuleSchema } from '../../core/index.ts'
import type { Store } from '../port.ts'
import type { NotificationRuleTable, StoreTables } from './schema.ts'

type NotificationRuleRecords = Pick<
  Store,
  | 'saveNotificationRule'
  | 'getNotificationRule'
  | 'listNotificationRules'
  | 'deleteNotificationRule'
  | 'setNotificationDigestSent'
>

const toRule = (r: Selectable<NotificationRuleTable>): NotificationRule =>
  RuleSchema.parse({
    id: r.id,
    workspaceId: r.workspace_id,
    name: r.name,
    enabled: Number(r.enabled) === 1,
    trigger: JSON.parse(r.trigger),
    channel: JSON.parse(r.channel),
    groupMinutes: Number(r.group_minutes),
    createdAt: new Date(Number(r.created_at)),
    updatedAt: new Date(Number(r.updated_at)),
    ...(r.last_digest_at === null ? {} : { lastDigestAt: new Date(Number(r.last_digest_at)) }),
  })

const toRow = (rule: NotificationRule): NotificationRuleTable => ({
  workspace_id: rule.workspaceId,
  id: rule.id,
  name: rule.name,
  enabled: rule.enabled ? 1 : 0,
  trigger_kind: rule.trigger.kind,
  trigger: JSON.stringify(rule.trigger),
  channel: JSON.stringify(rule.channel),
  group_minutes: rule.groupMinutes,
  created_at: rule.createdAt.getTime(),
  updated_at: rule.updatedAt.getTime(),
  last_digest_at: rule.lastDigestAt?.getTime() ?? null,
})

/** The workspaces' notification rules: replaced whole on save, listed by id. */
export const createNotificationRuleRecords = (db: Kysely<StoreTables>): NotificationRuleRecords => ({
  async saveNotificationRule(rule) {
    const row = toRow(rule)
    const { workspace_id, id, ...rest } = row
    await db
      .insertInto('notification_rules')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'id']).doUpdateSet(rest))
      .execute()
  },
  async getNotificationRule(workspaceId, id) {
    const row = await db
      .selectFrom('notification_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row && toRule(row)
  },
  async listNotificationRules(input) {
    let q = db.selectFrom('notification_rules').selectAll()
    if (input.workspaceId !== undefined) q = q.where('workspace_id', '=', input.workspaceId)
    if (input.trigger !== undefined) q = q.where('trigger_kind', '=', input.trigger)
    const rows = await q.orderBy('workspace_id').orderBy('id').execute()
    return rows.map(toRule)
  },
  async deleteNotificationRule(workspaceId, id) {
    const result = await db
      .deleteFrom('notification_rules')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst()
    if (Number(result.numDeletedRows) === 0)
      throw new AppError('not_found', `no notification rule ${id} in workspace ${workspaceId}`)
  },
  async setNotificationDigestSent(workspaceId, id, at) {
    await db
      .updateTable('notification_rules')
      .set({ last_digest_at: at.getTime() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute()
  },
})
