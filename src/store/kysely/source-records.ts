import type { Kysely, Selectable } from 'kysely'
import { AppError, type SourceDefinition, type SourceHealth, SourceKind } from '../../core/index.ts'
import type { Store } from '../port.ts'
import type { SourceTable, StoreTables } from './schema.ts'

type SourceRow = Selectable<SourceTable>

type SourceRecords = Pick<
  Store,
  | 'listCursors'
  | 'countDeadLetters'
  | 'saveSource'
  | 'listSources'
  | 'getSource'
  | 'deleteSource'
  | 'recordSourceRun'
  | 'listSourceHealth'
>

const toDefinition = (r: SourceRow): SourceDefinition => ({
  id: r.id,
  workspaceId: r.workspace_id,
  kind: SourceKind.parse(r.kind),
  ...(r.url !== null ? { url: r.url } : {}),
  options: JSON.parse(r.options) as Record<string, unknown>,
  everyMs: Number(r.every_ms),
  enabled: Number(r.enabled) === 1,
  createdAt: new Date(Number(r.created_at)),
})

const toHealth = (r: SourceRow): SourceHealth => ({
  sourceId: r.id,
  workspaceId: r.workspace_id,
  ...(r.last_success_at !== null ? { lastSuccessAt: new Date(Number(r.last_success_at)) } : {}),
  ...(r.last_error_at !== null ? { lastErrorAt: new Date(Number(r.last_error_at)) } : {}),
  ...(r.last_error !== null ? { lastError: r.last_error } : {}),
  stored: Number(r.stored),
  rejected: Number(r.rejected),
})

/** The sources page and the runner: declared sources, their health, resume points and rejections. */
export const createSourceRecords = (db: Kysely<StoreTables>): SourceRecords => ({
  async listCursors(workspaceId) {
    const rows = await db
      .selectFrom('cursors')
      .select(['source', 'updated_at'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('source')
      .execute()
    return rows.map((r) => ({ source: r.source, updatedAt: new Date(Number(r.updated_at)) }))
  },
  async countDeadLetters(workspaceId) {
    const rows = await db
      .selectFrom('dead_letters')
      .select((eb) => ['source', eb.fn.countAll().as('count'), eb.fn.max('at').as('last')])
      .where('workspace_id', '=', workspaceId)
      .groupBy('source')
      .orderBy('source')
      .execute()
    return rows.map((r) => ({ source: r.source, count: Number(r.count), lastAt: new Date(Number(r.last)) }))
  },
  async saveSource(s) {
    const row = {
      workspace_id: s.workspaceId,
      id: s.id,
      kind: s.kind,
      url: s.url ?? null,
      options: JSON.stringify(s.options),
      every_ms: s.everyMs,
      enabled: s.enabled ? 1 : 0,
      created_at: s.createdAt.getTime(),
      secret: s.secret ?? null,
    }
    const { workspace_id: _, id: __, ...change } = row
    await db
      .insertInto('sources')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'id']).doUpdateSet(change))
      .execute()
  },
  async listSources(workspaceId) {
    let query = db.selectFrom('sources').selectAll()
    if (workspaceId !== undefined) query = query.where('workspace_id', '=', workspaceId)
    return (await query.orderBy('workspace_id').orderBy('id').execute()).map(toDefinition)
  },
  async getSource(workspaceId, id) {
    const row = await db
      .selectFrom('sources')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst()
    return row && { ...toDefinition(row), ...(row.secret !== null ? { secret: row.secret } : {}) }
  },
  async deleteSource(workspaceId, id) {
    const result = await db
      .deleteFrom('sources')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst()
    if (result.numDeletedRows === 0n)
      throw new AppError('not_found', `no source ${id} in workspace ${workspaceId}`)
  },
  async recordSourceRun(run) {
    const at = run.at.getTime()
    await db
      .updateTable('sources')
      .set((eb) => ({
        ...(run.error === undefined
          ? { last_success_at: at }
          : { last_error_at: at, last_error: run.error.slice(0, 2000) }),
        stored: eb('stored', '+', run.stored),
        rejected: eb('rejected', '+', run.rejected),
      }))
      .where('workspace_id', '=', run.workspaceId)
      .where('id', '=', run.sourceId)
      .execute()
  },
  async listSourceHealth(workspaceId) {
    const rows = await db
      .selectFrom('sources')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute()
    return rows.map(toHealth)
  },
})
