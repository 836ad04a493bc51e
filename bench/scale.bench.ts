/**
 * The distributed mode next to the embedded one (issue 15), on this machine's PostgreSQL and NATS JetStream:
 * the same simulated file imported by `vigie ingest` in one process (SQLite, the baseline), then published to
 * the bus and analysed and stored by 1, 2 and 4 `vigie worker --role analyze` processes on PostgreSQL.
 * Throughput is mentions read per second of wall-clock time, from the start of the import to the last mention
 * stored; each configuration gets a fresh schema and bus prefix. Skipped (one row saying so) when PostgreSQL or
 * NATS is missing. SCALE_VOLUME scales the file (default 4: 12,306 rows). Then the alert latency of the
 * distributed mode on the demo fed live (see `liveLatency`): the demo holds one alert, so p50 and p99 are that one.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import pg from 'pg'
import type { BenchRow } from './row.ts'

const bin = fileURLToPath(new URL('../bin/vigie.js', import.meta.url))
const databaseUrl = process.env.VIGIE_TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test'
const natsUrl = process.env.VIGIE_TEST_NATS_URL ?? 'nats://127.0.0.1:4222'
const QUERY = ['--brand', 'Télécomète', '--query', '"Télécomète" OR telecomete OR @telecomete']
const WORKERS = [1, 2, 4]

const run = (args: string[], cwd: string, env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, VIGIE_LOG_LEVEL: 'warn', ...env },
  })
  if (r.status !== 0) throw new Error(`vigie ${args.join(' ')} failed: ${r.stderr}`)
  return r
}

const reachable = async () => {
  const db = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 })
  try {
    await db.connect()
    const nc = await connect({ servers: natsUrl, timeout: 2000 })
    await jetstreamManager(nc).finally(() => nc.close())
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    await db.end().catch(() => {})
  }
}

/** A worker process, resolved once it says it is ready. */
const startWorker = (env: Record<string, string>, role: 'analyze' | 'detect' = 'analyze') =>
  new Promise<ChildProcess>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'worker', '--role', role], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, VIGIE_LOG_LEVEL: 'warn', ...env },
    })
    let said = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString('utf8')
      if (said.includes('ready')) resolve(child)
    })
    child.once('exit', (code) => reject(new Error(`a worker ended before it was ready (${code}): ${said}`)))
  })

/** A fresh PostgreSQL schema and bus prefix for `body`, both removed after it, with the workers it started. */
const withServices = async <T>(
  body: (s: {
    env: Record<string, string>
    db: pg.Client
    schema: string
    children: ChildProcess[]
  }) => Promise<T>,
) => {
  const unique = `scale_${process.pid}_${randomBytes(4).toString('hex')}`
  const schema = `vigie_${unique}`
  const prefix = `vigiebench_${unique}`
  const env = {
    VIGIE_STORE: 'postgres',
    VIGIE_DATABASE_URL: databaseUrl,
    VIGIE_DATABASE_SCHEMA: schema,
    VIGIE_BUS_URL: natsUrl,
    VIGIE_BUS_PREFIX: prefix,
  }
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  const children: ChildProcess[] = []
  try {
    return await body({ env, db, schema, children })
  } finally {
    for (const c of children) c.kill('SIGKILL')
    await db.query(`drop schema if exists "${schema}" cascade`)
    await db.end()
    const nc = await connect({ servers: natsUrl })
    const jsm = await jetstreamManager(nc)
    for await (const stream of jsm.streams.list())
      if (stream.config.name.startsWith(prefix.toUpperCase())) await jsm.streams.delete(stream.config.name)
    await nc.close()
  }
}

const storedCount = async (db: pg.Client, schema: string) =>
  Number((await db.query<{ n: string }>(`select count(*) as n from "${schema}".mentions`)).rows[0]?.n)

/** Imports the file through the bus into `workers` analyze workers; seconds until every mention is stored. */
const distributed = (dir: string, file: string, workers: number, expected: number) =>
  withServices(async ({ env, db, schema, children }) => {
    // the schema is created and migrated before the clock starts, as an installation's would be
    run(['workspaces', 'create', '--name', 'Scale bench'], dir, env)
    for (let i = 0; i < workers; i++) children.push(await startWorker(env))
    const started = performance.now()
    run(['ingest', '--input', file, ...QUERY], dir, env)
    while ((await storedCount(db, schema)) < expected) await sleep(100)
    return (performance.now() - started) / 1000
  })

/** Mentions per second the latency run feeds: below one analyze worker's throughput, so no backlog builds up. */
const LIVE_RATE = Number(process.env.SCALE_LIVE_RATE ?? 250)
const LIVE_BATCH = 50

/**
 * Alert latency in the distributed mode: the demo stream published live (LIVE_RATE mentions/s, batches of
 * LIVE_BATCH) to 2 analyze workers and 1 detect worker. An alert's latency runs from the moment the bus took the
 * batch holding the first mention at or after the alert's time (what lets detection close that bucket) to the
 * moment the alert is seen stored (polled every 25 ms).
 */
