import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import { BUS_KINDS, createNatsBus, natsStreamName } from '../bus/index.ts'
import { loadConfig } from '../config/index.ts'
import { needService } from '../test/services.ts'
import { createRuntime } from './index.ts'

const natsUrl = process.env.VIGIE_TEST_NATS_URL ?? 'nats://127.0.0.1:4222'
const config = (bus: Record<string, unknown>) =>
  loadConfig({
    env: {},
    overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent', 'analysis.workers': 0, bus },
  })

test('the runtime keeps the bus inside the process when no bus URL is set', async () => {
  const rt = await createRuntime(config({}))
  try {
    assert.equal(rt.bus.kind, 'in-process')
  } finally {
    await rt.close()
  }
})

test('the runtime carries its messages on NATS JetStream when bus.url is set', async (t) => {
  const probe = async () => {
    const nc = await connect({ servers: natsUrl, timeout: 2000 })
    await jetstreamManager(nc).finally(() => nc.close())
  }
  if (!(await needService(t, `NATS JetStream at ${natsUrl}`, probe))) return
  const prefix = `vigietest_rt_${process.pid}_${randomBytes(4).toString('hex')}`
  const rt = await createRuntime(config({ url: natsUrl, prefix }))
  const listener = await createNatsBus({ url: natsUrl, prefix })
  try {
    assert.equal(rt.bus.kind, 'nats')
    const seen: unknown[] = []
    await listener.subscribe('signals.>', (payload) => void seen.push(payload))
    await rt.bus.publish('signals.ws', { from: 'runtime' })
    for (let i = 0; seen.length === 0 && i < 2000; i++) await sleep(10)
    assert.deepEqual(seen, [{ from: 'runtime' }])
  } finally {
    await listener.close()
    await rt.close()
    const nc = await connect({ servers: natsUrl })
    const jsm = await jetstreamManager(nc)
    for (const kind of BUS_KINDS) await jsm.streams.delete(natsStreamName(prefix, kind)).catch(() => {})
    await nc.close()
  }
})

test('a bus URL that answers nothing stops the start with the reason', async () => {
  await assert.rejects(createRuntime(config({ url: 'nats://127.0.0.1:1' })), {
    code: 'unavailable',
    message: /cannot reach the NATS server at nats:\/\/127\.0\.0\.1:1/,
  })
})
