import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Store } from '../port.ts'
import type { StoreTables } from './schema.ts'

/**
 * The installation's secret: 32 random bytes (hex), drawn by the first caller and kept in the store, so
 * every process on the same data folder or database reads the same one. Two first callers at once: the
 * insert of the second does nothing, and both read the one that was stored.
 */
export const createInstallationRecords = (db: Kysely<StoreTables>): Pick<Store, 'installationSecret'> => ({
  async installationSecret() {
    await db
      .insertInto('installation')
      .values({ key: 'secret', value: randomBytes(32).toString('hex') })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute()
    const row = await db
      .selectFrom('installation')
      .select('value')
      .where('key', '=', 'secret')
      .executeTakeFirstOrThrow()
    return row.value
  },
})
