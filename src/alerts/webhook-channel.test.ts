import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { Alert, AppError, createManualClock } from '../core/index.ts'
import { createWebhookChannel, verifyWebhookSignature, type WebhookChannelOptions } from './index.ts'

const SECRET = 'a-test-secret-of-enough-length'
const alert = Alert.parse(JSON.parse(readFileSync(new URL('./fixtures/alert.json', import.meta.url), 'utf8')))

/** What the receiver saw, and what it answers next: a list of [status, headers] per attempt. */
interface Received {
  headers: IncomingHttpHeaders
  body: string
  signatureValid: boolean
}
let script: [number, Record<string, string>][] = []
let received: Received[] = []
let url = ''

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8')
    const timestamp = String(req.headers['x-vigie-timestamp'])
    const signature = String(req.headers['x-vigie-signature'])
    const signatureValid = verifyWebhookSignature(SECRET, timestamp, body, signature)
    received.push({ headers: req.headers, body, signatureValid })
    const [status, headers] = signatureValid ? (script.shift() ?? [200, {}]) : [401, {}]
    res.writeHead(status, headers).end(status >= 400 ? 'receiver says no' : 'ok')
  })
})

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/vigie`
})
after(() => new Promise<void>((resolve) => server.close(() => resolve())))

const setUp = (answers: [number, Record<string, string>][], options: Partial<WebhookChannelOptions> = {}) => {
  script = [...answers]
  received = []
  const sleeps: number[] = []
  const deadLetters: { reason: string; payload: string }[] = []
  const channel = createWebhookChannel({
    url,
    secret: SECRET,
    maxAttempts: 4,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    random: () => 0.5,
    baseDelayMs: 1000,
    clock: createManualClock(new Date('2026-03-14T09:00:05Z')),
    onDeadLetter: (reason, payload) => {
      deadLetters.push({ reason, payload })
    },
    ...options,
  })
  return { channel, sleeps, deadLetters }
}

test('delivers a signed alert after the receiver fails twice with 503, backing off between attempts', async () => {
  const { channel, sleeps, deadLetters } = setUp([
    [503, {}],
    [503, {}],
  ])
  await channel.deliver(alert)
  assert.equal(received.length, 3)
  assert.ok(received.every((r) => r.signatureValid))
  assert.deepEqual(JSON.parse(received[2]!.body), { type: 'alert', alert: JSON.parse(JSON.stringify(alert)) })
  const first = received[0]!.headers
  assert.equal(first['content-type'], 'application/json')
  assert.equal(first['x-vigie-event'], 'alert')
  assert.equal(first['x-vigie-timestamp'], String(Date.parse('2026-03-14T09:00:05Z') / 1000))
  assert.match(String(first['x-vigie-delivery']), /^[0-9a-f-]{36}$/)
  assert.ok(received.every((r) => r.headers['x-vigie-delivery'] === first['x-vigie-delivery']))
  assert.deepEqual(sleeps, [750, 1500]) // 1 s then 2 s, with half of each jittered (random = 0.5)
  assert.deepEqual(deadLetters, [])
})

test('waits as long as a 429 Retry-After asks before trying again', async () => {
  const { channel, sleeps } = setUp([[429, { 'Retry-After': '7' }]])
  await channel.deliver(alert)
  assert.equal(received.length, 2)
  assert.deepEqual(sleeps, [7000])
})

test('gives up without waiting when Retry-After asks for longer than allowed', async () => {
  const { channel, sleeps, deadLetters } = setUp([[429, { 'Retry-After': '3600' }]], {
    maxRetryAfterMs: 60_000,
  })
  await assert.rejects(channel.deliver(alert), AppError)
  assert.deepEqual(sleeps, [])
  assert.match(deadLetters[0]!.reason, /retry after 3600 s/)
})

test('does not retry a 400 and reports it as a dead letter with the body sent', async () => {
  const { channel, sleeps, deadLetters } = setUp([[400, {}]])
  await assert.rejects(channel.deliver(alert), (error: unknown) => {
    assert.ok(error instanceof AppError)
    assert.equal(error.code, 'unavailable')
    return true
  })
  assert.equal(received.length, 1)
  assert.deepEqual(sleeps, [])
  assert.equal(deadLetters.length, 1)
  assert.match(deadLetters[0]!.reason, /^HTTP 400: receiver says no$/)
  assert.equal(deadLetters[0]!.payload, received[0]!.body)
})

test('reports one dead letter after maxAttempts failed attempts', async () => {
  const { channel, sleeps, deadLetters } = setUp(
    [
      [503, {}],
      [502, {}],
      [500, {}],
    ],
    { maxAttempts: 3 },
  )
  await assert.rejects(channel.deliver(alert), /gave up after 3 attempts; last: HTTP 500/)
  assert.equal(received.length, 3)
  assert.equal(sleeps.length, 2)
  assert.equal(deadLetters.length, 1)
  assert.equal(JSON.parse(deadLetters[0]!.payload).alert.id, alert.id)
})

test('retries after a network error', async () => {
  let calls = 0
  const flakyFetch: typeof fetch = (input, init) => {
    calls++
    return calls === 1 ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init)
  }
  const { channel, sleeps } = setUp([], { fetch: flakyFetch })
  await channel.deliver(alert)
  assert.equal(calls, 2)
  assert.equal(received.length, 1)
  assert.equal(sleeps.length, 1)
})

test('a signature made with another secret, time or body does not verify', async () => {
  const { channel } = setUp([])
  await channel.deliver(alert)
  const { headers, body } = received[0]!
  const timestamp = String(headers['x-vigie-timestamp'])
  const signature = String(headers['x-vigie-signature'])
  assert.equal(verifyWebhookSignature(SECRET, timestamp, body, signature), true)
  assert.equal(verifyWebhookSignature('another-secret-entirely', timestamp, body, signature), false)
  assert.equal(verifyWebhookSignature(SECRET, String(Number(timestamp) + 1), body, signature), false)
  assert.equal(verifyWebhookSignature(SECRET, timestamp, `${body} `, signature), false)
  assert.equal(verifyWebhookSignature(SECRET, timestamp, body, 'sha256=00'), false)
})
