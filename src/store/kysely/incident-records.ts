import type { Kysely, Selectable } from 'kysely'
import { AppError, Incident, type TimelineEntry, TimelineKind } from '../../core/index.ts'
import type { Store } from '../port.ts'
import type { IncidentTable, IncidentTimelineTable, StoreTables } from './schema.ts'

type IncidentRecords = Pick<
  Store,
  'saveIncident' | 'getIncident' | 'listIncidents' | 'addTimelineEntries' | 'listTimeline'
>

const toIncident = (r: Selectable<IncidentTable>): Incident =>
  Incident.parse({
    id: r.id,
    workspaceId: r.workspace_id,
    queryId: r.query_id,
    title: r.title,
    state: r.state,
    ownerId: r.owner_id,
    openedAt: new Date(Number(r.opened_at)),
    openedBy: r.opened_by,
    closedAt: r.closed_at === null ? null : new Date(Number(r.closed_at)),
    alertIds: JSON.parse(r.alert_ids),
    facts: JSON.parse(r.facts),
    posture: r.posture,
  })

const toRow = (i: Incident): IncidentTable => ({
  workspace_id: i.workspaceId,
  id: i.id,
  query_id: i.queryId,
  title: i.title,
  state: i.state,
  owner_id: i.ownerId,
  opened_at: i.openedAt.getTime(),
  opened_by: i.openedBy,
  closed_at: i.closedAt?.getTime() ?? null,
  alert_ids: JSON.stringify(i.alertIds),
  facts: JSON.stringify(i.facts),
  posture: i.posture,
})

const toEntry = (r: Selectable<IncidentTimelineTable>): TimelineEntry => ({
  id: Number(r.id),
  workspaceId: r.workspace_id,
  incidentId: r.incident_id,
  at: new Date(Number(r.at)),
  kind: TimelineKind.parse(r.kind),
  text: r.text,
  mentionId: r.mention_id,
  alertId: r.alert_id,
  userId: r.user_id,
})

/** The crisis room's incidents (replaced whole on save) and their append-only timelines. */
export const createIncidentRecords = (db: Kysely<StoreTables>): IncidentRecords => ({
  async saveIncident(incident) {
    const row = toRow(incident)
    const { workspace_id, id, ...rest } = row
    await db
      .insertInto('incidents')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'id']).doUpdateSet(rest))
      .execute()
  },
  async getIncident(workspaceId, id) {
    const row = await db
      .selectFrom('incidents')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row && toIncident(row)
  },
  async listIncidents({ workspaceId, state, limit = 200 }) {
    let q = db.selectFrom('incidents').selectAll().where('workspace_id', '=', workspaceId)
    if (state) q = q.where('state', '=', state)
    const rows = await q.orderBy('opened_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
    return rows.map(toIncident)
  },
  async addTimelineEntries(entries) {
    if (entries.length === 0) return []
    return db.transaction().execute(async (trx) => {
      const { workspaceId, incidentId } = entries[0]!
      if (entries.some((e) => e.workspaceId !== workspaceId || e.incidentId !== incidentId))
        throw new AppError('invalid', 'timeline entries are added to one incident at a time')
      const incident = await trx
        .selectFrom('incidents')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', incidentId)
        .executeTakeFirst()
      if (!incident) throw new AppError('not_found', `no incident ${incidentId} in workspace ${workspaceId}`)
      const saved: TimelineEntry[] = []
      for (const e of entries) {
        const { id } = await trx
          .insertInto('incident_timeline')
          .values({
            workspace_id: e.workspaceId,
            incident_id: e.incidentId,
            at: e.at.getTime(),
            kind: e.kind,
            text: e.text,
            mention_id: e.mentionId,
            alert_id: e.alertId,
            user_id: e.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        saved.push({ ...e, id: Number(id) })
      }
      return saved
    })
  },
  async listTimeline(workspaceId, incidentId) {
    const rows = await db
      .selectFrom('incident_timeline')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('incident_id', '=', incidentId)
      .orderBy('at')
      .orderBy('id')
      .execute()
    return rows.map(toEntry)
  },
})
