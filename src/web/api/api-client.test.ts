import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createApiClient } from './api-client.ts'

test('logging out stops every request still on its way, so none comes back refused', async (t) => {
  const seen: AbortSignal[] = []
  t.mock.method(globalThis, 'fetch', (_url: string, init: RequestInit) => {
    const signal = init.signal as AbortSignal
    seen.push(signal)
    return new Promise((_resolve, reject) =>
      signal.addEventListener('abort', () => reject(new DOMException('stopped', 'AbortError'))),
    )
  })
  let unauthenticated = 0
  const client = createApiClient(() => {
    unauthenticated += 1
  })
  const overview = client.get('/workspaces/acme/overview')
  const mentions = client.get('/workspaces/acme/mentions', { limit: 10 })
  assert.equal(seen.length, 2)
  client.abortAll()
  await assert.rejects(overview, { name: 'AbortError' })
  await assert.rejects(mentions, { name: 'AbortError' })
  assert.equal(unauthenticated, 0)
  assert.ok(seen.every((s) => s.aborted))
})

test('a request that ended is no longer stopped by a later logout', async (t) => {
  t.mock.method(globalThis, 'fetch', async () => new Response('{"ok":true}', { status: 200 }))
  const client = createApiClient(() => {})
  assert.deepEqual(await client.get('/health'), { ok: true })
  client.abortAll()
  assert.deepEqual(await client.get('/health'), { ok: true })
})
