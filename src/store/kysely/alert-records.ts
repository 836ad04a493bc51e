import type { Insertable, Kysely, Selectable } from 'kysely'
import { type Alert, type AlertStatus, AppError, type Clock, type Severity } from '../../core/index.ts'
import { truncatePayload } from '../dead-letter-payload.ts'
import { decodeAlertPageToken, encodeAlertPageToken, MAX_PAGE_SIZE } from '../pagination.ts'
import type { DeadLetter, Store } from '../port.ts'
import type { AlertTable, DeadLetterTable, StoreTables } from './schema.ts'

type AlertRecords = Pick<
  Store,
  | 'saveAlert'
  | 'addAlert'
  | 'claimAlertNotification'
  | 'getAlert'
  | 'listAlerts'
  | 'listAlertPage'
  | 'listAlertsStoredAfter'
  | 'setAlertStatus'
  | 'addDeadLetter'
  | 'listDeadLetters'
>

/**
 * Runs an alert's write so that alerts are numbered (`seq`) in the order they commit: SQLite's single writer
 * does that already; PostgreSQL takes a lock for it (numbers are drawn at insert, not at commit).
 */
export type SerialiseAlertWrites = (write: (db: Kysely<StoreTables>) => Promise<void>) => Promise<void>

const DEFAULT_LIST_SIZE = 100
const listSize = (limit: number | undefined) =>
  Math.min(1000, Math.max(1, Math.floor(limit ?? DEFAULT_LIST_SIZE)))

const toAlertRow = (a: Alert): Insertable<AlertTable> => ({
  workspace_id: a.workspaceId,
  id: a.id,
  query_id: a.queryId,
  at: a.at.getTime(),
  kind: a.kind,
  severity: a.severity,
  score: a.score,
  explanation: a.explanation,
  mentions: JSON.stringify(a.mentions),
  status: a.status,
  details: JSON.stringify(a.details),
})

const toAlert = (r: Selectable<AlertTable>): Alert => ({
  id: r.id,
  workspaceId: r.workspace_id,
  queryId: r.query_id,
  at: new Date(r.at),
  kind: r.kind,
  severity: r.severity as Severity,
  score: r.score,
  explanation: r.explanation,
  mentions: JSON.parse(r.mentions) as string[],
  status: r.status as AlertStatus,
  details: JSON.parse(r.details) as Record<string, unknown>,
})

const toDeadLetter = (r: Selectable<DeadLetterTable>): DeadLetter => ({
  id: r.id,
  workspaceId: r.workspace_id,
  source: r.source,
  stage: r.stage,
  reason: r.reason,
  payload: r.payload,
  at: new Date(r.at),
})

/** Alerts (saved again as they evolve, so upserted by id) and dead letters (append only). */
export const createAlertRecords = (
  db: Kysely<StoreTables>,
  clock: Clock,
  serialise: SerialiseAlertWrites = (write) => write(db),
): AlertRecords => ({
  async saveAlert(alert) {
    const { workspace_id, id, ...rest } = toAlertRow(alert)
    // saved again (a status change, a replay) it keeps its number: only a new alert is "stored after"
    await serialise((q) =>
      q
        .insertInto('alerts')
        .values({ workspace_id, id, ...rest })
        .onConflict((oc) => oc.columns(['workspace_id', 'id']).doUpdateSet(rest))
        .execute()
        .then(() => {}),
    )
  },
  async addAlert(alert) {
    let added = false
    await serialise(async (q) => {
      const result = await q
        .insertInto('alerts')
        .values(toAlertRow(alert))
        .onConflict((oc) => oc.columns(['workspace_id', 'id']).doNothing())
        .executeTakeFirst()
      added = Number(result.numInsertedOrUpdatedRows ?? 0) > 0
    })
    return added
  },
  async claimAlertNotification(workspaceId, alertId) {
    const result = await db
      .insertInto('alert_notifications')
      .values({ workspace_id: workspaceId, alert_id: alertId, claimed_at: clock.now().getTime() })
      .onConflict((oc) => oc.columns(['workspace_id', 'alert_id']).doNothing())
      .executeTakeFirst()
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
  },
  async listAlertsStoredAfter({ after, limit }) {
    if (after === undefined) {
      const row = await db
        .selectFrom('alerts')
        .select((eb) => eb.fn.max('seq').as('last'))
        .executeTakeFirst()
      return { items: [], last: Number(row?.last ?? 0) }
    }
    const rows = await db
      .selectFrom('alerts')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(listSize(limit))
      .execute()
    return { items: rows.map(toAlert), last: Number(rows.at(-1)?.seq ?? after) }
  },
  async getAlert(workspaceId, id) {
    const row = await db
      .selectFrom('alerts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row && toAlert(row)
  },
  async listAlerts({ workspaceId, status, limit }) {
    let query = db.selectFrom('alerts').selectAll().where('workspace_id', '=', workspaceId)
    if (status !== undefined) query = query.where('status', '=', status)
    const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(listSize(limit)).execute()
    return rows.map(toAlert)
  },
  async listAlertPage({ workspaceId, status, limit, before }) {
    const size = Math.min(MAX_PAGE_SIZE, listSize(limit))
    const after = before === undefined ? undefined : decodeAlertPageToken(before)
    let query = db.selectFrom('alerts').selectAll().where('workspace_id', '=', workspaceId)
    if (status !== undefined) query = query.where('status', '=', status)
    if (after)
      query = query.where((eb) =>
        eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]),
      )
    // one more than the page: it only says whether there is a next one
    const rows = await query
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(size + 1)
      .execute()
    const items = rows.slice(0, size).map(toAlert)
    const last = items.at(-1)
    return rows.length > size && last
      ? { items, next: encodeAlertPageToken({ at: last.at.getTime(), id: last.id }) }
      : { items }
  },
  async setAlertStatus(workspaceId, id, status) {
    const result = await db
      .updateTable('alerts')
      .set({ status })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n)
      throw new AppError('not_found', `no alert ${id} in workspace ${workspaceId}`)
  },
  async addDeadLetter(letter) {
    await db
      .insertInto('dead_letters')
      .values({
        workspace_id: letter.workspaceId,
        source: letter.source,
        stage: letter.stage,
        reason: letter.reason,
        payload: truncatePayload(letter.payload),
        at: (letter.at ?? clock.now()).getTime(),
      })
      .execute()
  },
  async listDeadLetters({ workspaceId, source, limit }) {
    let query = db.selectFrom('dead_letters').selectAll().where('workspace_id', '=', workspaceId)
    if (source !== undefined) query = query.where('source', '=', source)
    const rows = await query.orderBy('id', 'desc').limit(listSize(limit)).execute()
    return rows.map(toDeadLetter)
  },
})
