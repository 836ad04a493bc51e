import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import type { TestContext } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import pg from 'pg'
import { needService } from './services.ts'

const databaseUrl = process.env.VIGIE_TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test'
const natsUrl = process.env.VIGIE_TEST_NATS_URL ?? 'nats://127.0.0.1:4222'

/**
 * The distributed mode's services for one test (tests only): its own PostgreSQL schema and bus prefix, both
 * removed when the test ends; `env` is what a `vigie` process of the test runs with. Undefined (the test
 * skipped with a notice) when PostgreSQL or NATS JetStream is missing.
 */
export const distributedSetup = async (t: TestContext, name: string) => {
  const db = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 })
  if (!(await needService(t, `PostgreSQL at ${databaseUrl}`, () => db.connect()))) return undefined
  const probeNats = async () => {
    const nc = await connect({ servers: natsUrl, timeout: 2000 })
    await jetstreamManager(nc).finally(() => nc.close())
  }
  if (!(await needService(t, `NATS JetStream at ${natsUrl}`, probeNats))) {
    await db.end()
    return undefined
  }
  const unique = `${name}_${process.pid}_${randomBytes(4).toString('hex')}`
  const schema = `vigie_${unique}`
  const prefix = `vigietest_${unique}`
  t.after(async () => {
    await db.query(`drop schema if exists "${schema}" cascade`)
    await db.end()
    const nc = await connect({ servers: natsUrl })
    const jsm = await jetstreamManager(nc)
    for await (const stream of jsm.streams.list())
      if (stream.config.name.startsWith(prefix.toUpperCase())) await jsm.streams.delete(stream.config.name)
    await nc.close()
  })
  const env: Record<string, string> = {
    VIGIE_STORE: 'postgres',
    VIGIE_DATABASE_URL: databaseUrl,
    VIGIE_DATABASE_SCHEMA: schema,
    VIGIE_BUS_URL: natsUrl,
    VIGIE_BUS_PREFIX: prefix,
  }
  /** the ids of the workspace's stored mentions, and the mentions its hourly counts add up to */
  const stored = async (workspaceId: string) => {
    const ids = await db
      .query<{ id: string }>(`select id from "${schema}".mentions where workspace_id = $1`, [workspaceId])
      .catch(() => ({ rows: [] }))
    const counted = await db
      .query<{ n: string | null }>(
        `select sum(count) as n from "${schema}".mention_counts where workspace_id = $1 and query_id = ''`,
        [workspaceId],
      )
      .catch(() => ({ rows: [{ n: '0' }] }))
    return { ids: ids.rows.map((r) => r.id), counted: Number(counted.rows[0]?.n ?? 0) }
  }
  /** the `analyze` consumer's messages not yet delivered and delivered but not acknowledged */
  const analyzeBacklog = async () => {
    const nc = await connect({ servers: natsUrl })
    try {
      const info = await (await jetstreamManager(nc)).consumers.info(`${prefix.toUpperCase()}_RAW`, 'analyze')
      return { pending: info.num_pending, unacknowledged: info.num_ack_pending }
    } finally {
      await nc.close()
    }
  }
  const deadLetters = async () =>
    (await db.query<{ n: string }>(`select count(*) as n from "${schema}".dead_letters`)).rows[0]?.n
  /** the messages the bus holds as dead letters (failed every attempt), over every workspace */
  const busDeadLetters = async () => {
    const nc = await connect({ servers: natsUrl })
    try {
      return (await (await jetstreamManager(nc)).streams.info(`${prefix.toUpperCase()}_DEAD`)).state.messages
    } finally {
      await nc.close()
    }
  }
  /** waits until the workspace holds `total` mentions and the analyze consumer has nothing left to deliver or acknowledge */
  const allStored = (workspaceId: string, total: number) =>
    waitFor('every mention stored and acknowledged', async () => {
      if ((await stored(workspaceId)).ids.length < total) return false
      const backlog = await analyzeBacklog()
      return backlog.pending === 0 && backlog.unacknowledged === 0
    })
  /**
   * Checks that the `total` mentions of `writeFaultMentions` (ids `fault:m0`…) are each stored once, counted once
   * in the hourly counts, and that none became a dead letter, in the store or on the bus.
   */
  const checkStoredOnce = async (workspaceId: string, total: number) => {
    const { ids, counted } = await stored(workspaceId)
    const expected = Array.from({ length: total }, (_, i) => `fault:m${i}`).sort()
    assert.deepEqual([...ids].sort(), expected, 'every mention, each once')
    assert.equal(counted, total, 'the hourly counts grew with each mention once')
    assert.equal(await deadLetters(), '0')
    assert.equal(await busDeadLetters(), 0, 'no batch became a dead letter')
  }
  return {
    env,
    schema,
    prefix,
    stored,
    analyzeBacklog,
    deadLetters,
    busDeadLetters,
    allStored,
    checkStoredOnce,
  }
}

/** Polls until `done` holds; fails with `what` after `limitMs` (a bound against hanging, not a timing). */
export const waitFor = async (what: string, done: () => Promise<boolean>, limitMs = 300_000) => {
  const deadline = Date.now() + limitMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`still waiting: ${what}`)
    await sleep(100)
  }
}
