/**
 * The dashboard's reads at scale: 1,000,000 stored mentions (`VIGIE_BENCH_DASHBOARD_MENTIONS` for fewer), a
 * year of simulated streams (dashboard-data.ts), on a temporary SQLite file and on PostgreSQL (127.0.0.1:5432,
 * database `test`, a schema of its own dropped after; skipped with a notice when unreachable). On each engine,
 * the median and 95th percentile of repeated calls, interleaved: the overview (`aggregate`) over 48 hours,
 * 7 days (hourly), 30 days and a year (daily), of the workspace and of one query; and filtered mention
 * searches (`listMentions`: text, sentiment, emotion, reach, author, owned, reach and engagement orders, a
 * first and a third page). Targets: an overview under 1 s and a search under 200 ms at the 95th percentile.
 * The baseline, measured in the same run, asks the same questions of a copy of the tables without indexes
 * (dashboard-naive.ts); the overview's answer is checked against it.
 *
 * Filling 1,000,000 mentions takes about 20 minutes here: with VIGIE_BENCH_DASHBOARD_KEEP=1 the filled stores
 * are kept (a SQLite file in the system's temporary folder, a PostgreSQL schema, both named after the size) and
 * the next run with it measures them again without filling.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely'
import pg from 'pg'
import { createPostgresStore, createSqliteStore, type Store } from '../src/store/index.ts'
import { benchMentions, benchQueries, END, OTHER_WORKSPACE, WORKSPACE } from './dashboard-data.ts'
import { copyWithoutIndexes } from './dashboard-naive.ts'
import { type Call, overviewCalls, searchCalls } from './dashboard-workload.ts'
import type { BenchRow } from './row.ts'

const TOTAL = Number(process.env.VIGIE_BENCH_DASHBOARD_MENTIONS ?? 1_000_000)
const REPEATS = Number(process.env.VIGIE_BENCH_DASHBOARD_REPEATS ?? 15)
// the baseline scans every row at each call: fewer calls
const NAIVE_REPEATS = Math.min(REPEATS, 3)
const KEEP = process.env.VIGIE_BENCH_DASHBOARD_KEEP === '1'
const OVERVIEW_TARGET_MS = 1000
const SEARCH_TARGET_MS = 200

interface Engine {
  name: string
  store: Store
  // biome-ignore lint/suspicious/noExplicitAny: raw SQL on the bench's own copies
  raw: Kysely<any>
  settle(): Promise<void>
  drop(): Promise<void>
}

const sqliteEngine = (dir: string): Engine => {
  const path = join(KEEP ? tmpdir() : dir, KEEP ? `vigie-dashboard-bench-${TOTAL}.db` : 'dashboard.db')
  return {
    name: 'sqlite',
    store: createSqliteStore({ path }),
    raw: new Kysely({ dialect: new SqliteDialect({ database: new Database(path) }) }),
    settle: async () => {},
    drop: async () => {},
  }
}

const findPostgres = async (): Promise<string | undefined> => {
  for (const user of ['root', 'postgres']) {
    const connectionString = `postgres://${user}@127.0.0.1:5432/test`
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 2000 })
    try {
      await client.connect()
      await client.end()
      return connectionString
    } catch {}
  }
  return undefined
}

const postgresEngine = (connectionString: string): Engine => {
  const schema = KEEP ? `vigie_bench_kept_${TOTAL}` : `vigie_bench_${process.pid}`
  const pool = new pg.Pool({ connectionString, options: `-c search_path=${schema}`, max: 4 })
  const raw = new Kysely({ dialect: new PostgresDialect({ pool }) })
  return {
    name: 'postgresql',
    store: createPostgresStore({ connectionString, schema }),
    raw,
    // what autovacuum does soon after a large import: statistics and the visibility map
    settle: async () => void (await sql`vacuum analyze`.execute(raw)),
    drop: async () => {
      if (!KEEP) await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(raw)
    },
  }
}

/** How many mentions the engine already holds in the bench's workspaces (a kept store), 0 when new. */
const heldMentions = async (engine: Engine) => {
  await engine.store.migrate()
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from mentions`.execute(engine.raw)
  return Number(rows[0]?.n ?? 0)
}

const load = async (all: Engine[]) => {
  const engines: Engine[] = []
  for (const engine of all) {
    const held = KEEP ? await heldMentions(engine) : 0
    if (held === 0) engines.push(engine)
    else if (held >= TOTAL)
      console.log(`  dashboard: ${engine.name} kept from an earlier run, ${held} mentions`)
    else
      throw new Error(
        `the kept ${engine.name} store holds ${held} of ${TOTAL} mentions: delete it and run again`,
      )
  }
  if (engines.length === 0) return
  for (const engine of engines) {
    await engine.store.migrate()
    for (const ws of [WORKSPACE, OTHER_WORKSPACE])
      await engine.store.upsertWorkspace({ id: ws, name: ws, createdAt: new Date(0) })
    for (const q of benchQueries()) await engine.store.upsertQuery(q)
  }
  let saved = 0
  for await (const batch of benchMentions(TOTAL)) {
    await Promise.all(engines.map((e) => e.store.saveMentions(batch)))
    saved += batch.length
    if (saved % 100_000 < batch.length) process.stdout.write(`  dashboard: ${saved} mentions stored\n`)
  }
}

const percentile = (samples: readonly number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN
}

const timed = async (run: () => Promise<unknown>) => {
  const start = performance.now()
  await run()
  return performance.now() - start
}

/** Each call's samples, the calls interleaved round after round (no call runs on caches warmed just for it). */
const measure = async (calls: readonly Call[], repeats: number, which: 'store' | 'naive') => {
  const samples = calls.map(() => [] as number[])
  for (let round = 0; round < repeats; round++)
    for (const [k, call] of calls.entries()) samples[k]!.push(await timed(call[which]))
  return samples
}

const engineRows = async (engine: Engine): Promise<BenchRow[]> => {
  const overviews = overviewCalls(engine.store, engine.raw, END)
  const searches = await searchCalls(engine.store, engine.raw, END)
  for (const call of overviews) await call.check?.()
  const rows: BenchRow[] = []
  for (const [kind, calls, target] of [
    ['overview', overviews, OVERVIEW_TARGET_MS],
    ['search', searches, SEARCH_TARGET_MS],
  ] as const) {
    for (const call of calls) await call.store() // warm-up: code, statements, caches
    const ours = await measure(calls, REPEATS, 'store')
    const naive = await measure(calls, NAIVE_REPEATS, 'naive')
    for (const [k, call] of calls.entries())
      rows.push({
        name: `${engine.name} ${kind} ${call.name} p95`,
        unit: 'ms',
        value: percentile(ours[k]!, 0.95),
        baseline: { name: 'naive, unindexed copy', value: percentile(naive[k]!, 0.95) },
      })
    const all = ours.flat()
    const naiveAll = naive.flat()
    const p95 = percentile(all, 0.95)
    const met = p95 < target ? 'met' : 'NOT MET'
    rows.push(
      {
        name: `${engine.name} ${kind}, every call above, median`,
        unit: 'ms',
        value: percentile(all, 0.5),
        baseline: { name: 'naive, unindexed copy', value: percentile(naiveAll, 0.5) },
      },
      {
        name: `${engine.name} ${kind}, every call above, p95 (target < ${target} ms: ${met})`,
        unit: 'ms',
        value: p95,
        baseline: { name: 'naive, unindexed copy', value: percentile(naiveAll, 0.95) },
      },
    )
  }
  return rows
}

export default async (): Promise<BenchRow[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-dashboard-bench-'))
  const engines = [sqliteEngine(dir)]
  const server = await findPostgres()
  if (server) engines.push(postgresEngine(server))
  else
    console.log(
      '  dashboard: PostgreSQL unreachable at 127.0.0.1:5432 (database test): measured on SQLite only',
    )
  try {
    await load(engines)
    const rows: BenchRow[] = []
    for (const engine of engines) {
      await engine.settle()
      await copyWithoutIndexes(engine.raw)
      rows.push(...(await engineRows(engine)))
    }
    return rows
  } finally {
    for (const engine of engines) {
      await engine.drop().catch(() => {})
      await engine.store.close()
      await engine.raw.destroy()
    }
    rmSync(dir, { recursive: true, force: true })
  }
}
