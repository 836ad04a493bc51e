import type { Kysely } from 'kysely'
import type { BrandQuery, Clock, Workspace } from '../../core/index.ts'
import type { Store } from '../port.ts'
import type { StoreTables } from './schema.ts'

type WorkspaceRecords = Pick<
  Store,
  | 'upsertWorkspace'
  | 'listWorkspaces'
  | 'getWorkspace'
  | 'upsertQuery'
  | 'listQueries'
  | 'deleteQuery'
  | 'getCursor'
  | 'setCursor'
>

const toWorkspace = (r: StoreTables['workspaces']): Workspace => ({
  id: r.id,
  name: r.name,
  createdAt: new Date(r.created_at),
  language: r.language === 'fr' ? 'fr' : 'en',
})

const toQuery = (r: StoreTables['queries']): BrandQuery => ({
  id: r.id,
  workspaceId: r.workspace_id,
  brand: r.brand,
  query: r.query,
  owned: JSON.parse(r.owned) as string[],
})

/** Workspaces, their brand queries and the connectors' cursors: small tables, plain upserts. */
export const createWorkspaceRecords = (db: Kysely<StoreTables>, clock: Clock): WorkspaceRecords => ({
  async upsertWorkspace(ws) {
    const row = {
      id: ws.id,
      name: ws.name,
      created_at: ws.createdAt.getTime(),
      language: ws.language ?? 'en',
    }
    await db
      .insertInto('workspaces')
      .values(row)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({ name: row.name, created_at: row.created_at, language: row.language }),
      )
      .execute()
  },
  async listWorkspaces() {
    return (await db.selectFrom('workspaces').selectAll().orderBy('id').execute()).map(toWorkspace)
  },
  async getWorkspace(id) {
    const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst()
    return row && toWorkspace(row)
  },
  async upsertQuery(q) {
    const row = {
      workspace_id: q.workspaceId,
      id: q.id,
      brand: q.brand,
      query: q.query,
      owned: JSON.stringify(q.owned),
    }
    await db
      .insertInto('queries')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'id'])
          .doUpdateSet({ brand: row.brand, query: row.query, owned: row.owned }),
      )
      .execute()
  },
  async listQueries(workspaceId) {
    let query = db.selectFrom('queries').selectAll()
    if (workspaceId !== undefined) query = query.where('workspace_id', '=', workspaceId)
    return (await query.orderBy('workspace_id').orderBy('id').execute()).map(toQuery)
  },
  async deleteQuery(workspaceId, id) {
    await db.deleteFrom('queries').where('workspace_id', '=', workspaceId).where('id', '=', id).execute()
  },
  async getCursor(workspaceId, source) {
    const row = await db
      .selectFrom('cursors')
      .select('cursor')
      .where('workspace_id', '=', workspaceId)
      .where('source', '=', source)
      .executeTakeFirst()
    return row?.cursor
  },
  async setCursor(workspaceId, source, cursor) {
    const row = { workspace_id: workspaceId, source, cursor, updated_at: clock.now().getTime() }
    await db
      .insertInto('cursors')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'source']).doUpdateSet({ cursor, updated_at: row.updated_at }),
      )
      .execute()
  },
})
