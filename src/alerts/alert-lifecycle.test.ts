import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { type Alert, AppError } from '../core/index.ts'
import {
  type AlertChannel,
  type AlertStore,
  acknowledgeAlert,
  createAlertHub,
  raiseAlert,
  resolveAlert,
} from './index.ts'

const fixture = JSON.parse(readFileSync(new URL('./fixtures/alert.json', import.meta.url), 'utf8'))
const ref = { workspaceId: 'acme', id: fixture.id as string }

const createMemoryAlertStore = (): AlertStore & { alerts: Map<string, Alert> } => {
  const alerts = new Map<string, Alert>()
  return {
    alerts,
    saveAlert: async (a) => {
      alerts.set(`${a.workspaceId}/${a.id}`, a)
    },
    getAlert: async (ws, id) => alerts.get(`${ws}/${id}`),
    setAlertStatus: async (ws, id, status) => {
      const a = alerts.get(`${ws}/${id}`)
      if (a) alerts.set(`${ws}/${id}`, { ...a, status })
    },
  }
}

const isCode = (code: string) => (error: unknown) => error instanceof AppError && error.code === code

test('a raised alert is stored open and handed to every channel', async () => {
  const store = createMemoryAlertStore()
  const hub = createAlertHub()
  const live: string[] = []
  hub.subscribe('acme', (a) => live.push(a.id))
  const result = await raiseAlert({
    ctx: { store, channels: [hub] },
    input: { ...fixture, status: 'resolved' },
  })
  assert.equal(result.status, 'raised')
  assert.equal(store.alerts.get(`acme/${ref.id}`)?.status, 'open')
  if (result.status === 'raised') assert.deepEqual(await result.deliveries, [{ channel: 'live', ok: true }])
  assert.deepEqual(live, [ref.id])
})

test('an alert raised twice is stored and delivered once', async () => {
  const store = createMemoryAlertStore()
  const delivered: string[] = []
  const channel: AlertChannel = { kind: 'test', deliver: async (a) => void delivered.push(a.id) }
  await raiseAlert({ ctx: { store, channels: [channel] }, input: fixture })
  const again = await raiseAlert({ ctx: { store, channels: [channel] }, input: fixture })
  assert.equal(again.status, 'duplicate')
  assert.deepEqual(delivered, [ref.id])
})

test('a failing channel is reported in the outcomes, the alert stays stored and the others still deliver', async () => {
  const store = createMemoryAlertStore()
  const broken: AlertChannel = {
    kind: 'webhook',
    deliver: () => Promise.reject(new AppError('unavailable', 'webhook delivery failed: HTTP 400')),
  }
  const hub = createAlertHub()
  const result = await raiseAlert({ ctx: { store, channels: [broken, hub] }, input: fixture })
  assert.equal(result.status, 'raised')
  if (result.status !== 'raised') return
  assert.deepEqual(await result.deliveries, [
    { channel: 'webhook', ok: false, reason: 'webhook delivery failed: HTTP 400' },
    { channel: 'live', ok: true },
  ])
  assert.ok(store.alerts.has(`acme/${ref.id}`))
})

test('an alert that is not valid is refused before anything is stored', async () => {
  const store = createMemoryAlertStore()
  await assert.rejects(raiseAlert({ ctx: { store }, input: { ...fixture, score: 140 } }), {
    name: 'ZodError',
  })
  assert.equal(store.alerts.size, 0)
})

test('an open alert can be acknowledged then resolved, and each step repeated harmlessly', async () => {
  const store = createMemoryAlertStore()
  await raiseAlert({ ctx: { store }, input: fixture })
  assert.equal((await acknowledgeAlert({ ctx: { store }, input: ref })).status, 'acknowledged')
  assert.equal((await acknowledgeAlert({ ctx: { store }, input: ref })).status, 'acknowledged')
  assert.equal((await resolveAlert({ ctx: { store }, input: ref })).status, 'resolved')
  assert.equal((await resolveAlert({ ctx: { store }, input: ref })).status, 'resolved')
  assert.equal(store.alerts.get(`acme/${ref.id}`)?.status, 'resolved')
})

test('a resolved alert cannot be acknowledged again', async () => {
  const store = createMemoryAlertStore()
  await raiseAlert({ ctx: { store }, input: fixture })
  await resolveAlert({ ctx: { store }, input: ref })
  await assert.rejects(acknowledgeAlert({ ctx: { store }, input: ref }), isCode('conflict'))
})

test('acting on an alert that does not exist is not_found', async () => {
  const store = createMemoryAlertStore()
  await assert.rejects(resolveAlert({ ctx: { store }, input: { ...ref, id: 'nope' } }), isCode('not_found'))
  await assert.rejects(acknowledgeAlert({ ctx: { store }, input: { workspaceId: '' } }), { name: 'ZodError' })
})
