import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createManualClock } from '../core/index.ts'
import { API_TEST_NOW, createTestApp, TEST_ADMIN } from '../test/api-test-app.ts'

const JSON_TYPE = { 'content-type': 'application/json' }

const logIn = (
  h: Awaited<ReturnType<typeof createTestApp>>,
  password = TEST_ADMIN.password,
  ip = '10.0.0.1',
) =>
  h.app.inject({
    method: 'POST',
    url: '/api/v1/session',
    headers: { ...JSON_TYPE, cookie: 'none=1' },
    payload: { email: TEST_ADMIN.email.toUpperCase(), password },
    remoteAddress: ip,
  })

const cookieOf = (res: { headers: Record<string, unknown> }) =>
  String(res.headers['set-cookie']).split(';')[0]!

test('logging in sets an HttpOnly, SameSite=Strict session cookie and tells the CSRF value', async () => {
  const h = await createTestApp()
  try {
    const res = await logIn(h)
    assert.equal(res.statusCode, 200)
    const setCookie = String(res.headers['set-cookie'])
    assert.match(
      setCookie,
      /^vigie_session=vgs_[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/,
    )
    assert.equal(res.json().user.email, TEST_ADMIN.email)
    assert.equal(res.json().user.passwordHash, undefined)
    const me = await h.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: cookieOf(res) },
    })
    assert.equal(me.json().csrf, res.json().csrf)
    assert.equal(me.json().user.admin, true)
  } finally {
    await h.close()
  }
})

test('a wrong password and an unknown email get the same 401', async () => {
  const h = await createTestApp()
  try {
    const wrong = await logIn(h, 'not the password')
    const unknown = await h.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { ...JSON_TYPE, cookie: 'none=1' },
      payload: { email: 'nobody@test.example', password: 'whatever it is' },
    })
    assert.equal(wrong.statusCode, 401)
    assert.deepEqual(wrong.json(), unknown.json())
    assert.equal(wrong.headers['set-cookie'], undefined)
  } finally {
    await h.close()
  }
})

test('the eleventh failed login from an address in 15 minutes is refused with 429 and Retry-After', async () => {
  const clock = createManualClock(API_TEST_NOW)
  const h = await createTestApp({ clock })
  try {
    for (let i = 0; i < 10; i++) assert.equal((await logIn(h, 'wrong password')).statusCode, 401)
    const blocked = await logIn(h) // even the right password waits
    assert.equal(blocked.statusCode, 429)
    assert.equal(blocked.json().error.code, 'rate_limited')
    assert.ok(Number(blocked.headers['retry-after']) > 0)
    assert.equal((await logIn(h, TEST_ADMIN.password, '10.0.0.2')).statusCode, 200, 'another address')
    clock.advance(15 * 60_000)
    assert.equal((await logIn(h)).statusCode, 200)
  } finally {
    await h.close()
  }
})

test('a change through the session cookie needs the X-CSRF-Token header', async () => {
  const h = await createTestApp()
  try {
    const session = await logIn(h)
    const { csrf } = session.json()
    const ack = (headers: Record<string, string>) =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/acme/alerts/alert-1/acknowledge',
        headers: { ...JSON_TYPE, cookie: cookieOf(session), ...headers },
      })
    const without = await ack({})
    assert.equal(without.statusCode, 403)
    assert.match(without.json().error.message, /X-CSRF-Token/)
    assert.equal((await ack({ 'x-csrf-token': 'guess' })).statusCode, 403)
    assert.equal((await ack({ 'x-csrf-token': csrf })).statusCode, 200)
  } finally {
    await h.close()
  }
})

test('logging out ends the session: its cookie no longer opens anything', async () => {
  const h = await createTestApp()
  try {
    const cookie = cookieOf(await logIn(h))
    const out = await h.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { ...JSON_TYPE, cookie },
    })
    assert.equal(out.statusCode, 204)
    assert.match(String(out.headers['set-cookie']), /Max-Age=0/)
    const after = await h.app.inject({ method: 'GET', url: '/api/v1/workspaces', headers: { cookie } })
    assert.equal(after.statusCode, 401)
  } finally {
    await h.close()
  }
})

test('a session expires after 12 hours', async () => {
  const clock = createManualClock(API_TEST_NOW)
  const h = await createTestApp({ clock })
  try {
    const cookie = cookieOf(await logIn(h))
    clock.advance(12 * 3_600_000 - 1)
    assert.equal(
      (await h.app.inject({ method: 'GET', url: '/api/v1/workspaces', headers: { cookie } })).statusCode,
      200,
    )
    clock.advance(1)
    assert.equal(
      (await h.app.inject({ method: 'GET', url: '/api/v1/workspaces', headers: { cookie } })).statusCode,
      401,
    )
  } finally {
    await h.close()
  }
})

