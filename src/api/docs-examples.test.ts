import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createTestApp } from '../test/api-test-app.ts'
import { shellCommands } from '../test/shell-commands.ts'

const doc = readFileSync(fileURLToPath(new URL('../../docs/api.md', import.meta.url)), 'utf8')

interface CurlCall {
  method: string
  url: string
  headers: Record<string, string>
  body?: string | Buffer
  streams: boolean
}

/** The parts of a documented `curl` command a request needs (the options docs/api.md uses). */
const parseCurl = (words: string[], token: string): CurlCall => {
  const call: CurlCall = { method: 'GET', url: '', headers: {}, streams: false }
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.replaceAll('$VIGIE_TOKEN', token)
    if (w === '-X') call.method = words[++i]!
    else if (w === '-H') {
      const header = words[++i]!.replaceAll('$VIGIE_TOKEN', token)
      const colon = header.indexOf(':')
      call.headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim()
    } else if (w === '-d') call.body = words[++i]!
    // a file the reader has: the examples' files are in src/api/fixtures/
    else if (w === '--data-binary')
      call.body = readFileSync(new URL(`fixtures/${words[++i]!.replace(/^@/, '')}`, import.meta.url))
    else if (w === '-N') call.streams = true
    else if (w === '-OJ') continue
    else if (w.startsWith('-')) throw new Error(`a curl option this test does not know: ${w}`)
    else call.url = w.replace(/^localhost:8080/, '')
  }
  return call
}

test('every curl example of docs/api.md answers with success on the test app, in order', async () => {
  const h = await createTestApp({}, { runtime: true })
  try {
    const curls = shellCommands(doc).filter((c) => c.words[0] === 'curl')
    assert.ok(curls.length >= 12, `only ${curls.length} examples found`)
    for (const { text, words } of curls) {
      const call = parseCurl(words, h.adminToken)
      assert.ok(call.url.startsWith('/api/v1/'), text)
      if (call.url !== '/api/v1/health')
        assert.equal(call.headers.authorization, `Bearer ${h.adminToken}`, `${text}: sends the token`)
      else call.headers.cookie = 'none=1' // health needs no login: sent without the test app's token
      // a live stream never ends: its route is checked to exist and accept the caller, not read
      if (call.streams) continue
      const res = await h.app.inject({
        method: call.method as 'GET',
        url: call.url,
        headers: call.headers,
        ...(call.body === undefined ? {} : { payload: call.body }),
      })
      assert.ok(res.statusCode < 300, `${text}\n→ ${res.statusCode} ${res.body.slice(0, 300)}`)
    }
  } finally {
    await h.close()
  }
})
