import { existsSync } from 'node:fs'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { AppError } from '../core/index.ts'
import { createPostgresStore } from './postgres/create-postgres-store.ts'
import { createMonthPartitions } from './postgres/mention-partitions-0022.ts'
import { monthsOf } from './postgres/month-partitions.ts'
import { createSqliteStore } from './sqlite/create-sqlite-store.ts'
import { openSqlite } from './sqlite/open-sqlite.ts'

export interface CopyToPostgresOptions {
  /** the embedded store's file (`<data>/vigie.db`) */
  from: string
  /** `postgres://user@host:5432/database` */
  to: string
  /** the schema that receives the tables; `public` by default */
  schema?: string
  /** told after every batch written, and once per table with `done` */
  onProgress?: (p: { table: string; copied: number; total: number; done: boolean }) => void
}

export interface CopiedTable {
  table: string
  /** rows in the embedded store */
  source: number
  /** rows in PostgreSQL after the copy */
  target: number
}

/** PostgreSQL binds at most 65,535 parameters per statement: rows per insert are sized under that. */
const MAX_PARAMETERS = 60_000
const READ_CHUNK = 1_000

type Row = Record<string, unknown>
type AnyDb = Kysely<Record<string, Row>>

/**
 * Moves an embedded (SQLite) store into a PostgreSQL schema: both are migrated to the latest version, then
 * every table is copied row for row in one PostgreSQL transaction (a failure leaves the target as it was,
 * and the command can simply run again), identity counters are moved past the copied numbers, and the row
 * counts of both sides are compared. The target schema must be empty: a copy never merges into, or
 * overwrites, another installation's data. The embedded store is only read.
 */
export const copyToPostgres = async ({
  from,
  to,
  schema = 'public',
  onProgress = () => {},
}: CopyToPostgresOptions): Promise<CopiedTable[]> => {
  if (!existsSync(from)) throw new AppError('not_found', `no embedded store at ${from}`)
  // both stores brought to the same (latest) version through their own migrations
  const source = createSqliteStore({ path: from })
  try {
    await source.migrate()
  } finally {
    await source.close()
  }
  const target = createPostgresStore({ connectionString: to, schema })
  try {
    await target.migrate()
  } finally {
    await target.close()
  }

  const lite = openSqlite(from) as unknown as AnyDb
  const pool = new pg.Pool({ connectionString: to, options: `-c search_path=${schema}`, max: 1 })
  pool.on('error', () => {})
  const pgDb = new Kysely<Record<string, Row>>({ dialect: new PostgresDialect({ pool }) })
  try {
    const tables = await copyOrder(pgDb, schema)
    const liteTables = new Set(
      (
        await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(lite)
      ).rows.map((r) => r.name),
    )
    const missing = tables.filter((t) => !liteTables.has(t))
    if (missing.length > 0)
      throw new AppError(
        'invalid',
        `the embedded store has no table ${missing.join(', ')}: not a Vigie store?`,
      )

    const nonEmpty: string[] = []
    for (const table of tables) if ((await countRows(pgDb, table)) > 0) nonEmpty.push(table)
    if (nonEmpty.length > 0)
      throw new AppError(
        'conflict',
        `schema "${schema}" already holds data (${nonEmpty.slice(0, 5).join(', ')}${nonEmpty.length > 5 ? ', …' : ''}): migrate into an empty schema or database (--schema NAME)`,
      )

    const copied: CopiedTable[] = []
    await pgDb.transaction().execute(async (trx) => {
      // every month's partitions first, so that no copied mention lands in the default partition
      const { rows: times } = await sql<{ t: number }>`select distinct created_at / 86400000 * 86400000 as t
        from mentions union select distinct created_at / 86400000 * 86400000 from mention_queries`.execute(
        lite,
      )
      for (const { year, month } of monthsOf(times.map((r) => Number(r.t))))
        await createMonthPartitions(trx, year, month)
      for (const table of tables) {
        const columns = await copiedColumns(trx, schema, table, lite)
        const total = await countRows(lite, table)
        const perInsert = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(columns.length, 1)))
        let batch: Row[] = []
        let done = 0
        const flush = async () => {
          if (batch.length === 0) return
          await trx
            .insertInto(table)
            .values(batch as never)
            .execute()
          done += batch.length
          batch = []
          onProgress({ table, copied: done, total, done: false })
        }
        const rows = lite
          .selectFrom(table)
          .select(columns.map((c) => sql.ref(c).as(c)) as never)
          .stream(READ_CHUNK)
        for await (const row of rows) {
          batch.push(row as Row)
          if (batch.length >= perInsert) await flush()
        }
        await flush()
        await moveIdentities(trx, schema, table)
        const written = await countRows(trx, table)
        onProgress({ table, copied: written, total, done: true })
        copied.push({ table, source: total, target: written })
      }
      const differing = copied.filter((c) => c.source !== c.target)
      if (differing.length > 0)
        throw new AppError(
          'internal',
          `row counts differ after the copy (${differing.map((d) => `${d.table}: ${d.source} → ${d.target}`).join(', ')}); nothing was kept`,
        )
    })
    return copied
  } finally {
    await lite.destroy()
    await pgDb.destroy()
  }
}

