import type { Kysely, Selectable } from 'kysely'
import { AppError, Charter } from '../../core/index.ts'
import type { Store } from '../port.ts'
import type { CharterTable, StoreTables } from './schema.ts'

type CharterRecords = Pick<Store, 'saveCharter' | 'getCharter' | 'listCharterVersions'>

const toCharter = (r: Selectable<CharterTable>): Charter =>
  Charter.parse({
    workspaceId: r.workspace_id,
    version: Number(r.version),
    clauses: JSON.parse(r.clauses),
    confidentialTerms: JSON.parse(r.confidential_terms),
    updatedAt: new Date(Number(r.updated_at)),
    updatedBy: r.updated_by,
  })

// both engines report a duplicate key with their own code: SQLite's constraint error, PostgreSQL's 23505
const isDuplicate = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT'
}

/** Charters, one immutable row per version: a save never changes an older version. */
export const createCharterRecords = (db: Kysely<StoreTables>): CharterRecords => ({
  async saveCharter(input) {
    const latest = await db
      .selectFrom('charters')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('workspace_id', '=', input.workspaceId)
      .executeTakeFirst()
    const version = Number(latest?.version ?? 0) + 1
    const charter = Charter.parse({ ...input, version, updatedAt: input.updatedAt ?? new Date() })
    try {
      await db
        .insertInto('charters')
        .values({
          workspace_id: charter.workspaceId,
          version,
          clauses: JSON.stringify(charter.clauses),
          confidential_terms: JSON.stringify(charter.confidentialTerms),
          updated_at: charter.updatedAt!.getTime(),
          updated_by: charter.updatedBy,
        })
        .execute()
    } catch (error) {
      if (isDuplicate(error))
        throw new AppError('conflict', `the charter of ${input.workspaceId} was changed meanwhile: reload it`)
      throw error
    }
    return charter
  },
  async getCharter(workspaceId, version) {
    let q = db.selectFrom('charters').selectAll().where('workspace_id', '=', workspaceId)
    if (version !== undefined) q = q.where('version', '=', version)
    const row = await q.orderBy('version', 'desc').limit(1).executeTakeFirst()
    return row && toCharter(row)
  },
  async listCharterVersions(workspaceId) {
    const rows = await db
      .selectFrom('charters')
      .select(['version', 'updated_at', 'updated_by'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('version', 'desc')
      .execute()
    return rows.map((r) => ({
      version: Number(r.version),
      updatedAt: new Date(Number(r.updated_at)),
      updatedBy: r.updated_by,
    }))
  },
})
