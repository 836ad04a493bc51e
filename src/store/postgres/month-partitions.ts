import { type Kysely, sql } from 'kysely'
import type { StoreTables } from '../kysely/schema.ts'
import { createMonthPartitions } from './mention-partitions-0022.ts'

/** Year and month (0-based, UTC) of each time, once each; years a partition name cannot spell are left out. */
export const monthsOf = (times: Iterable<number>): { year: number; month: number }[] => {
  const months = new Map<number, { year: number; month: number }>()
  for (const time of times) {
    const date = new Date(time)
    const year = date.getUTCFullYear()
    const month = date.getUTCMonth()
    if (Number.isNaN(year) || year < 1 || year > 9999) continue
    months.set(year * 12 + month, { year, month })
  }
  return [...months.values()]
}

/**
 * Makes sure the month partitions of `mentions` and `mention_queries` exist for these times, before a write:
 * one `create table if not exists … partition of …` per month not seen yet by this process, each in its own
 * transaction under an advisory lock (two processes creating the same month wait for each other). A month the
 * default partition already holds rows of cannot get its partition (PostgreSQL refuses): its rows keep going
 * to the default partition, where every query still finds them.
 */
export const createMonthPartitionCache = (db: Kysely<StoreTables>) => {
  const ready = new Set<number>()
  return async (times: Iterable<number>) => {
    for (const { year, month } of monthsOf(times)) {
      const key = year * 12 + month
      if (ready.has(key)) continue
      try {
        await db.transaction().execute(async (trx) => {
          await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.vigie_partitions'))`.execute(
            trx,
          )
          await createMonthPartitions(trx, year, month)
        })
      } catch (error) {
        if ((error as { code?: string }).code !== '23514') throw error
      }
      ready.add(key)
    }
  }
}
