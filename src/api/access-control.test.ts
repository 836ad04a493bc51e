import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createApiToken, createUser } from '../accounts/index.ts'
import { type Role, systemClock } from '../core/index.ts'
import { createTestApp } from '../test/api-test-app.ts'
import { apiRoutes } from './index.ts'
import type { RouteSpec } from './route-spec.ts'

/**
 * The route table: every /api/v1 route is called by callers who must be refused, and the refusal must
 * say nothing of the other client's data. A new route joins these tables by being declared.
 */
let h: Awaited<ReturnType<typeof createTestApp>>
const tokens = new Map<string, string>()
const ROLES: Role[] = ['viewer', 'responder', 'analyst', 'admin']

before(async () => {
  h = await createTestApp()
  const ctx = { store: h.store, clock: systemClock }
  // every role in globex only; acme is the other client
  for (const role of ROLES) {
    const user = await createUser({
      ctx,
      input: { email: `${role}@globex.example`, role, workspaceId: 'globex' },
    })
    tokens.set(role, (await createApiToken({ ctx, userId: user.id, input: {} })).token)
  }
  // a person of acme only, who commented one of its alerts: globex must never learn who they are
  const coyote = await createUser({
    ctx,
    input: { email: 'wile@acme.example', name: 'Wile Coyote', role: 'responder', workspaceId: 'acme' },
  })
  await h.store.addAlertComment({
    workspaceId: 'acme',
    alertId: 'alert-1',
    userId: coyote.id,
    text: 'on it',
    at: new Date(),
  })
})
after(() => h.close())

const routes = (): RouteSpec[] => apiRoutes({ store: h.store, hub: h.hub, meter: h.meter, version: 'test' })

const urlOf = (spec: RouteSpec, ws: string) =>
  `/api/v1${spec.path.replace(':ws', ws).replace(':userId', 'u_x').replace(':id', 'alert-1')}`

const call = (spec: RouteSpec, ws: string, token?: string) =>
  h.app.inject({
    method: spec.method,
    url: urlOf(spec, ws),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : { cookie: 'none=1' }),
    },
    payload: spec.method === 'GET' ? undefined : '{}',
  })

test('every route but health, login and the reference answers 401 without a login', async () => {
  const open = routes()
    .filter((r) => r.access === 'public')
    .map((r) => `${r.method} ${r.path}`)
  // the webhook intake is public: its credential is the signature of the body (src/runtime/sources.test.ts)
  assert.deepEqual(open.sort(), [
    'DELETE /session',
    'GET /health',
    'GET /session',
    'POST /session',
    'POST /workspaces/:ws/ingest',
  ])
  for (const spec of routes().filter((r) => r.access !== 'public')) {
    const res = await call(spec, 'acme')
    assert.equal(res.statusCode, 401, `${spec.method} ${spec.path}: ${res.body}`)
  }
  const session = await h.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: 'none=1' } })
  assert.equal(session.statusCode, 401)
})

test("no route of another client's workspace answers anything but 404, whatever the caller's role", async () => {
  const scoped = routes().filter((r) => r.path.includes(':ws') && r.access !== 'public')
  assert.ok(scoped.length >= 15, `only ${scoped.length} workspace routes`)
  for (const role of ROLES)
    for (const spec of scoped) {
      const res = await call(spec, 'acme', tokens.get(role))
      assert.equal(res.statusCode, 404, `${role} ${spec.method} ${spec.path}: ${res.statusCode}`)
      assert.doesNotMatch(
        res.body,
        /mastodon:1|alert-1|q-acme|Acme|Coyote|wile@/,
        `${role} ${spec.method} ${spec.path}`,
      )
    }
})

