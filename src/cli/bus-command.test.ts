import assert from 'node:assert/strict'
import { test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { createNatsBus } from '../bus/index.ts'
import { distributedSetup } from '../test/distributed-setup.ts'
import { vigie } from '../test/run-vigie.ts'

test('vigie bus dead-letters without a bus says where dead letters are kept', () => {
  const run = vigie(['bus', 'dead-letters'], { env: { VIGIE_BUS_URL: '' } })
  assert.equal(run.status, 2, run.stderr)
  assert.match(run.stderr, /dead letters are kept on the NATS JetStream bus: set VIGIE_BUS_URL/)
})

test('vigie bus dead-letters lists the messages every attempt failed on, replays a workspace’s once fixed, and drops the rest', async (t) => {
  const setup = await distributedSetup(t, 'deadletters')
  if (!setup) return
  const env = setup.env
  const bus = await createNatsBus({
    url: env.VIGIE_BUS_URL!,
    prefix: env.VIGIE_BUS_PREFIX,
    maxDeliver: 1,
    retryDelayMs: 10,
  })
  t.after(() => bus.close())
  const failing = await bus.subscribe('raw.>', (payload) => {
    if ((payload as { bad?: boolean }).bad) throw new Error('the batch cannot be parsed')
  })
  await bus.publish('raw.acme', { bad: true, n: 1 })
  await bus.publish('raw.acme', { n: 2 })
  await bus.publish('raw.acme', { bad: true, n: 3 })
  await bus.publish('raw.globex', { bad: true, n: 4 })
  const kept = async () => {
    const letters = []
    for await (const k of bus.deadLetters()) letters.push(k.letter.payload)
    return letters
  }
  for (const deadline = Date.now() + 20_000; (await kept()).length < 3 && Date.now() < deadline; )
    await sleep(50)
  await failing.stop()

  const listed = vigie(['bus', 'dead-letters'], { env })
  assert.equal(listed.status, 0, listed.stderr)
  assert.match(listed.stderr, /^3 dead letters on the bus$/m)
  assert.match(
    listed.stdout,
    /raw\.acme after 1 attempt: the batch cannot be parsed\n {2}\{"bad":true,"n":1\}/,
  )
  assert.equal(listed.stdout.match(/^#\d+ /gm)?.length, 3)

  const json = vigie(['bus', 'dead-letters', '--workspace', 'acme', '--format', 'json'], { env })
  assert.equal(json.status, 0, json.stderr)
  const rows = json.stdout
    .trim()
    .split('\n')
    .map(
      (line) => JSON.parse(line) as { subject: string; payload: unknown; reason: string; attempts: number },
    )
  assert.deepEqual(
    rows.map((r) => [r.subject, r.payload, r.reason, r.attempts]),
    [
      ['raw.acme', { bad: true, n: 1 }, 'the batch cannot be parsed', 1],
      ['raw.acme', { bad: true, n: 3 }, 'the batch cannot be parsed', 1],
    ],
  )

  // the cause is fixed: the workspace's letters go back to their subject, where a worker takes them
  const handled: unknown[] = []
  await bus.subscribe('raw.>', (payload) => void handled.push(payload))
  const replayed = vigie(['bus', 'dead-letters', '--workspace', 'acme', '--replay'], { env })
  assert.equal(replayed.status, 0, replayed.stderr)
  assert.match(replayed.stderr, /^2 dead letters of workspace acme published again and removed$/m)
  for (const deadline = Date.now() + 20_000; handled.length < 2 && Date.now() < deadline; ) await sleep(50)
  assert.deepEqual(handled, [
    { bad: true, n: 1 },
    { bad: true, n: 3 },
  ])
  assert.deepEqual(await kept(), [{ bad: true, n: 4 }])

  const dropped = vigie(['bus', 'dead-letters', '--drop'], { env })
  assert.equal(dropped.status, 0, dropped.stderr)
  assert.match(dropped.stderr, /^1 dead letter removed$/m)
  assert.deepEqual(await kept(), [])
  const both = vigie(['bus', 'dead-letters', '--replay', '--drop'], { env })
  assert.notEqual(both.status, 0)
  assert.match(both.stderr, /cannot be used with/)
})
