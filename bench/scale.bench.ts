/**
 * The distributed mode next to the embedded one (issue 15), on this machine's PostgreSQL and NATS JetStream:
 * the same simulated file imported by `vigie ingest` in one process (SQLite, the baseline), then published to
 * the bus and analysed and stored by 1, 2 and 4 `vigie worker --role analyze` processes on PostgreSQL.
 * Throughput is mentions read per second of wall-clock time, from the start of the import to the last mention
 * stored; each configuration gets a fresh schema and bus prefix. Skipped (one row saying so) when PostgreSQL or
 * NATS is missing. SCALE_VOLUME scales the file (default 4: 12,306 rows). Then the alert latency, p50 and p99, of
 * the embedded process and of the distributed mode, each fed the same 60-day simulated stream live (about 40
 * alerts; `embeddedLatency`, `distributedLatency`).
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

/** Mentions per second the latency runs feed: below one analyze worker's throughput, so no backlog builds up. */
const LIVE_RATE = Number(process.env.SCALE_LIVE_RATE ?? 250)
/** The simulator's 60-day mixed stream: 15 crises and 8 harmless events, about 40 alerts (levels included). */
const LIVE_SCENARIO = { scenario: 'mixed', seed: 3 } as const
const POLL_MS = 25

type Mentions = import('../src/core/index.ts').Mention[]
type Connector = import('../src/sources/index.ts').Connector

interface LiveFeed {
  /** the memory connector paced at LIVE_RATE; each mention's hand-over time is recorded in `arrivals` */
  connector: Connector
  arrivals: number[]
}

const pacedFeed = (live: Connector): LiveFeed => {
  const arrivals: number[] = []
  const connector: Connector = {
    ...live,
    async *read(cursor, signal) {
      const started = performance.now()
      let n = 0
      for await (const item of live.read(cursor, signal)) {
        // a timer each time, even when late, as a network connector waits on its socket: a feed that only
        // ever resolved promises would keep the process's timers and sockets (the alert poll) waiting
        await sleep(Math.max(0, started + (1000 * n++) / LIVE_RATE - performance.now()))
        arrivals.push(performance.now())
        yield item
      }
    },
  }
  return { connector, arrivals }
}

/**
 * Each alert's latency: from the arrival of the first mention at or after the alert's time (what lets detection
 * close that bucket: a mention's arrival is when the connector hands it over) to the moment the alert is seen
 * stored (polled every POLL_MS, so up to that much is added to every figure), ascending.
 */
const latenciesOf = (
  mentions: Mentions,
  arrivals: readonly number[],
  seen: ReadonlyMap<string, { at: number; wall: number }>,
) =>
  [...seen.values()]
    .map(({ at, wall }) => {
      let k = mentions.findIndex((m) => m.createdAt.getTime() >= at)
      if (k < 0 || k >= arrivals.length) k = arrivals.length - 1
      return Math.max(0, wall - arrivals[k]!)
    })
    .sort((a, b) => a - b)

/** Polls `list` for new alerts until `stop` resolves, noting when each was first seen. */
const watchAlerts = async (list: () => Promise<{ id: string; at: number }[]>, stop: Promise<unknown>) => {
  const seen = new Map<string, { at: number; wall: number }>()
  let polling = true
  const poll = (async () => {
    while (polling) {
      for (const a of await list()) if (!seen.has(a.id)) seen.set(a.id, { at: a.at, wall: performance.now() })
      await sleep(POLL_MS)
    }
  })()
  try {
    await stop
  } finally {
    polling = false
    await poll
  }
  return seen
}

const liveStream = async () => {
  const { scenarioQuery, simulate } = await import('../src/simulation/index.ts')
  const { mentions } = simulate(LIVE_SCENARIO)
  const q = scenarioQuery(LIVE_SCENARIO.scenario)
  const query = { workspaceId: 'live', id: q.id, brand: q.brand, query: q.query, owned: q.owned }
  return { mentions, query }
}

/**
 * Alert latency in the distributed mode: the stream published live as a `listen` worker publishes a connector's
 * items (LIVE_PUBLISH: batches held back at most 100 ms) to 2 analyze workers and 1 detect worker on PostgreSQL.
 */