test('a role below the one a route needs is refused with 403 in its own workspace', async () => {
  for (const spec of routes().filter(
    (r) => (ROLES as string[]).includes(r.access) && r.path.includes(':ws'),
  )) {
    const needed = ROLES.indexOf(spec.access as Role)
    for (const role of ROLES.slice(0, needed)) {
      const res = await call(spec, 'globex', tokens.get(role))
      assert.equal(res.statusCode, 403, `${role} ${spec.method} ${spec.path}`)
      assert.match(res.json().error.message, new RegExp(`needs the ${spec.access} role`))
    }
    // the role itself gets through the check (it may still be refused by validation or a missing item);
    // a live stream would stay open
    if (spec.produces) continue
    const res = await call(spec, 'globex', tokens.get(ROLES[needed]!))
    assert.notEqual(res.statusCode, 403, `${ROLES[needed]} ${spec.method} ${spec.path}: ${res.body}`)
    assert.notEqual(res.statusCode, 401)
  }
})

const members = async (ws: string, role: Role) => {
  const res = await h.app.inject({
    method: 'GET',
    url: `/api/v1/workspaces/${ws}/members`,
    headers: { authorization: `Bearer ${tokens.get(role)}` },
  })
  return { status: res.statusCode, body: res.body, items: res.json().items as Record<string, unknown>[] }
}

test("every member reads the names of their workspace's members; only its admins read their emails", async () => {
  for (const role of ROLES) {
    const { status, items, body } = await members('globex', role)
    assert.equal(status, 200, role)
    assert.deepEqual(
      items.map((m) => [m.name, m.role]),
      // by name; each globex user is named after their email's local part
      [...ROLES].sort().map((r) => [r, r]),
      role,
    )
    if (role === 'admin')
      assert.deepEqual(
        items.map((m) => m.email),
        [...ROLES].sort().map((r) => `${r}@globex.example`),
      )
    else assert.doesNotMatch(body, /@globex\.example|"email"/, `${role} reads no email`)
    assert.doesNotMatch(body, /Coyote|wile@|acme/i, `${role}: nobody of acme is listed in globex`)
  }
})

test("an alert's comments name their author, and never give their email", async () => {
  const res = await h.app.inject({ method: 'GET', url: '/api/v1/workspaces/acme/alerts/alert-1/comments' })
  assert.equal(res.statusCode, 200)
  const [comment] = res.json().items
  assert.equal(comment.authorName, 'Wile Coyote')
  assert.doesNotMatch(res.body, /wile@acme/)
  const { status } = await members('acme', 'admin') // globex's admin
  assert.equal(status, 404)
})

test('a user lists only the workspaces they belong to, and only an installation admin creates one', async () => {
  const listed = await h.app.inject({
    method: 'GET',
    url: '/api/v1/workspaces',
    headers: { authorization: `Bearer ${tokens.get('admin')}` },
  })
  assert.deepEqual(
    listed.json().items.map((w: { id: string; role: string }) => [w.id, w.role]),
    [['globex', 'admin']],
  )
  const create = (token: string | undefined) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload: { name: 'Initech' },
    })
  assert.equal((await create(tokens.get('admin'))).statusCode, 403)
  const made = await create(undefined) // the test app's installation admin
  assert.equal(made.statusCode, 201)
  assert.equal(made.json().id, 'initech')
})

test('an unknown bearer token is refused, not taken for an anonymous visit', async () => {
  const res = await h.app.inject({
    method: 'GET',
    url: '/api/v1/workspaces',
    headers: { authorization: 'Bearer vgt_not-a-real-token' },
  })
  assert.equal(res.statusCode, 401)
  assert.match(res.json().error.message, /unknown API token/)
})

test('file imports are in the route table: analysts upload and preview, viewers follow', () => {
  const imports = routes()
    .filter((r) => r.path.startsWith('/workspaces/:ws/imports'))
    .map((r) => `${r.method} ${r.path} ${r.access}${r.upload ? ' upload' : ''}`)
  assert.deepEqual(imports.sort(), [
    'GET /workspaces/:ws/imports viewer',
    'GET /workspaces/:ws/imports/:id viewer',
    'POST /workspaces/:ws/imports analyst upload',
    'POST /workspaces/:ws/imports/preview analyst upload',
  ])
})