const liveLatency = () =>
  withServices(async ({ env, db, schema, children }) => {
    const { loadConfig } = await import('../src/config/index.ts')
    const { createRuntime, publishRaw } = await import('../src/runtime/index.ts')
    const { scenarioQuery, simulate } = await import('../src/simulation/index.ts')
    const { createMemoryConnector } = await import('../src/sources/index.ts')
    const { mentions } = simulate({ seed: 3, scenario: 'demo', days: 8 })
    const q = scenarioQuery('demo')
    const rt = await createRuntime(
      loadConfig({ env, overrides: { 'log.level': 'silent', 'analysis.workers': 0 } }),
    )
    try {
      await rt.store.upsertWorkspace({ id: 'live', name: 'Live', createdAt: new Date(0) })
      await rt.store.upsertQuery({
        workspaceId: 'live',
        id: q.id,
        brand: q.brand,
        query: q.query,
        owned: q.owned,
      })
      for (let i = 0; i < 2; i++) children.push(await startWorker(env))
      children.push(await startWorker(env, 'detect'))
      const batches: { wall: number; last: number }[] = []
      const seen = new Map<string, { at: number; wall: number }>()
      let polling = true
      const poll = (async () => {
        while (polling) {
          const { rows } = await db.query<{ id: string; at: string }>(`select id, at from "${schema}".alerts`)
          for (const r of rows)
            if (!seen.has(r.id)) seen.set(r.id, { at: Number(r.at), wall: performance.now() })
          await sleep(25)
        }
      })()
      const started = performance.now()
      const live = createMemoryConnector(mentions, 'live')
      // the memory connector paced: each mention handed over at its due time
      const paced = {
        ...live,
        async *read(cursor: string | undefined, signal: AbortSignal) {
          let n = 0
          for await (const item of live.read(cursor, signal)) {
            const due = started + (1000 * n++) / LIVE_RATE
            if (due > performance.now()) await sleep(due - performance.now())
            yield item
          }
        },
      }
      await publishRaw({
        rt,
        workspaceId: 'live',
        connector: paced,
        sourceKey: 'live',
        batchSize: LIVE_BATCH,
        onBatch: (summary) => {
          batches.push({ wall: performance.now(), last: mentions[summary.read - 1]!.createdAt.getTime() })
        },
      })
      // the last batches analysed and detected: the stored count stops growing, then a few quiet seconds for a
      // late alert
      for (
        let last = -1, now = await storedCount(db, schema);
        now !== last;
        now = await storedCount(db, schema)
      ) {
        last = now
        await sleep(2000)
      }
      await sleep(3000)
      polling = false
      await poll
      const latencies = [...seen.values()].map(({ at, wall }) => {
        const arrival = batches.find((b) => b.last >= at)?.wall ?? batches.at(-1)!.wall
        return Math.max(0, wall - arrival)
      })
      return latencies.sort((a, b) => a - b)
    } finally {
      await rt.close()
    }
  })

export default async (): Promise<BenchRow[]> => {
  const missing = await reachable()
  if (missing) {
    console.log(`scale: skipped, PostgreSQL or NATS JetStream is not reachable (${missing})`)
    return []
  }
  const volume = process.env.SCALE_VOLUME ?? '4'
  const dir = mkdtempSync(join(tmpdir(), 'vigie-scale-'))
  try {
    run(
      [
        'simulate',
        '--scenario',
        'demo',
        '--days',
        '8',
        '--seed',
        '3',
        '--volume',
        volume,
        '--out',
        'stream.jsonl',
        '--truth',
        'truth.json',
      ],
      dir,
    )
    const file = join(dir, 'stream.jsonl')
    const rows = readFileSync(file, 'utf8').trim().split('\n').length

    const embeddedStart = performance.now()
    const embedded = run(['--data', join(dir, 'embedded'), 'ingest', '--input', file, ...QUERY], dir)
    const embeddedSeconds = (performance.now() - embeddedStart) / 1000
    const stored = Number(/read [\d,]+ rows: ([\d,]+) stored/.exec(embedded.stderr)?.[1]?.replace(/,/g, ''))
    if (!(stored > 0)) throw new Error(`the embedded import stored nothing: ${embedded.stderr}`)
    const baseline = {
      name: `embedded, one process (SQLite), ${rows.toLocaleString('en-US')} rows`,
      value: rows / embeddedSeconds,
    }

    const out: BenchRow[] = []
    for (const workers of WORKERS) {
      const seconds = await distributed(dir, file, workers, stored)
      out.push({
        name: `${workers} analyze worker${workers > 1 ? 's' : ''} on PostgreSQL + NATS (${availableParallelism()} cores here)`,
        unit: 'mentions/s',
        value: rows / seconds,
        baseline,
      })
    }
    const latencies = await liveLatency()
    const at = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN
    for (const [label, p] of [
      ['p50', 0.5],
      ['p99', 0.99],
    ] as const)
      out.push({
        name: `alert latency ${label}, 2 analyze + 1 detect worker, demo fed live at ${LIVE_RATE} mentions/s (${latencies.length} alerts)`,
        unit: 'ms',
        value: at(p),
      })
    return out
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
