import assert from 'node:assert/strict'
import { connect } from 'node:net'
import { test } from 'node:test'
import { createTestApp } from '../test/api-test-app.ts'

const ACK = '/api/v1/workspaces/acme/alerts/alert-1/acknowledge'

const withApp = async (
  body: (h: Awaited<ReturnType<typeof createTestApp>>) => Promise<void>,
  access?: Parameters<typeof createTestApp>[0] extends infer O
    ? O extends { access?: infer A }
      ? A
      : never
    : never,
) => {
  const h = await createTestApp(access ? { access } : {})
  try {
    await body(h)
  } finally {
    await h.close()
  }
}

const statusOf = async (h: Awaited<ReturnType<typeof createTestApp>>) =>
  (await h.store.getAlert('acme', 'alert-1'))?.status

test('a POST another site can forge without a preflight (form, text/plain, no type) is refused and changes nothing', () =>
  withApp(async (h) => {
    for (const headers of [
      { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://evil.example' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'multipart/form-data; boundary=x' },
      {},
    ]) {
      const res = await h.app.inject({ method: 'POST', url: ACK, headers, payload: '' })
      assert.equal(res.statusCode, 403, JSON.stringify(headers))
      assert.equal(res.json().error.code, 'forbidden')
      assert.match(res.json().error.message, /must be sent as JSON \(Content-Type: application\/json/)
    }
    assert.equal(await statusOf(h), 'open')
  }))

test('a JSON change from a page of another origin is refused; the server’s own pages and allowed origins pass', () =>
  withApp(
    async (h) => {
      const post = (origin: string) =>
        h.app.inject({
          method: 'POST',
          url: ACK,
          headers: { 'content-type': 'application/json', origin, host: 'localhost:8080' },
        })
      for (const origin of [
        'https://evil.example',
        'http://localhost.evil.example:8080',
        'null',
        'http://localhost:9999',
      ]) {
        const res = await post(origin)
        assert.equal(res.statusCode, 403, origin)
        assert.match(
          res.json().error.message,
          /changes from the page of another site .* server\.allowedOrigins/,
        )
      }
      assert.equal(await statusOf(h), 'open')
      assert.equal((await post('https://intranet.example.org')).statusCode, 200)
      assert.equal((await post('http://localhost:8080')).statusCode, 200)
      assert.equal(await statusOf(h), 'acknowledged')
    },
    { host: '127.0.0.1', allowedHosts: [], allowedOrigins: ['https://intranet.example.org'] },
  ))

test('the page’s own request (same origin, declared JSON, no body) and a script without Origin pass', () =>
  withApp(async (h) => {
    const fromPage = await h.app.inject({
      method: 'POST',
      url: ACK,
      headers: {
        'content-type': 'application/json',
        origin: 'http://127.0.0.1:8080',
        host: '127.0.0.1:8080',
      },
    })
    assert.equal(fromPage.statusCode, 200)
    assert.equal(fromPage.json().status, 'acknowledged')
    const fromCurl = await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/alerts/alert-1/resolve',
      headers: { 'content-type': 'application/json' },
    })
    assert.equal(fromCurl.statusCode, 200)
    assert.equal(await statusOf(h), 'resolved')
  }))

test('a Host the server does not answer to (DNS rebinding) is refused, for the page, reads and the stream too', () =>
  withApp(async (h) => {
    for (const url of ['/', '/api/v1/workspaces', '/api/v1/workspaces/acme/stream', '/metrics']) {
      const res = await h.app.inject({ method: 'GET', url, headers: { host: 'rebind.evil.example:8080' } })
      assert.equal(res.statusCode, 403, url)
      assert.equal(res.json().error.code, 'forbidden')
      assert.match(
        res.json().error.message,
        /does not answer to the host "rebind\.evil\.example:8080": add it to server\.allowedHosts/,
      )
    }
    // HTTP/1.0 may leave Host out: nothing says which name was asked for
    const address = new URL(await h.app.listen({ port: 0, host: '127.0.0.1' }))
    const socket = connect(Number(address.port), '127.0.0.1')
    socket.end('GET /api/v1/workspaces HTTP/1.0\r\n\r\n')
    let answer = ''
    for await (const chunk of socket) answer += chunk
    assert.match(answer, /^HTTP\/1\.1 403 /)
  }))

test('localhost, IP addresses, the configured host and allowed hosts are answered', () =>
  withApp(
    async (h) => {
      for (const host of [
        'localhost:8080',
        'LOCALHOST',
        '127.0.0.1:8080',
        '[::1]:8080',
        '192.168.1.20:8080',
        'vigie.lan:8080',
        'Vigie.Example.org',
      ]) {
        const res = await h.app.inject({ method: 'GET', url: '/api/v1/workspaces', headers: { host } })
        assert.equal(res.statusCode, 200, host)
      }
    },
    { host: 'vigie.lan', allowedHosts: ['vigie.example.org'], allowedOrigins: [] },
  ))

test('listening on every interface (0.0.0.0 or ::) adds no name: other names are still refused', async () => {
  for (const host of ['0.0.0.0', '::']) {
    await withApp(
      async (h) => {
        const evil = await h.app.inject({
          method: 'GET',
          url: '/api/v1/workspaces',
          headers: { host: 'rebind.evil.example' },
        })
        assert.equal(evil.statusCode, 403, host)
        const lan = await h.app.inject({
          method: 'GET',
          url: '/api/v1/workspaces',
          headers: { host: '10.0.0.7:8080' },
        })
        assert.equal(lan.statusCode, 200, host)
      },
      { host, allowedHosts: [], allowedOrigins: [] },
    )
  }
})
