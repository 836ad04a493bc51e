import type { Kysely } from 'kysely'
import { AppError, type Membership, type Role, type UserRecord } from '../../core/index.ts'
import type { Store } from '../port.ts'
import type { StoreTables, UserTable } from './schema.ts'

type AccountRecords = Pick<
  Store,
  | 'createUser'
  | 'updateUser'
  | 'getUser'
  | 'findUserByEmail'
  | 'listUsers'
  | 'countUsers'
  | 'setMembership'
  | 'removeMembership'
  | 'listMemberships'
>

const toUserRow = (u: UserRecord): UserTable => ({
  id: u.id,
  email: u.email.toLowerCase(),
  name: u.name,
  admin: u.admin ? 1 : 0,
  language: u.language ?? null,
  created_at: u.createdAt.getTime(),
  password_hash: u.passwordHash ?? null,
})

const toUser = (r: UserTable): UserRecord => ({
  id: r.id,
  email: r.email,
  name: r.name,
  admin: r.admin === 1,
  ...(r.language !== null && { language: r.language === 'fr' ? 'fr' : 'en' }),
  createdAt: new Date(r.created_at),
  ...(r.password_hash !== null && { passwordHash: r.password_hash }),
})

const toMembership = (r: StoreTables['memberships']): Membership => ({
  userId: r.user_id,
  workspaceId: r.workspace_id,
  role: r.role as Role,
})

/** Users (emails kept lowercase, so unique in any case) and their roles in workspaces. */
export const createAccountRecords = (db: Kysely<StoreTables>): AccountRecords => ({
  async createUser(user) {
    // one statement whichever key is taken (id or email), so two creations at once cannot both succeed
    const inserted = await db
      .insertInto('users')
      .values(toUserRow(user))
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst()
    if (!inserted)
      throw new AppError('conflict', `a user with the id ${user.id} or the email ${user.email} exists`)
  },
  async updateUser(user) {
    const { id, ...rest } = toUserRow(user)
    await db.transaction().execute(async (trx) => {
      const other = await trx
        .selectFrom('users')
        .select('id')
        .where('email', '=', rest.email)
        .where('id', '<>', id)
        .executeTakeFirst()
      if (other) throw new AppError('conflict', `another user has the email ${rest.email}`)
      const result = await trx.updateTable('users').set(rest).where('id', '=', id).executeTakeFirst()
      if (result.numUpdatedRows === 0n) throw new AppError('not_found', `no user ${id}`)
    })
  },
  async getUser(id) {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
    return row && toUser(row)
  },
  async findUserByEmail(email) {
    const row = await db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst()
    return row && toUser(row)
  },
  async listUsers() {
    const rows = await db.selectFrom('users').selectAll().orderBy('email').execute()
    return rows.map(toUser)
  },
  async countUsers() {
    const row = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow()
    return Number(row.count)
  },
  async setMembership({ userId, workspaceId, role }) {
    await db
      .insertInto('memberships')
      .values({ user_id: userId, workspace_id: workspaceId, role })
      .onConflict((oc) => oc.columns(['user_id', 'workspace_id']).doUpdateSet({ role }))
      .execute()
  },
  async removeMembership(userId, workspaceId) {
    await db
      .deleteFrom('memberships')
      .where('user_id', '=', userId)
      .where('workspace_id', '=', workspaceId)
      .execute()
  },
  async listMemberships({ userId, workspaceId }) {
    let query = db.selectFrom('memberships').selectAll()
    if (userId !== undefined) query = query.where('user_id', '=', userId)
    if (workspaceId !== undefined) query = query.where('workspace_id', '=', workspaceId)
    const rows = await query.orderBy('workspace_id').orderBy('user_id').execute()
    return rows.map(toMembership)
  },
})
