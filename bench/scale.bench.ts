/**
 * The distributed mode next to the embedded one (issue 15), on this machine's PostgreSQL and NATS JetStream:
 * the same simulated file imported by `vigie ingest` in one process (SQLite, the baseline), then published to
 * the bus and analysed and stored by 1, 2 and 4 `vigie worker --role analyze` processes on PostgreSQL.
 * Throughput is mentions read per second of wall-clock time, from the start of the import to the last mention
 * stored; each configuration gets a fresh schema and bus prefix. Skipped (one row saying so) when PostgreSQL or
 * NATS is missing. SCALE_VOLUME scales the file (default 4: about 22,000 mentions, 17,000 matched).
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
const startWorker = (env: Record<string, string>) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'worker', '--role', 'analyze'], {
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

/** Imports the file through the bus into `workers` analyze workers; seconds until every mention is stored. */
const distributed = async (dir: string, file: string, workers: number, expected: number) => {
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
    // the schema is created and migrated before the clock starts, as an installation's would be
    run(['workspaces', 'create', '--name', 'Scale bench'], dir, env)
    for (let i = 0; i < workers; i++) children.push(await startWorker(env))
    const started = performance.now()
    run(['ingest', '--input', file, ...QUERY], dir, env)
    for (;;) {
      const { rows } = await db.query<{ n: string }>(`select count(*) as n from "${schema}".mentions`)
      if (Number(rows[0]?.n) >= expected) break
      await sleep(100)
    }
    return (performance.now() - started) / 1000
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
    return out
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
