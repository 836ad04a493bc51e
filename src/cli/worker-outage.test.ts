import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type TestContext, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { distributedSetup, waitFor } from '../test/distributed-setup.ts'
import { startVigie, tmp, vigie } from '../test/run-vigie.ts'
import { startTcpProxy } from '../test/tcp-proxy.ts'
import { writeFaultMentions } from '../test/write-fault-mentions.ts'

const TOTAL = 10_000
// how long the service stays cut off: longer than a batch's attempts would last with the config below
const OUTAGE_MS = 10_000

/**
 * Publishes half of `TOTAL` mentions, starts one analyze worker whose `variable` (the store's or the bus's
 * URL) goes through a TCP proxy, cuts the proxy once some mentions are stored, publishes the other half,
 * reopens the proxy `OUTAGE_MS` later, and checks that every mention was stored exactly once, with no dead
 * letter. The real services are never stopped.
 */
const runOutage = async (
  t: TestContext,
  o: { name: string; variable: 'VIGIE_DATABASE_URL' | 'VIGIE_BUS_URL'; config: object; seen?: RegExp },
) => {
  const setup = await distributedSetup(t, o.name)
  if (!setup) return
  const dir = tmp()
  const config = join(dir, 'vigie.config.json')
  writeFileSync(config, JSON.stringify(o.config))
  // the publisher reaches the services directly: half the mentions before the outage, half during it
  const publish = (half: 0 | 1) => {
    const input = join(dir, `mentions-${half}.jsonl`)
    writeFaultMentions(input, TOTAL / 2, half * (TOTAL / 2))
    const args = ['--workspace', o.name, '--brand', 'Télécomète', '--query', 'telecomete']
    const published = vigie(['--config', config, 'ingest', '--input', input, ...args], { env: setup.env })
    assert.equal(published.status, 0, published.stderr)
  }
  publish(0)

  const direct = new URL(setup.env[o.variable]!)
  const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port) })
  t.after(() => proxy.close())
  const viaProxy = new URL(direct)
  viaProxy.hostname = '127.0.0.1'
  viaProxy.port = String(proxy.port)
  const worker = startVigie(['--config', config, 'worker', '--role', 'analyze'], {
    env: { ...setup.env, [o.variable]: viaProxy.toString() },
  })
  t.after(() => worker.child.kill('SIGKILL'))

  await waitFor('some mentions stored', async () => (await setup.stored(o.name)).ids.length >= TOTAL / 10)
  await proxy.cut()
  const atCut = (await setup.stored(o.name)).ids.length
  assert.ok(atCut < TOTAL / 2, `the service was cut mid-stream (${atCut} stored)`)
  const seen = o.seen
  if (seen)
    await waitFor('the worker meets the outage', async () => seen.test(worker.output()), 30_000).catch(
      (e) => {
        throw new Error(`${e.message}: ${worker.output()}`)
      },
    )
  publish(1)
  await sleep(OUTAGE_MS)
  await proxy.reopen()

  await setup.allStored(o.name, TOTAL)
  worker.child.kill('SIGTERM')
  const end = await worker.exited
  assert.equal(end.code, 0, worker.output())
  t.diagnostic(`cut with ${atCut} of ${TOTAL} stored; ${worker.output().trim().split('\n').at(-1)}`)

  await setup.checkStoredOnce(o.name, TOTAL)
}

test('an analyze worker cut off from PostgreSQL for ten seconds mid-stream waits, then stores every mention exactly once', async (t) => {
  await runOutage(t, {
    name: 'storeoutage',
    variable: 'VIGIE_DATABASE_URL',
    // three attempts (about 3 s) and a short acknowledgement wait: spending attempts, or letting a held batch
    // lapse, during the outage would make dead letters
    config: { bus: { ackWaitSeconds: 5, maxDeliver: 3 }, analysis: { workers: 0 } },
    seen: /store unreachable/,
  })
})

test('an analyze worker cut off from NATS for ten seconds mid-stream reconnects, then stores every mention exactly once', async (t) => {
  await runOutage(t, {
    name: 'busoutage',
    variable: 'VIGIE_BUS_URL',
    config: { analysis: { workers: 0 } },
  })
})
