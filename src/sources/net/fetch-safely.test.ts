import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { isAppError } from '../../core/index.ts'
import { fetchSafely, isBlockedAddress, OPEN_INTERNET } from './index.ts'

let server: Server
let base: string
const LOCAL = { allowHosts: ['127.0.0.1'] }

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/to-localhost')
      return res.writeHead(302, { location: base.replace('127.0.0.1', 'localhost') }).end()
    if (req.url === '/to-metadata')
      return res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end()
    if (req.url === '/hop') return res.writeHead(302, { location: '/ok' }).end()
    if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/plain' })
      const chunk = Buffer.alloc(64 * 1024, 97)
      let sent = 0
      const more = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', more)
        }
        res.end()
      }
      return more()
    }
    if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2_000)
    res.writeHead(200, { 'content-type': 'text/plain', etag: '"v1"' }).end('hello')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => server.close())

const refusal = async (url: string, policy = OPEN_INTERNET, maxBytes?: number) => {
  try {
    await fetchSafely(url, { policy, timeoutMs: 3_000, maxBytes })
  } catch (error) {
    assert.ok(isAppError(error), String(error))
    return error
  }
  assert.fail(`${url} was fetched`)
}

test('the SSRF table: loopback, private, link-local and metadata addresses are refused, literal or resolved', async () => {
  for (const url of [
    'http://127.0.0.1/',
    'http://[::1]/',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:127.0.0.1]/',
    'http://0.0.0.0/',
    'http://localhost/', // a name resolving to a loopback address
  ]) {
    const error = await refusal(url)
    assert.equal(error.code, 'forbidden', url)
    assert.match(error.message, /network\.allowHosts/, url)
  }
})

test('a redirect to a private address is refused, even from an allowed host', async () => {
  assert.equal((await refusal(`${base}/to-localhost`, LOCAL)).code, 'forbidden')
  assert.equal((await refusal(`${base}/to-metadata`, LOCAL)).code, 'forbidden')
})

test('an allowed host is fetched, redirects followed, with the final URL and headers', async () => {
  const res = await fetchSafely(`${base}/hop`, { policy: LOCAL })
  assert.equal(res.status, 200)
  assert.equal(res.body.toString(), 'hello')
  assert.equal(res.headers.etag, '"v1"')
  assert.equal(res.url, `${base}/ok`)
})

test('an answer over the size limit is refused without being read whole, and a slow one times out', async () => {
  const big = await refusal(`${base}/huge`, LOCAL, 1024 * 1024)
  assert.equal(big.code, 'invalid')
  assert.match(big.message, /more than/)
  const slow = await fetchSafely(`${base}/slow`, { policy: LOCAL, timeoutMs: 200 }).catch((e) => e)
  assert.equal(slow.code, 'unavailable')
})

test('only web URLs are fetched', async () => {
  for (const url of ['file:///etc/passwd', 'ftp://example.org/', 'gopher://x/', 'not a url'])
    assert.equal((await refusal(url)).code, 'invalid', url)
})

test('addresses are classified by range, IPv4 inside IPv6 included', () => {
  for (const a of [
    '127.0.0.53',
    '10.0.0.1',
    '100.64.1.1',
    '169.254.169.254',
    'fe80::1',
    'fd00::1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
  ])
    assert.equal(isBlockedAddress(a), true, a)
  for (const a of ['93.184.216.34', '2606:4700::1111', '8.8.8.8', '::ffff:8.8.8.8'])
    assert.equal(isBlockedAddress(a), false, a)
})
