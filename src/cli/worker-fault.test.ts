import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { distributedSetup, waitFor } from '../test/distributed-setup.ts'
import { startVigie, tmp, vigie } from '../test/run-vigie.ts'
import { writeFaultMentions } from '../test/write-fault-mentions.ts'

// 20,000 in `npm test`; `.ci/run` pushes the 100,000 (VIGIE_FAULT_MENTIONS), several minutes here
const TOTAL = Number(process.env.VIGIE_FAULT_MENTIONS ?? 20_000)

test('two analyze workers, one killed halfway and restarted, store every published mention exactly once', async (t) => {
  const setup = await distributedSetup(t, 'fault')
  if (!setup) return
  const dir = tmp()
  const input = join(dir, 'mentions.jsonl')
  writeFaultMentions(input, TOTAL)
  // a short acknowledgement wait, so the killed worker's batches come back soon; no analysis thread per worker
  const config = join(dir, 'vigie.config.json')
  writeFileSync(config, JSON.stringify({ bus: { ackWaitSeconds: 5 }, analysis: { workers: 0 } }))
  const env = setup.env
  const workers: ReturnType<typeof startVigie>[] = []
  t.after(() => {
    for (const w of workers) w.child.kill('SIGKILL')
  })

  const published = vigie(
    [
      '--config',
      config,
      'ingest',
      '--input',
      input,
      '--workspace',
      'fault',
      '--brand',
      'Télécomète',
      '--query',
      'telecomete',
    ],
    { env },
  )
  assert.equal(published.status, 0, published.stderr)
  const batches = Math.ceil(TOTAL / 500)
  assert.equal(
    published.stdout,
    `published ${TOTAL.toLocaleString('en-US')} mentions to the bus in ${batches} batches\n`,
  )
  assert.deepEqual((await setup.stored('fault')).ids, [], 'ingest only publishes; the workers store')

  const startWorker = () => {
    const worker = startVigie(['--config', config, 'worker', '--role', 'analyze'], { env })
    workers.push(worker)
    return worker
  }
  const victim = startWorker()
  const survivor = startWorker()
  await waitFor('half the mentions stored', async () => (await setup.stored('fault')).ids.length >= TOTAL / 2)
  victim.child.kill('SIGKILL')
  const killed = await victim.exited
  assert.equal(killed.signal, 'SIGKILL')
  const atKill = (await setup.stored('fault')).ids.length
  assert.ok(atKill < TOTAL, `the worker was killed before the end (${atKill} stored)`)
  const restarted = startWorker()
  // stopped before it has set up its SIGTERM handler, a process just ends (no exit code): wait until it runs
  await waitFor('the restarted worker ready', async () => /analyze ready/.test(restarted.output()))

  await setup.allStored('fault', TOTAL)
  for (const w of [survivor, restarted]) w.child.kill('SIGTERM')
  const ends = await Promise.all([survivor.exited, restarted.exited])
  assert.deepEqual(
    ends.map((e) => e.code),
    [0, 0],
    `${survivor.output()}\n${restarted.output()}`,
  )
  for (const w of [survivor, restarted]) assert.match(w.output(), /stopped after \d+ batches/)
  t.diagnostic(
    `killed with ${atKill} of ${TOTAL} stored; after it: ${survivor.output()} ${restarted.output()}`,
  )

  const { ids, counted } = await setup.stored('fault')
  const expected = Array.from({ length: TOTAL }, (_, i) => `fault:m${i}`).sort()
  assert.deepEqual([...ids].sort(), expected, 'every mention, each once')
  // the hourly counts grow only with mentions really inserted: a batch stored twice would count twice
  assert.equal(counted, TOTAL)
  assert.equal(await setup.deadLetters(), '0')
})
