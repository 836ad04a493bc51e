import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { get, type IncomingMessage } from 'node:http'
import { test } from 'node:test'
import { Alert } from '../core/index.ts'
import { createTestApp } from '../test/api-test-app.ts'

const alert = Alert.parse({
  ...JSON.parse(readFileSync(new URL('./fixtures/seed.json', import.meta.url), 'utf8')).alerts[0],
  id: 'alert-live',
  explanation: 'line one\nline two',
})

/** Reads the SSE body until `done(text)` holds; the test fails by timeout if it never does. */
const readUntil = async (
  reader: ReadableStreamDefaultReader<Uint8Array>,
  done: (text: string) => boolean,
) => {
  const decoder = new TextDecoder()
  let text = ''
  while (!done(text)) {
    const { value, done: ended } = await reader.read()
    if (ended) break
    text += decoder.decode(value, { stream: true })
  }
  return text
}

test('a new alert of the workspace arrives on its event stream, others do not', {
  timeout: 10_000,
}, async () => {
  const h = await createTestApp()
  try {
    const address = await h.app.listen({ port: 0, host: '127.0.0.1' })
    const res = await fetch(`${address}/api/v1/workspaces/acme/stream`, {
      headers: { authorization: `Bearer ${h.adminToken}` },
    })
    assert.equal(res.status, 200)
    assert.match(String(res.headers.get('content-type')), /^text\/event-stream/)
    const reader = res.body!.getReader()
    await readUntil(reader, (text) => text.includes(': connected'))
    assert.equal(h.hub.subscriberCount('acme'), 1)

    h.hub.publish({ ...alert, workspaceId: 'globex', id: 'not-for-acme' })
    h.hub.publish(alert)
    const text = await readUntil(reader, (t) => t.includes('\n\n', t.indexOf('event: alert')))
    const event = text.slice(text.indexOf('event: alert')).split('\n\n')[0]!
    assert.equal(event.split('\n')[1], 'id: alert-live')
    const data = JSON.parse(event.split('\n')[2]!.replace(/^data: /, ''))
    assert.equal(data.id, 'alert-live')
    assert.equal(data.explanation, 'line one\nline two')
    assert.doesNotMatch(text, /not-for-acme/)
    await reader.cancel()
  } finally {
    await h.close()
  }
})

test('the stream sends heartbeat comments and unsubscribes when the client leaves', {
  timeout: 10_000,
}, async () => {
  const h = await createTestApp({ heartbeatMs: 5 })
  try {
    const address = await h.app.listen({ port: 0, host: '127.0.0.1' })
    // node:http rather than fetch: destroying the request is exactly a browser tab closing
    const request = get(`${address}/api/v1/workspaces/acme/stream`, { agent: false })
    const response = await new Promise<IncomingMessage>((resolve) => request.on('response', resolve))
    let text = ''
    for await (const chunk of response) {
      text += String(chunk)
      if (text.includes(': heartbeat\n\n')) break
    }
    request.destroy()
    // the server sees the socket close a moment later; poll the hub instead of sleeping a fixed time
    while (h.hub.subscriberCount('acme') > 0) await new Promise((resolve) => setImmediate(resolve))
    assert.equal(h.hub.subscriberCount(), 0)
  } finally {
    await h.close()
  }
})

test('closing the app ends open streams instead of waiting for the clients', {
  timeout: 10_000,
}, async () => {
  const h = await createTestApp()
  const address = await h.app.listen({ port: 0, host: '127.0.0.1' })
  const res = await fetch(`${address}/api/v1/workspaces/acme/stream`, {
    headers: { authorization: `Bearer ${h.adminToken}` },
  })
  const reader = res.body!.getReader()
  await readUntil(reader, (text) => text.includes(': connected'))
  await h.close()
  const rest = await readUntil(reader, () => false)
  assert.equal(typeof rest, 'string') // the read loop ended: the server closed the stream
  assert.equal(h.hub.subscriberCount(), 0)
})

test('the stream of an unknown workspace is a 404', async () => {
  const h = await createTestApp()
  try {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/workspaces/nope/stream' })
    assert.equal(res.statusCode, 404)
  } finally {
    await h.close()
  }
})
