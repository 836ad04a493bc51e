import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { test } from 'node:test'
import { jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import Database from 'better-sqlite3'
import pg from 'pg'
import { distributedSetup, waitFor } from '../test/distributed-setup.ts'
import { startVigie, tmp, vigie } from '../test/run-vigie.ts'
import { BURST_BRANDS, writeBurstMentions } from '../test/write-burst-mentions.ts'

interface AlertRow {
  query_id: string
  kind: string
  severity: string
  at: number | string
}
const describe = (r: AlertRow) =>
  `${r.query_id} ${r.kind} ${r.severity} ${new Date(Number(r.at)).toISOString()}`

/** A webhook receiver in the test process: the alert ids it was sent, in order, repeats included. */
const startReceiver = async () => {
  const received: string[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push((JSON.parse(body) as { alert: { id: string } }).alert.id)
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

test('two analyze and two detect workers, one of each killed halfway and restarted: every mention stored once, every alert stored once and delivered once', async (t) => {
  const setup = await distributedSetup(t, 'detectfault')
  if (!setup) return
  const dir = tmp()
  const input = join(dir, 'mentions.jsonl')
  const total = writeBurstMentions(input)
  const empty = join(dir, 'empty.jsonl')
  writeFileSync(empty, '')
  const queries = BURST_BRANDS.map((brand) => ['--brand', brand, '--query', brand])
  // what one process raises on the same mentions (SQLite, no bus): the alerts the workers must raise too
  const data = join(dir, 'embedded')
  for (const [i, query] of queries.entries()) {
    const args = ['--data', data, 'ingest', '--workspace', 'fault', '--input', i === 5 ? input : empty]
    const run = vigie([...args, ...query, ...(i === 5 ? ['--detect'] : [])])
    // `ingest --detect` that raised alerts ends with status 13 (a top-level await left unsettled; on main
    // too, not looked into here): what it stored and raised is checked instead of its status
    assert.match(run.stderr, /read [\d,]+ rows: [\d,]+ stored/, run.stderr)
  }
  const sqlite = new Database(join(data, 'vigie.db'), { readonly: true })
  const expected = (sqlite.prepare('select query_id, kind, severity, at from alerts').all() as AlertRow[])
    .map(describe)
    .sort()
  sqlite.close()
  const receiver = await startReceiver()
  t.after(() => receiver.close())
  // short acknowledgement wait and lease time, so a killed worker's messages and partitions come back soon
  const config = join(dir, 'vigie.config.json')
  writeFileSync(
    config,
    JSON.stringify({
      bus: { ackWaitSeconds: 5, leaseSeconds: 3 },
      analysis: { workers: 0 },
      alerts: { webhook: { url: receiver.url, secret: 'a test secret of some length' } },
    }),
  )
  const env = setup.env
  // the queries first (from empty files), then every mention in one import, as one source would bring them
  for (const [i, query] of queries.entries()) {
    const args = ['--config', config, 'ingest', '--workspace', 'fault', '--input', i === 5 ? input : empty]
    const published = vigie([...args, ...query], { env })
    assert.equal(published.status, 0, published.stderr)
  }
  const workers: ReturnType<typeof startVigie>[] = []
  t.after(() => {
    for (const w of workers) w.child.kill('SIGKILL')
  })
  const start = (role: string) => {
    const worker = startVigie(['--config', config, 'worker', '--role', role], { env })
    workers.push(worker)
    return worker
  }
  const ready = (w: ReturnType<typeof startVigie>, role: string) =>
    waitFor(`${role} ready`, async () => new RegExp(`${role} ready`).test(w.output()))
  const detectVictim = start('detect')
  const detectSurvivor = start('detect')
  const notifier = start('notify')
  const analyzeVictim = start('analyze')
  const analyzeSurvivor = start('analyze')
  await waitFor('half the mentions stored', async () => (await setup.stored('fault')).ids.length >= total / 2)
  for (const w of [analyzeVictim, detectVictim]) w.child.kill('SIGKILL')
  for (const w of [analyzeVictim, detectVictim]) assert.equal((await w.exited).signal, 'SIGKILL')
  const atKill = (await setup.stored('fault')).ids.length
  assert.ok(atKill < total, `killed before the end (${atKill} stored)`)
  const analyzeAgain = start('analyze')
  const detectAgain = start('detect')
  await ready(analyzeAgain, 'analyze')
  await ready(detectAgain, 'detect')

  const consumers = async () => {
    const nc = await connect({ servers: env.VIGIE_BUS_URL! })
    try {
      const jsm = await jetstreamManager(nc)
      const stream = (kind: string) => `${setup.prefix.toUpperCase()}_${kind}`
      const all = [
        { stream: stream('RAW'), name: 'analyze' },
        { stream: stream('NOTIFICATIONS'), name: 'notify' },
      ]
      for await (const c of jsm.consumers.list(stream('MENTIONS')))
        all.push({ stream: stream('MENTIONS'), name: c.name })
      let left = 0
      for (const c of all) {
        const info = await jsm.consumers.info(c.stream, c.name).catch(() => undefined)
        left += info === undefined ? 1 : info.num_pending + info.num_ack_pending
      }
      return { left, detectConsumers: all.length - 2 }
    } finally {
      await nc.close()
    }
  }
  const db = new pg.Client({ connectionString: env.VIGIE_DATABASE_URL })
  await db.connect()
  t.after(() => db.end())
  const storedAlerts = async () =>
    (
      await db.query<{ id: string }>(`select id from "${setup.schema}".alerts where workspace_id = 'fault'`)
    ).rows.map((r) => r.id)
  let state = ''
  await waitFor('every mention stored, every message handled and every alert delivered', async () => {
    const stored = (await setup.stored('fault')).ids.length
    const { left, detectConsumers } = await consumers()
    const alerts = await storedAlerts()
    state = `${stored} stored, ${left} messages left on ${detectConsumers} detect consumers, ${alerts.length} alerts, ${receiver.received.length} delivered`
    if (stored < total || left > 0 || detectConsumers === 0) return false
    return alerts.length > 0 && alerts.every((id) => receiver.received.includes(id))
  }).catch((error) => {
    throw new Error(`${error}: ${state}\n${workers.map((w) => w.output()).join('\n')}`)
  })
  const alive = [analyzeSurvivor, analyzeAgain, detectSurvivor, detectAgain, notifier]
  for (const w of alive) w.child.kill('SIGTERM')
  const ends = await Promise.all(alive.map((w) => w.exited))
  assert.deepEqual(
    ends.map((e) => e.code),
    alive.map(() => 0),
    alive.map((w) => w.output()).join('\n'),
  )
  t.diagnostic(`killed with ${atKill} of ${total} stored; ${alive.map((w) => w.output()).join(' ')}`)

  const { ids, counted } = await setup.stored('fault')
  assert.equal(new Set(ids).size, ids.length)
  assert.equal(ids.length, total, 'every mention, each once')
  assert.equal(counted, total)
  const alerts = await storedAlerts()
  const raised = (
    await db.query<AlertRow>(`select query_id, kind, severity, at from "${setup.schema}".alerts`)
  ).rows
    .map(describe)
    .sort()
  // across the takeovers (the killed worker's partitions, and those the survivor let go or took when the
  // number of detect workers changed), the workers raise what one process raises on the same mentions
  t.diagnostic(`workers raised ${raised.join(', ')}; one process raised ${expected.join(', ')}`)
  assert.ok(expected.length >= BURST_BRANDS.length, expected.join('\n'))
  assert.deepEqual(raised, expected, 'the alerts of one process: same queries, levels and buckets')
  assert.deepEqual(
    [...receiver.received].sort(),
    [...alerts].sort(),
    'every stored alert delivered once, no other',
  )
  assert.equal(await setup.deadLetters(), '0')
})
