import type { Kysely, Selectable } from 'kysely'
import { ApprovalChain, AuditEntry, Drill, Publisher, PublishingPause, ReplyDraft } from '../../core/index.ts'
import type { Store } from '../port.ts'
import type { DrillTable, PublisherTable, ReplyAuditTable, StoreTables } from './schema.ts'

type ReplyRecords = Pick<
  Store,
  | 'saveReplyDraft'
  | 'getReplyDraft'
  | 'listReplyDrafts'
  | 'getApprovalChain'
  | 'saveApprovalChain'
  | 'addAuditEntries'
  | 'listAuditEntries'
  | 'listDueReplyDrafts'
  | 'savePublisher'
  | 'listPublishers'
  | 'getPublisher'
  | 'deletePublisher'
  | 'getPublishingPause'
  | 'setPublishingPause'
  | 'saveDrill'
  | 'getDrill'
  | 'listDrills'
>

const toDrill = (r: Selectable<DrillTable>): Drill =>
  Drill.parse({
    workspaceId: r.workspace_id,
    sourceWorkspaceId: r.source_workspace_id,
    scenario: r.scenario,
    startedAt: new Date(Number(r.started_at)),
    startedBy: r.started_by,
    onsetAt: new Date(Number(r.onset_at)),
    speed: Number(r.speed),
    endedAt: r.ended_at === null ? null : new Date(Number(r.ended_at)),
  })

const toPublisher = (r: Selectable<PublisherTable>): Publisher =>
  Publisher.parse({
    id: r.id,
    workspaceId: r.workspace_id,
    kind: r.kind,
    name: r.name,
    url: r.url,
    handle: r.handle,
    secretEnv: r.secret_env,
    createdAt: new Date(Number(r.created_at)),
  })

const toAudit = (r: Selectable<ReplyAuditTable>): AuditEntry =>
  AuditEntry.parse({
    id: Number(r.id),
    workspaceId: r.workspace_id,
    incidentId: r.incident_id,
    draftId: r.draft_id,
    at: new Date(Number(r.at)),
    userId: r.user_id,
    action: r.action,
    revision: r.revision === null ? null : Number(r.revision),
    detail: JSON.parse(r.detail),
  })