const countRows = async (db: AnyDb, table: string) =>
  Number((await db.selectFrom(table).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n)

/**
 * Vigie's tables in the target schema, each after the tables its foreign keys point to: partitioned tables
 * (their partitions fill through them), and not `mention_ids`, which PostgreSQL fills from `mentions`.
 */
const copyOrder = async (db: AnyDb, schema: string) => {
  const tables = (
    await sql<{ name: string }>`select c.relname as name from pg_class c
      where c.relnamespace = ${schema}::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
        and c.relname not like 'kysely_%' and c.relname <> 'mention_ids'
      order by c.relname`.execute(db)
  ).rows.map((r) => r.name)
  const refs = (
    await sql<{ child: string; parent: string }>`select tc.table_name as child, ccu.table_name as parent
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_schema = tc.constraint_schema and ccu.constraint_name = tc.constraint_name
      where tc.table_schema = ${schema} and tc.constraint_type = 'FOREIGN KEY'`.execute(db)
  ).rows
  const ordered: string[] = []
  const visit = (table: string, path: string[]) => {
    // a partitioned key's constraints also name the partitions they reach: those are not copied by name
    if (!tables.includes(table) || ordered.includes(table) || path.includes(table)) return
    for (const r of refs) if (r.child === table && r.parent !== table) visit(r.parent, [...path, table])
    ordered.push(table)
  }
  for (const t of tables) visit(t, [])
  return ordered
}

/** The target's columns a copy writes (generated ones are computed by PostgreSQL), each present in the source. */
const copiedColumns = async (db: AnyDb, schema: string, table: string, lite: AnyDb) => {
  const columns = (
    await sql<{ name: string }>`select column_name as name from information_schema.columns
      where table_schema = ${schema} and table_name = ${table} and is_generated = 'NEVER'
      order by ordinal_position`.execute(db)
  ).rows.map((r) => r.name)
  const present = new Set(
    (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(lite)).rows.map(
      (r) => r.name,
    ),
  )
  const absent = columns.filter((c) => !present.has(c))
  if (absent.length > 0)
    throw new AppError('invalid', `the embedded table ${table} lacks ${absent.join(', ')}: versions differ`)
  return columns
}

/** Identity and sequence-numbered columns continue after the copied numbers (the next alert gets the next `seq`). */
const moveIdentities = async (db: AnyDb, schema: string, table: string) => {
  const identities = (
    await sql<{ name: string }>`select column_name as name from information_schema.columns
      where table_schema = ${schema} and table_name = ${table}
        and (is_identity = 'YES' or column_default like 'nextval(%')`.execute(db)
  ).rows.map((r) => r.name)
  for (const column of identities)
    await sql`select setval(pg_get_serial_sequence(${`${schema}.${table}`}, ${column}),
      coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(db)
}