const distributedLatency = () =>
  withServices(async ({ env, db, schema, children }) => {
    const { loadConfig } = await import('../src/config/index.ts')
    const { createRuntime, LIVE_PUBLISH, publishRaw } = await import('../src/runtime/index.ts')
    const { createMemoryConnector } = await import('../src/sources/index.ts')
    const { mentions, query } = await liveStream()
    const rt = await createRuntime(
      loadConfig({ env, overrides: { 'log.level': 'silent', 'analysis.workers': 0 } }),
    )
    try {
      await rt.store.upsertWorkspace({ id: 'live', name: 'Live', createdAt: new Date(0) })
      await rt.store.upsertQuery(query)
      for (let i = 0; i < 2; i++) children.push(await startWorker(env))
      children.push(await startWorker(env, 'detect'))
      const feed = pacedFeed(createMemoryConnector(mentions, 'live'))
      const done = (async () => {
        await publishRaw({
          rt,
          workspaceId: 'live',
          connector: feed.connector,
          sourceKey: 'live',
          ...LIVE_PUBLISH,
        })
        // the last mentions analysed and detected: the stored count stops growing, then a few quiet seconds for
        // a late alert
        for (
          let last = -1, now = await storedCount(db, schema);
          now !== last;
          now = await storedCount(db, schema)
        ) {
          last = now
          await sleep(2000)
        }
        await sleep(3000)
      })()
      const list = async () =>
        (await db.query<{ id: string; at: string }>(`select id, at from "${schema}".alerts`)).rows.map(
          (r) => ({
            id: r.id,
            at: Number(r.at),
          }),
        )
      const seen = await watchAlerts(list, done)
      return latenciesOf(mentions, feed.arrivals, seen)
    } finally {
      await rt.close()
    }
  })

/**
 * The same stream fed live to one embedded process (SQLite), as `vigie serve` runs a connector; an alert counts
 * as seen when the process hands it to the dashboard's live stream (right after storing it).
 */
const embeddedLatency = async (dir: string) => {
  const { loadConfig } = await import('../src/config/index.ts')
  const { createRuntime, ingest } = await import('../src/runtime/index.ts')
  const { createMemoryConnector } = await import('../src/sources/index.ts')
  const { mentions, query } = await liveStream()
  const rt = await createRuntime(
    loadConfig({ env: {}, overrides: { 'log.level': 'silent', 'store.dataDir': join(dir, 'live') } }),
  )
  try {
    await rt.store.upsertWorkspace({ id: 'live', name: 'Live', createdAt: new Date(0) })
    await rt.store.upsertQuery(query)
    const feed = pacedFeed(createMemoryConnector(mentions, 'live'))
    // the moment the dashboard's live stream gets each alert (the process publishes it once stored)
    const seen = new Map<string, { at: number; wall: number }>()
    rt.hub.subscribe('live', (alert) => {
      if (!seen.has(alert.id)) seen.set(alert.id, { at: alert.at.getTime(), wall: performance.now() })
    })
    await ingest({
      rt,
      workspaceId: 'live',
      connector: feed.connector,
      sourceKey: 'live',
      detect: true,
      flushEachMention: true,
    })
    return latenciesOf(mentions, feed.arrivals, seen)
  } finally {
    await rt.close()
  }
}

const latencyRows = (mode: string, latencies: readonly number[]): BenchRow[] => {
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN
  return (
    [
      ['p50', 0.5],
      ['p99', 0.99],
    ] as const
  ).map(([label, p]) => ({
    name: `alert latency ${label}, ${mode}, ${LIVE_SCENARIO.scenario} stream fed live at ${LIVE_RATE} mentions/s (${latencies.length} alerts)`,
    unit: 'ms',
    value: at(p),
  }))
}

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
    out.push(...latencyRows('embedded, one process (SQLite)', await embeddedLatency(dir)))
    out.push(...latencyRows('2 analyze + 1 detect worker', await distributedLatency()))
    return out
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