/** Replies drafted in the crisis room (saved whole, guarded by their save count), chains and the audit trail. */
export const createReplyRecords = (db: Kysely<StoreTables>): ReplyRecords => ({
  async saveReplyDraft(draft) {
    const row = {
      workspace_id: draft.workspaceId,
      id: draft.id,
      incident_id: draft.incidentId,
      state: draft.state,
      created_at: draft.createdAt.getTime(),
      changes: draft.changes,
      publish_at: draft.state === 'approved' ? (draft.schedule?.at.getTime() ?? null) : null,
      draft: JSON.stringify(draft),
    }
    if (draft.changes === 1) {
      const r = await db
        .insertInto('reply_drafts')
        .values(row)
        .onConflict((oc) => oc.columns(['workspace_id', 'id']).doNothing())
        .executeTakeFirst()
      return Number(r.numInsertedOrUpdatedRows ?? 0) === 1
    }
    const r = await db
      .updateTable('reply_drafts')
      .set({ state: row.state, changes: row.changes, publish_at: row.publish_at, draft: row.draft })
      .where('workspace_id', '=', draft.workspaceId)
      .where('id', '=', draft.id)
      .where('changes', '=', draft.changes - 1)
      .executeTakeFirst()
    return Number(r.numUpdatedRows) === 1
  },
  async getReplyDraft(workspaceId, id) {
    const row = await db
      .selectFrom('reply_drafts')
      .select('draft')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row && ReplyDraft.parse(JSON.parse(row.draft))
  },
  async listReplyDrafts(workspaceId, incidentId) {
    const rows = await db
      .selectFrom('reply_drafts')
      .select('draft')
      .where('workspace_id', '=', workspaceId)
      .where('incident_id', '=', incidentId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    return rows.map((r) => ReplyDraft.parse(JSON.parse(r.draft)))
  },
  async getApprovalChain(workspaceId) {
    const row = await db
      .selectFrom('approval_chains')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst()
    return (
      row &&
      ApprovalChain.parse({
        workspaceId: row.workspace_id,
        steps: JSON.parse(row.steps),
        updatedAt: row.updated_at === null ? null : new Date(Number(row.updated_at)),
        updatedBy: row.updated_by,
      })
    )
  },
  async saveApprovalChain(chain) {
    const values = {
      steps: JSON.stringify(chain.steps),
      updated_at: chain.updatedAt?.getTime() ?? null,
      updated_by: chain.updatedBy,
    }
    await db
      .insertInto('approval_chains')
      .values({ workspace_id: chain.workspaceId, ...values })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
      .execute()
  },
  async addAuditEntries(entries) {
    if (entries.length === 0) return
    await db
      .insertInto('reply_audit')
      .values(
        entries.map((e) => ({
          workspace_id: e.workspaceId,
          incident_id: e.incidentId,
          draft_id: e.draftId,
          at: e.at.getTime(),
          user_id: e.userId,
          action: e.action,
          revision: e.revision,
          detail: JSON.stringify(e.detail),
        })),
      )
      .execute()
  },
  async listAuditEntries({ workspaceId, incidentId, draftId }) {
    let q = db.selectFrom('reply_audit').selectAll().where('workspace_id', '=', workspaceId)
    if (incidentId !== undefined) q = q.where('incident_id', '=', incidentId)
    if (draftId !== undefined) q = q.where('draft_id', '=', draftId)
    return (await q.orderBy('id').execute()).map(toAudit)
  },
  async listDueReplyDrafts(until, limit = 100) {
    const rows = await db
      .selectFrom('reply_drafts')
      .select('draft')
      .where('publish_at', 'is not', null)
      .where('publish_at', '<=', until.getTime())
      .orderBy('publish_at')
      .orderBy('workspace_id')
      .orderBy('id')
      .limit(limit)
      .execute()
    return rows.map((r) => ReplyDraft.parse(JSON.parse(r.draft)))
  },
  async savePublisher(p) {
    const values = {
      kind: p.kind,
      name: p.name,
      url: p.url,
      handle: p.handle,
      secret_env: p.secretEnv,
      created_at: p.createdAt.getTime(),
    }
    await db
      .insertInto('publishers')
      .values({ workspace_id: p.workspaceId, id: p.id, ...values })
      .onConflict((oc) => oc.columns(['workspace_id', 'id']).doUpdateSet(values))
      .execute()
  },
  async listPublishers(workspaceId) {
    const rows = await db
      .selectFrom('publishers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute()
    return rows.map(toPublisher)
  },
  async getPublisher(workspaceId, id) {
    const row = await db
      .selectFrom('publishers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row && toPublisher(row)
  },
  async deletePublisher(workspaceId, id) {
    const r = await db
      .deleteFrom('publishers')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst()
    return Number(r.numDeletedRows) === 1
  },
  async getPublishingPause(workspaceId) {
    const row = await db
      .selectFrom('publishing_pauses')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst()
    return (
      row &&
      PublishingPause.parse({
        workspaceId: row.workspace_id,
        since: new Date(Number(row.since)),
        by: row.paused_by,
        reason: row.reason,
      })
    )
  },
  async setPublishingPause(workspaceId, pause) {
    if (pause === null) {
      await db.deleteFrom('publishing_pauses').where('workspace_id', '=', workspaceId).execute()
      return
    }
    const values = { since: pause.since.getTime(), paused_by: pause.by, reason: pause.reason }
    await db
      .insertInto('publishing_pauses')
      .values({ workspace_id: workspaceId, ...values })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
      .execute()
  },
  async saveDrill(d) {
    const values = {
      source_workspace_id: d.sourceWorkspaceId,
      scenario: d.scenario,
      started_at: d.startedAt.getTime(),
      started_by: d.startedBy,
      onset_at: d.onsetAt.getTime(),
      speed: d.speed,
      ended_at: d.endedAt?.getTime() ?? null,
    }
    await db
      .insertInto('drills')
      .values({ workspace_id: d.workspaceId, ...values })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
      .execute()
  },
  async getDrill(workspaceId) {
    const row = await db
      .selectFrom('drills')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst()
    return row && toDrill(row)
  },
  async listDrills(sourceWorkspaceId) {
    const rows = await db
      .selectFrom('drills')
      .selectAll()
      .where('source_workspace_id', '=', sourceWorkspaceId)
      .orderBy('started_at', 'desc')
      .execute()
    return rows.map(toDrill)
  },
})
