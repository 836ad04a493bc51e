import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { Alert } from '../core/index.ts'
import { createAlertHub } from './index.ts'

const alert = Alert.parse(JSON.parse(readFileSync(new URL('./fixtures/alert.json', import.meta.url), 'utf8')))

test('a subscriber receives the alerts of its workspace only', () => {
  const hub = createAlertHub()
  const acme: string[] = []
  const other: string[] = []
  hub.subscribe('acme', (a) => acme.push(a.id))
  hub.subscribe('globex', (a) => other.push(a.id))
  hub.publish(alert)
  assert.deepEqual(acme, [alert.id])
  assert.deepEqual(other, [])
})

test('an unsubscribed listener receives nothing more', async () => {
  const hub = createAlertHub()
  const seen: string[] = []
  const unsubscribe = hub.subscribe('acme', (a) => seen.push(a.id))
  await hub.deliver(alert)
  unsubscribe()
  hub.publish(alert)
  assert.equal(seen.length, 1)
  assert.equal(hub.subscriberCount('acme'), 0)
  assert.equal(hub.subscriberCount(), 0)
})

test('a listener that throws does not keep the others from their alert', () => {
  const errors: unknown[] = []
  const hub = createAlertHub({ onListenerError: (e) => errors.push(e) })
  const seen: string[] = []
  hub.subscribe('acme', () => {
    throw new Error('socket gone')
  })
  hub.subscribe('acme', (a) => seen.push(a.id))
  hub.publish(alert)
  assert.deepEqual(seen, [alert.id])
  assert.equal(errors.length, 1)
})

test('the same listener subscribed twice is unsubscribed one subscription at a time', () => {
  const hub = createAlertHub()
  let calls = 0
  const listener = () => {
    calls++
  }
  const first = hub.subscribe('acme', listener)
  hub.subscribe('acme', listener)
  first()
  hub.publish(alert)
  assert.equal(calls, 1)
})

test('an alert is published once: the same workspace and id again is not sent', () => {
  const hub = createAlertHub()
  const seen: string[] = []
  hub.subscribe('acme', (a) => seen.push(a.id))
  assert.equal(hub.publish(alert), true)
  assert.equal(hub.publish({ ...alert }), false)
  assert.equal(hub.publish({ ...alert, id: 'another' }), true)
  assert.equal(hub.publish({ ...alert, workspaceId: 'globex' }), true)
  assert.deepEqual(seen, [alert.id, 'another'])
})
