import type { Kysely } from 'kysely'
import { ownedAccountKey } from '../../core/index.ts'
import type { Store } from '../port.ts'
import type { StoreTables } from './schema.ts'

type OwnedAccountRecords = Pick<Store, 'listOwnedAccounts' | 'setOwnedAccounts'>

/** The brand's own accounts of each workspace: read by analysis, written from the API, the CLI, the config. */
export const createOwnedAccountRecords = (db: Kysely<StoreTables>): OwnedAccountRecords => ({
  async listOwnedAccounts(workspaceId) {
    const rows = await db
      .selectFrom('owned_accounts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('network')
      .orderBy('handle')
      .execute()
    return rows.map((r) => ({
      network: r.network,
      handle: r.handle,
      ...(r.account_id !== null ? { id: r.account_id } : {}),
    }))
  },
  async setOwnedAccounts(workspaceId, accounts) {
    // the same account given twice is one row: the last one given wins
    const unique = new Map(accounts.map((a) => [ownedAccountKey(a), a]))
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('owned_accounts').where('workspace_id', '=', workspaceId).execute()
      if (unique.size === 0) return
      await trx
        .insertInto('owned_accounts')
        .values(
          [...unique.values()].map((a) => ({
            workspace_id: workspaceId,
            network: a.network,
            handle: a.handle,
            account_id: a.id ?? null,
          })),
        )
        .execute()
    })
  },
})