test('a demo visitor reads the demo workspace only, and changes nothing', async () => {
  const h = await createTestApp({ auth: { demoWorkspaceId: 'acme' } })
  try {
    const anonymous = { cookie: 'none=1' }
    const get = (url: string) => h.app.inject({ method: 'GET', url, headers: anonymous })
    assert.equal((await get('/api/v1/workspaces/acme/mentions')).statusCode, 200)
    assert.deepEqual(
      (await get('/api/v1/workspaces')).json().items.map((w: { id: string }) => w.id),
      ['acme'],
    )
    assert.equal((await get('/api/v1/workspaces/globex/mentions')).statusCode, 404)
    assert.equal((await get('/api/v1/session')).json().demo, 'acme')
    const ack = await h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/alerts/alert-1/acknowledge',
      headers: { ...JSON_TYPE, ...anonymous },
    })
    assert.equal(ack.statusCode, 403)
    assert.equal((await get('/api/v1/tokens')).statusCode, 401)
  } finally {
    await h.close()
  }
})

test('an API token is shown once, listed without its secret, and stops working once deleted', async () => {
  const h = await createTestApp()
  try {
    const made = await h.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: JSON_TYPE,
      payload: { name: 'newsroom script' },
    })
    assert.equal(made.statusCode, 201)
    const { token, info } = made.json()
    assert.match(token, /^vgt_/)
    const auth = { authorization: `Bearer ${token}` }
    const listed = await h.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: auth })
    assert.ok(listed.json().items.some((t: { id: string; hash?: string }) => t.id === info.id && !t.hash))
    assert.doesNotMatch(listed.body, new RegExp(token.slice(4)))
    const gone = await h.app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${info.id}`,
      headers: { ...JSON_TYPE, ...auth },
    })
    assert.equal(gone.statusCode, 204)
    assert.equal(
      (await h.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: auth })).statusCode,
      401,
    )
  } finally {
    await h.close()
  }
})

test('the OpenAPI file describes every route with the schemas that validate it, and the reference page shows them', async () => {
  const h = await createTestApp()
  try {
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/v1/openapi.json',
      headers: { cookie: 'none=1' },
    })
    assert.equal(res.statusCode, 200)
    const doc = res.json()
    assert.equal(doc.openapi, '3.1.0')
    const put = doc.paths['/api/v1/workspaces/{ws}/queries/{id}'].put
    assert.deepEqual(put.requestBody.content['application/json'].schema.required.sort(), ['brand', 'query'])
    assert.equal(put['x-vigie-access'], 'analyst')
    const mentions = doc.paths['/api/v1/workspaces/{ws}/mentions'].get
    assert.ok(
      mentions.parameters.some(
        (p: { name: string; in: string }) => p.name === 'sentiment' && p.in === 'query',
      ),
    )
    const page = await h.app.inject({ method: 'GET', url: '/api/v1/docs', headers: { cookie: 'none=1' } })
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /<code>\/api\/v1\/workspaces\/\{ws\}\/alerts\/\{id\}\/acknowledge<\/code>/)
    assert.match(String(page.headers['content-security-policy']), /style-src 'sha256-/)
  } finally {
    await h.close()
  }
})

test('a user changes their password with the current one, and their other sessions end', async () => {
  const h = await createTestApp()
  try {
    const first = await logIn(h)
    const other = cookieOf(await logIn(h, TEST_ADMIN.password, '10.0.0.3'))
    const change = (password: { current: string; next: string }) =>
      h.app.inject({
        method: 'PATCH',
        url: '/api/v1/users/me',
        headers: { ...JSON_TYPE, cookie: cookieOf(first), 'x-csrf-token': first.json().csrf },
        payload: { password, language: 'fr' },
      })
    const wrong = await change({ current: 'not it at all', next: 'a brand new passphrase' })
    assert.equal(wrong.statusCode, 403)
    const ok = await change({ current: TEST_ADMIN.password, next: 'a brand new passphrase' })
    assert.equal(ok.statusCode, 200)
    assert.equal(ok.json().language, 'fr')
    const still = await h.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: cookieOf(first) },
    })
    assert.equal(still.statusCode, 200, 'the session that changed it goes on')
    const ended = await h.app.inject({ method: 'GET', url: '/api/v1/workspaces', headers: { cookie: other } })
    assert.equal(ended.statusCode, 401, 'the other session ended')
    assert.equal((await logIn(h, TEST_ADMIN.password, '10.0.0.4')).statusCode, 401)
    assert.equal((await logIn(h, 'a brand new passphrase', '10.0.0.4')).statusCode, 200)
  } finally {
    await h.close()
  }
})
