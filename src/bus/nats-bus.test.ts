import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { after, type TestContext, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { jetstream, jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import { needService } from '../test/services.ts'
import { type BusTestOptions, busContract, eventually } from './bus.contract.ts'
import { createNatsBus, natsStreamName } from './nats-bus.ts'
import { natsLeaseStream } from './nats-lease.ts'
import { BUS_KINDS, type DeadLetter } from './port.ts'

const url = process.env.VIGIE_TEST_NATS_URL ?? '127.0.0.1:4222'
const service = `NATS JetStream at ${url}`
const probe = async () => {
  const nc = await connect({ servers: url, timeout: 2000 })
  try {
    await jetstreamManager(nc)
  } finally {
    await nc.close()
  }
}
const reachable = await probe().then(
  () => true,
  () => false,
)

// Each test gets its own prefix (its own streams and consumers), deleted at the end.
const run = `vigietest_${process.pid}_${randomBytes(4).toString('hex')}`
const prefixes: string[] = []
const newPrefix = () => {
  prefixes.push(`${run}_${prefixes.length}`)
  return prefixes.at(-1)!
}
after(async () => {
  if (!reachable) return
  const nc = await connect({ servers: url })
  const jsm = await jetstreamManager(nc)
  for (const prefix of prefixes) {
    for (const kind of BUS_KINDS) await jsm.streams.delete(natsStreamName(prefix, kind)).catch(() => {})
    await jsm.streams.delete(natsLeaseStream(prefix)).catch(() => {})
  }
  await nc.close()
})

const openBus = (prefix: string, options: BusTestOptions) => createNatsBus({ url, prefix, ...options })

if (!reachable) {
  test('the NATS bus keeps the bus contract', async (t) => {
    await needService(t, service, probe)
  })
} else {
  busContract('NATS JetStream', async (_t, options) => openBus(newPrefix(), options))
}

const options: BusTestOptions = { maxDeliver: 3, ackWaitMs: 1000, retryDelayMs: 20 }

test('a durable subscriber that restarts in another process resumes with what it had not acknowledged', async (t) => {
  if (!(await needService(t, service, probe))) return
  const prefix = newPrefix()
  const seen: number[] = []
  const handler = (p: unknown) => void seen.push((p as { n: number }).n)
  const first = await openBus(prefix, options)
  await first.subscribe('mentions.>', handler, { durable: 'detector' })
  for (const n of [1, 2]) await first.publish('mentions.ws', { n })
  await eventually('1 and 2', () => seen.length === 2)
  await first.close()
  const publisher = await openBus(prefix, options)
  for (const n of [3, 4]) await publisher.publish('mentions.ws', { n })
  await publisher.close()
  const second = await openBus(prefix, options)
  await second.subscribe('mentions.>', handler, { durable: 'detector' })
  await eventually('3 and 4', () => seen.length >= 4)
  await second.publish('mentions.ws', { n: 5 })
  await eventually('5', () => seen.length >= 5)
  assert.deepEqual(seen, [1, 2, 3, 4, 5])
  await second.close()
})

test('a new durable subscriber told to start from the start gets what was published before it existed', async (t) => {
  if (!(await needService(t, service, probe))) return
  const prefix = newPrefix()
  const publisher = await openBus(prefix, options)
  for (const n of [1, 2]) await publisher.publish('raw.ws', { n })
  await publisher.close()
  const seen: number[] = []
  const late: number[] = []
  const bus = await openBus(prefix, options)
  await bus.subscribe('raw.>', (p) => void seen.push((p as { n: number }).n), {
    durable: 'analyze',
    from: 'start',
  })
  await bus.subscribe('raw.>', (p) => void late.push((p as { n: number }).n), { durable: 'other' })
  await bus.publish('raw.ws', { n: 3 })
  await eventually('1, 2 and 3', () => seen.length === 3 && late.length === 1)
  assert.deepEqual({ seen, late }, { seen: [1, 2, 3], late: [3] })
  await bus.close()
})

/** The shared durable consumer's messages not yet delivered, and delivered but not acknowledged. */
const consumerState = async (prefix: string, name: string) => {
  const nc = await connect({ servers: url })
  try {
    const info = await (await jetstreamManager(nc)).consumers.info(natsStreamName(prefix, 'raw'), name)
    return { pending: info.num_pending, unacknowledged: info.num_ack_pending }
  } finally {
    await nc.close()
  }
}

test('a subscriber holding as many messages as its maxInFlight takes no more, and a second one sharing its durable name gets the rest', async (t) => {
  if (!(await needService(t, service, probe))) return
  const prefix = newPrefix()
  const bus = await openBus(prefix, options)
  const publisher = await openBus(prefix, options)
  const byWorker: number[][] = [[], []]
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  // each holds its first message until both have one
  const subscribe = (mine: number[]) =>
    bus.subscribe(
      'raw.>',
      async (p) => {
        mine.push((p as { n: number }).n)
        if (byWorker.every((w) => w.length > 0)) release()
        await gate
      },
      { durable: 'shared', maxInFlight: 1 },
    )
  await subscribe(byWorker[0]!)
  await publisher.publish('raw.ws', { n: 0 })
  await eventually('the first subscriber holds a message', () => byWorker[0]!.length === 1)
  const backlog = 40
  for (let n = 1; n <= backlog; n++) await publisher.publish('raw.ws', { n })
  // the server has given the first subscriber its one message and nothing more
  assert.deepEqual(await consumerState(prefix, 'shared'), { pending: backlog, unacknowledged: 1 })
  await subscribe(byWorker[1]!)
  await eventually('every message', () => byWorker.flat().length === backlog + 1)
  assert.deepEqual(
    byWorker.flat().toSorted((a, b) => a - b),
    Array.from({ length: backlog + 1 }, (_, n) => n),
  )
  assert.ok(byWorker[1]!.length > 0)
  await publisher.close()
  await bus.close()
})

test('a message that is not JSON becomes a dead letter at once, with its text and the reason', async (t) => {
  if (!(await needService(t, service, probe))) return
  const prefix = newPrefix()
  const bus = await openBus(prefix, options)
  const dead: DeadLetter[] = []
  const handled: unknown[] = []
  await bus.subscribe('dead.>', (letter) => void dead.push(letter as DeadLetter))
  await bus.subscribe('raw.ws', (p) => void handled.push(p))
  const nc = await connect({ servers: url })
  await jetstream(nc).publish(`${prefix}.raw.ws`, 'not {json')
  await nc.close()
  await bus.publish('raw.ws', { n: 2 })
  await eventually('the dead letter and the next message', () => dead.length === 1 && handled.length === 1)
  assert.equal(dead[0]!.subject, 'raw.ws')
  assert.equal(dead[0]!.payload, 'not {json')
  assert.match(dead[0]!.reason, /not JSON/)
  assert.deepEqual(handled, [{ n: 2 }])
  await bus.close()
})

test('a message delivered more than maxDeliver times without acknowledgement becomes a dead letter without running the handler again', async (t) => {
  if (!(await needService(t, service, probe))) return
  const prefix = newPrefix()
  const bus = await openBus(prefix, { ...options, maxDeliver: 2 })
  await (await bus.subscribe('raw.>', () => {}, { durable: 'crashing' })).stop()
  await bus.publish('raw.ws', { n: 1 })
  // a process that takes the message and dies before acknowledging it, twice
  const nc = await connect({ servers: url })
  const consumer = await jetstream(nc).consumers.get(natsStreamName(prefix, 'raw'), 'crashing')
  for (const delivery of [1, 2])
    assert.equal((await consumer.next({ expires: 10_000 }))?.info.deliveryCount, delivery)
  await nc.close()
  const dead: DeadLetter[] = []
  const handled: unknown[] = []
  await bus.subscribe('dead.>', (letter) => void dead.push(letter as DeadLetter))
  await bus.subscribe('raw.>', (p) => void handled.push(p), { durable: 'crashing' })
  await eventually('the dead letter', () => dead.length === 1)
  assert.deepEqual(
    { payload: dead[0]!.payload, attempts: dead[0]!.attempts, handled },
    { payload: { n: 1 }, attempts: 2, handled: [] },
  )
  assert.match(dead[0]!.reason, /not acknowledged after 2 deliveries/)
  await bus.close()
})

test('a key whose holder stopped renewing it is free once the lease time has passed', async (t) => {
  if (!(await needService(t, service, probe))) return
  const prefix = newPrefix()
  const bus = await createNatsBus({ url, prefix, ...options, leaseMs: 1000 })
  // a holder that took the key and died: its message on the lease stream, renewed by no one
  const nc = await connect({ servers: url })
  await jetstream(nc).publish(`${prefix}.leases.detect.p0`, 'dead holder', {
    expect: { lastSubjectSequence: 0 },
  })
  await nc.close()
  assert.equal(await bus.lease('detect.p0'), undefined)
  const deadline = Date.now() + 20_000 // a bound against hanging, not a timing
  let lease = await bus.lease('detect.p0')
  while (lease === undefined) {
    if (Date.now() > deadline) assert.fail('still waiting: the key free again')
    await sleep(100)
    lease = await bus.lease('detect.p0')
  }
  assert.equal(lease.lost.aborted, false)
  await bus.close()
})

test('a holder whose key was taken over learns it lost the lease at its next renewal', async (t) => {
  if (!(await needService(t, service, probe))) return
  const prefix = newPrefix()
  const bus = await createNatsBus({ url, prefix, ...options, leaseMs: 1000 })
  const lease = await bus.lease('detect.p0')
  assert.ok(lease)
  // another holder took it (as if this one had missed its renewals long enough)
  const nc = await connect({ servers: url })
  const jsm = await jetstreamManager(nc)
  await jsm.streams.purge(natsLeaseStream(prefix), { filter: `${prefix}.leases.detect.p0` })
  await jetstream(nc).publish(`${prefix}.leases.detect.p0`, 'new holder', {
    expect: { lastSubjectSequence: 0 },
  })
  await nc.close()
  await eventually('the lease lost', () => lease.lost.aborted)
  assert.equal(await bus.lease('detect.p0'), undefined, 'the new holder keeps it')
  await bus.close()
})

test('an unreachable server is refused at start with a clear reason', async () => {
  await assert.rejects(createNatsBus({ url: 'nats://127.0.0.1:1', connectTimeoutMs: 1000 }), {
    code: 'unavailable',
    message: /cannot reach the NATS server at nats:\/\/127\.0\.0\.1:1/,
  })
})

/** A NATS server without JetStream on a free port, for as long as the test runs. */
const startServerWithoutJetStream = async (t: TestContext) => {
  const server = spawn('nats-server', ['-a', '127.0.0.1', '-p', '-1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  t.after(() => void server.kill())
  let log = ''
  for await (const chunk of server.stderr) {
    log += String(chunk)
    const port = /Listening for client connections on 127\.0\.0\.1:(\d+)/.exec(log)?.[1]
    if (port) return `nats://127.0.0.1:${port}`
  }
  throw new Error(`nats-server did not start: ${log}`)
}

test('a server without JetStream is refused at start with a clear reason', async (t) => {
  const binary = async () => {
    const child = spawn('nats-server', ['--version'], { stdio: 'ignore' })
    const [code] = (await once(child, 'exit')) as [number]
    if (code !== 0) throw new Error('nats-server --version failed')
  }
  if (!(await needService(t, 'the nats-server program', binary))) return
  const plain = await startServerWithoutJetStream(t)
  // a generous connect timeout: on a loaded machine the fresh server may answer late
  await assert.rejects(createNatsBus({ url: plain, connectTimeoutMs: 20_000 }), {
    code: 'unavailable',
    message: /has no JetStream \(start nats-server with -js\)/,
  })
})
