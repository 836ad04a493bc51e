import assert from 'node:assert/strict'
import { type TestContext, test } from 'node:test'
import { acmeWorkspace, freePort } from '../test/bus-workspace.ts'
import { distributedSetup, waitFor } from '../test/distributed-setup.ts'
import { startTcpProxy } from '../test/tcp-proxy.ts'

interface Group {
  reason: string
  count: number
  lines: number[]
}
interface Job {
  id: string
  status: string
  read: number
  published: number
  batches: number
  rejectedCount: number
  rejected: Group[]
  waiting: { service: string; batch: number; reason: string; since: string; until: string } | null
  workers: { batches: number; rejectedCount: number }
  error: string | null
}

/**
 * `vigie serve` with the test's PostgreSQL and NATS (through a TCP proxy `proxy`, to cut it off), a workspace
 * `acme` querying "acmecom" and an analyst's token; `start` runs more vigie processes, killed when the test ends.
 */
const serveWithBus = async (t: TestContext, name: string) => {
  const setup = await distributedSetup(t, name)
  if (!setup) return undefined
  const nats = new URL(setup.env.VIGIE_BUS_URL!)
  const proxy = await startTcpProxy({ host: nats.hostname, port: Number(nats.port) })
  t.after(() => proxy.close())
  const { token, start } = acmeWorkspace(t, setup.env)
  const port = await freePort()
  await start(['serve', '--port', String(port)], 'Vigie is running', {
    ...setup.env,
    VIGIE_BUS_URL: `nats://127.0.0.1:${proxy.port}`,
  })
  const api = `http://127.0.0.1:${port}/api/v1/workspaces/acme/imports`
  const headers = { authorization: `Bearer ${token}` }
  const upload = async (body: string, wait: boolean) => {
    const res = await fetch(`${api}?name=posts.jsonl&wait=${wait}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      body,
    })
    assert.equal(res.status, wait ? 200 : 202, await res.clone().text())
    return (await res.json()) as Job
  }
  const get = async (id: string) => {
    const res = await fetch(`${api}/${id}`, { headers })
    assert.equal(res.status, 200, await res.clone().text())
    return (await res.json()) as Job
  }
  return { setup, proxy, start, upload, get }
}

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString()
const post = (n: number, createdAt = at(1)) =>
  JSON.stringify({ id: `p${n}`, source: 'forum', createdAt, text: `Acmecom en panne ${n}` })

test('vigie serve with a bus counts in an import the rows its analyze workers rejected, by reason, each batch once, two workers sharing them', async (t) => {
  const served = await serveWithBus(t, 'importfollow')
  if (!served) return
  const { start, upload, get, setup } = served
  await start(['worker', '--role', 'analyze'], 'analyze ready')
  await start(['worker', '--role', 'analyze'], 'analyze ready')
  // 1,200 rows: three batches of the bus; line 2 is not JSON, lines 10, 700 and 1150 dated 1990 (the workers refuse them)
  const old = new Set([10, 700, 1150])
  const rows = Array.from({ length: 1200 }, (_, i) => i + 1).map((line) =>
    line === 2 ? '{"id": "broken' : post(line, old.has(line) ? '1990-01-01T00:00:00Z' : undefined),
  )
  const file = rows.join('\n')
  const first = await upload(file, true)
  assert.deepEqual([first.status, first.read, first.published, first.batches], ['done', 1200, 1199, 3])
  await waitFor('the workers report on every batch', async () => (await get(first.id)).workers.batches === 3)
  const job = await get(first.id)
  assert.deepEqual(job.workers, { batches: 3, rejectedCount: 3 })
  assert.equal(job.rejectedCount, 4, 'the row the server could not read and the three the workers refused')
  assert.deepEqual(
    job.rejected.map((g) => [g.reason, g.count, g.lines]),
    [
      ['createdAt: before 2000-01-01', 3, [10, 700, 1150]],
      ['invalid JSON', 1, [2]],
    ],
  )
  await setup.allStored('acme', 1196)
  // the same file again is another import: its own counts, the first one's unchanged
  const second = await upload(file, true)
  await waitFor(
    'the workers report on the second import',
    async () => (await get(second.id)).workers.batches === 3,
  )
  assert.deepEqual((await get(second.id)).workers, { batches: 3, rejectedCount: 3 })
  assert.deepEqual((await get(first.id)).workers, { batches: 3, rejectedCount: 3 })
})

test('vigie serve with a bus cut off from NATS says in the import that it waits for the bus, why, since when and until when, then goes on once NATS is back', async (t) => {
  const served = await serveWithBus(t, 'importwait')
  if (!served) return
  const { proxy, upload, get } = served
  await proxy.cut()
  const started = await upload([post(1), post(2), post(3)].join('\n'), false)
  await waitFor('the import says it waits', async () => (await get(started.id)).waiting !== null, 60_000)
  const job = await get(started.id)
  assert.equal(job.status, 'running')
  const waiting = job.waiting!
  assert.deepEqual([waiting.service, waiting.batch], ['bus', 1])
  assert.ok(waiting.reason.length > 0)
  assert.equal(
    Date.parse(waiting.until) - Date.parse(waiting.since),
    5 * 60_000,
    'the 5 minutes of OUTAGE_WAIT',
  )
  await proxy.reopen()
  await waitFor('the import done', async () => (await get(started.id)).status !== 'running', 60_000)
  const done = await get(started.id)
  assert.deepEqual([done.status, done.error, done.waiting, done.published], ['done', null, null, 3])
})
