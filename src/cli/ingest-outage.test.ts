import assert from 'node:assert/strict'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { type TestContext, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import { distributedSetup, waitFor } from '../test/distributed-setup.ts'
import { startVigie, tmp, vigie } from '../test/run-vigie.ts'
import { startTcpProxy } from '../test/tcp-proxy.ts'
import { writeFaultMentions } from '../test/write-fault-mentions.ts'

const TOTAL = 10_000
const BATCHES = TOTAL / 500
// how long NATS stays cut off: several of the client's reconnection attempts (every 2 s) and of the batch's tries
const OUTAGE_MS = 10_000

/**
 * Starts `vigie ingest` of `TOTAL` mentions reaching NATS through a TCP proxy (PostgreSQL directly). Once a
 * third of the file's bytes went through, in the middle of a batch, the proxy drops NATS's answers (`muted`
 * resolves then): the batch and the import's tries again reach JetStream, their confirmations never come back.
 */
const importThroughProxy = async (t: TestContext, name: string, more: string[] = []) => {
  const setup = await distributedSetup(t, name)
  if (!setup) return undefined
  const input = join(tmp(), 'mentions.jsonl')
  writeFaultMentions(input, TOTAL)
  const nats = new URL(setup.env.VIGIE_BUS_URL!)
  const proxy = await startTcpProxy({ host: nats.hostname, port: Number(nats.port) })
  t.after(() => proxy.close())
  const muted = proxy.muteAfter(Math.round(statSync(input).size / 3))
  const args = [
    'ingest',
    '--input',
    input,
    '--workspace',
    name,
    '--brand',
    'Télécomète',
    '--query',
    'telecomete',
  ]
  const ingest = startVigie([...args, ...more], {
    env: { ...setup.env, VIGIE_BUS_URL: `nats://127.0.0.1:${proxy.port}` },
  })
  t.after(() => ingest.child.kill('SIGKILL'))
  /** the batches the raw stream holds */
  const rawHeld = async () => {
    const nc = await connect({ servers: setup.env.VIGIE_BUS_URL! })
    try {
      return (await (await jetstreamManager(nc)).streams.info(`${setup.prefix.toUpperCase()}_RAW`)).state
        .messages
    } finally {
      await nc.close()
    }
  }
  return { setup, args, proxy, ingest, muted, rawHeld }
}

/** Runs an analyze worker (connected directly) until it stored everything, and checks each mention stored once. */
const storeAndCheck = async (
  t: TestContext,
  run: NonNullable<Awaited<ReturnType<typeof importThroughProxy>>>,
) => {
  const { setup } = run
  const name = run.args[run.args.indexOf('--workspace') + 1]!
  const worker = startVigie(['worker', '--role', 'analyze'], { env: setup.env })
  t.after(() => worker.child.kill('SIGKILL'))
  await setup.allStored(name, TOTAL)
  worker.child.kill('SIGTERM')
  assert.equal((await worker.exited).code, 0, worker.output())
  await setup.checkStoredOnce(name, TOTAL)
}

test('vigie ingest losing NATS mid-import (confirmations lost, then ten seconds cut off) waits, then publishes the rest: each batch once, every mention stored once', async (t) => {
  const run = await importThroughProxy(t, 'ingestoutage')
  if (!run) return
  const { ingest, proxy } = run
  await run.muted
  // two tries unconfirmed: the batch reached JetStream at least twice
  await waitFor('the import tells it waits, twice', async () => {
    assert.equal(ingest.child.exitCode, null, `the import ended instead: ${ingest.output()}`)
    return (ingest.output().match(/waiting to publish batch/g)?.length ?? 0) >= 2
  })
  await proxy.cut()
  const atCut = await run.rawHeld()
  assert.ok(atCut > 0 && atCut < BATCHES, `cut mid-import (${atCut} of ${BATCHES} batches on the stream)`)
  await sleep(OUTAGE_MS)
  assert.equal(ingest.child.exitCode, null, `the import still waits: ${ingest.output()}`)
  await proxy.reopen()

  const end = await ingest.exited
  const output = ingest.output()
  assert.equal(end.code, 0, output)
  assert.match(output, /the bus is unreachable \(.+\); waiting to publish batch \d+, retrying in [\d.]+ s\n/)
  assert.match(output, /published batch \d+ after waiting [\d.]+ s; going on\n/)
  assert.match(output, /published 10,000 mentions to the bus in 20 batches\n/)
  assert.equal(await run.rawHeld(), BATCHES, 'each batch on the stream once: the retries carried its id')
  const told = output.split('\n').filter((line) => /unreachable|after waiting/.test(line))
  t.diagnostic(
    `cut with ${atCut} of ${BATCHES} batches on the stream (the last unconfirmed); told:\n${told.join('\n')}`,
  )
  await storeAndCheck(t, run)
})

test('past --bus-wait, vigie ingest ends with unavailable saying what was published; run again it resumes, the batch sent twice stored once', async (t) => {
  const run = await importThroughProxy(t, 'ingestgiveup', ['--bus-wait', '3'])
  if (!run) return
  const { ingest } = run
  await run.muted
  // NATS never answers again: after 3 s of tries the import gives up, and ends although NATS does not answer
  await waitFor('the import ends', async () => ingest.child.exitCode !== null, 60_000)
  const output = ingest.output()
  assert.equal(ingest.child.exitCode, 6, output)
  const gaveUp =
    /could not publish batch (\d+): the bus was still unreachable after 3 s \(.+\); (\d+) batches \(([\d,]+) mentions\) were published before it and the cursor is saved after them: running it again resumes from there\n/.exec(
      output,
    )
  assert.ok(gaveUp, output)
  const published = Number(gaveUp[2])
  assert.equal(Number(gaveUp[1]), published + 1)
  assert.equal(Number(gaveUp[3]!.replace(',', '')), published * 500)
  assert.equal(await run.rawHeld(), published + 1, 'JetStream took the batch it never confirmed, once')

  // NATS is back: the same command resumes from the saved cursor (the file's last checkpoint at or before
  // the last confirmed batch), so the batch JetStream took unconfirmed goes again, under another id
  const again = vigie(run.args, { env: run.setup.env })
  assert.equal(again.status, 0, again.stderr)
  const resumed = /published ([\d,]+) mentions to the bus in (\d+) batches/.exec(again.stdout)
  assert.ok(resumed, again.stdout)
  const mentions = Number(resumed[1]!.replace(',', ''))
  assert.ok(mentions >= TOTAL - published * 500 && mentions < TOTAL, `${mentions} mentions published again`)
  assert.equal(await run.rawHeld(), published + 1 + Number(resumed[2]))
  t.diagnostic(`gave up at batch ${published + 1} of ${BATCHES}; run again, ${mentions} mentions published`)
  await storeAndCheck(t, run)
})
