import type { Kysely } from 'kysely'
import { type ApiTokenRecord, AppError, type SessionRecord } from '../../core/index.ts'
import type { Store } from '../port.ts'
import type { ApiTokenTable, SessionTable, StoreTables } from './schema.ts'

type SessionRecords = Pick<
  Store,
  | 'saveSession'
  | 'getSession'
  | 'deleteSession'
  | 'deleteSessionsOf'
  | 'saveToken'
  | 'findTokenByHash'
  | 'listTokens'
  | 'deleteToken'
  | 'touchToken'
>

const toSession = (r: SessionTable): SessionRecord => ({
  idHash: r.id_hash,
  userId: r.user_id,
  csrf: r.csrf,
  createdAt: new Date(r.created_at),
  expiresAt: new Date(r.expires_at),
})

const toToken = (r: ApiTokenTable): ApiTokenRecord => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  hash: r.hash,
  createdAt: new Date(r.created_at),
  ...(r.last_used_at !== null && { lastUsedAt: new Date(r.last_used_at) }),
})

/** How users prove who they are: browser sessions and API tokens, both kept only as hashes. */
export const createSessionRecords = (db: Kysely<StoreTables>): SessionRecords => ({
  async saveSession(s) {
    const row: SessionTable = {
      id_hash: s.idHash,
      user_id: s.userId,
      csrf: s.csrf,
      created_at: s.createdAt.getTime(),
      expires_at: s.expiresAt.getTime(),
    }
    const { id_hash, ...rest } = row
    await db
      .insertInto('sessions')
      .values(row)
      .onConflict((oc) => oc.column('id_hash').doUpdateSet(rest))
      .execute()
  },
  async getSession(idHash, now) {
    const row = await db
      .selectFrom('sessions')
      .selectAll()
      .where('id_hash', '=', idHash)
      .where('expires_at', '>', now.getTime())
      .executeTakeFirst()
    return row && toSession(row)
  },
  async deleteSession(idHash) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute()
  },
  async deleteSessionsOf(userId) {
    await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
  },
  async saveToken(t) {
    const inserted = await db
      .insertInto('api_tokens')
      .values({
        id: t.id,
        user_id: t.userId,
        name: t.name,
        hash: t.hash,
        created_at: t.createdAt.getTime(),
        last_used_at: t.lastUsedAt?.getTime() ?? null,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!inserted) throw new AppError('conflict', `a token with the id ${t.id} or the same hash exists`)
  },
  async findTokenByHash(hash) {
    const row = await db.selectFrom('api_tokens').selectAll().where('hash', '=', hash).executeTakeFirst()
    return row && toToken(row)
  },
  async listTokens(userId) {
    const rows = await db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    return rows.map(toToken)
  },
  async deleteToken(userId, id) {
    const result = await db
      .deleteFrom('api_tokens')
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .executeTakeFirst()
    if (result.numDeletedRows === 0n) throw new AppError('not_found', `user ${userId} has no token ${id}`)
  },
  async touchToken(id, at) {
    await db.updateTable('api_tokens').set({ last_used_at: at.getTime() }).where('id', '=', id).execute()
  },
})
