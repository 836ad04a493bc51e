import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTestApp } from '../test/api-test-app.ts'

let h: Awaited<ReturnType<typeof createTestApp>>
before(async () => {
  h = await createTestApp()
})
after(() => h.close())

/** Changes are declared JSON, even with no body (request-guard.ts). */
const JSON_TYPE = { 'content-type': 'application/json' }

const get = async (url: string) => {
  const res = await h.app.inject({ method: 'GET', url })
  return { status: res.statusCode, body: res.json() }
}

test("health says ok with the version and the server's now (the dashboard's time ranges end there)", async () => {
  const { status, body } = await get('/api/v1/health')
  assert.equal(status, 200)
  assert.equal(body.status, 'ok')
  assert.equal(body.version, '0.1.0-test')
  assert.equal(body.now, '2026-03-14T12:30:00.000Z')
})

test('lists the workspaces', async () => {
  const { body } = await get('/api/v1/workspaces')
  assert.deepEqual(
    body.items.map((w: { id: string }) => w.id),
    ['acme', 'globex'],
  )
})

test('a query is created with 201, then updated with 200, owned handles normalised', async () => {
  const put = (brand: string) =>
    h.app.inject({
      method: 'PUT',
      url: '/api/v1/workspaces/acme/queries/q-new',
      payload: { brand, query: 'acme AND rappel', owned: ['@AcmeFR'] },
    })
  const created = await put('Acme')
  assert.equal(created.statusCode, 201)
  assert.deepEqual(created.json().owned, ['acmefr'])
  assert.equal((await put('Acme FR')).statusCode, 200)
  const { body } = await get('/api/v1/workspaces/acme/queries')
  assert.equal(body.items.find((q: { id: string }) => q.id === 'q-new').brand, 'Acme FR')
})

test('a query body with problems is refused with 400 and the list of problems', async () => {
  const res = await h.app.inject({
    method: 'PUT',
    url: '/api/v1/workspaces/acme/queries/q-bad',
    payload: { brand: '', colour: 'red' },
  })
  assert.equal(res.statusCode, 400)
  const { error } = res.json()
  assert.equal(error.code, 'invalid')
  assert.ok(error.details.some((p: string) => p.startsWith('brand:')))
  assert.ok(error.details.some((p: string) => p.startsWith('query:')))
  assert.ok(error.details.some((p: string) => p.includes('colour')))
})

test('a query whose syntax is wrong is refused with 400, its position and reason, and is not stored', async () => {
  for (const [query, position, reason] of [
    ['acme AND', 8, /expected a term after AND/],
    ['(acme', 0, /never closed/],
    [`${'('.repeat(20_000)}acme${')'.repeat(20_000)}`, 10_000, /query too long/],
    [`${'('.repeat(1_000)}acme${')'.repeat(1_000)}`, 100, /too deeply nested/],
  ] as const) {
    const res = await h.app.inject({
      method: 'PUT',
      url: '/api/v1/workspaces/acme/queries/q-syntax',
      payload: { brand: 'Acme', query },
    })
    assert.equal(res.statusCode, 400)
    const { error } = res.json()
    assert.equal(error.code, 'invalid')
    assert.match(error.message, new RegExp(`^invalid query: .* at column ${position + 1}$`))
    assert.equal(error.details.position, position)
    assert.match(error.details.reason, reason)
  }
  assert.equal(
    (await h.store.listQueries('acme')).some((q) => q.id === 'q-syntax'),
    false,
  )
})

test('a stored query that no longer parses is listed with its error; the others are listed as they are', async () => {
  await h.store.upsertQuery({ id: 'q-old', workspaceId: 'acme', brand: 'Acme', query: 'acme AND', owned: [] })
  try {
    const { body } = await get('/api/v1/workspaces/acme/queries')
    const old = body.items.find((q: { id: string }) => q.id === 'q-old')
    assert.deepEqual(old.error, {
      message: 'expected a term after AND at column 9',
      position: 8,
      reason: 'expected a term after AND',
    })
    assert.ok(
      body.items.filter((q: { id: string }) => q.id !== 'q-old').every((q: object) => !('error' in q)),
    )
  } finally {
    await h.store.deleteQuery('acme', 'q-old')
  }
})

test('a query is deleted with 204 and the pipeline is told; an unknown one is 404', async () => {
  const changed: string[] = []
  const t = await createTestApp({ onQueriesChanged: (ws) => void changed.push(ws) })
  try {
    const [query] = await t.store.listQueries('acme')
    const url = `/api/v1/workspaces/acme/queries/${query!.id}`
    assert.equal((await t.app.inject({ method: 'DELETE', url, headers: JSON_TYPE })).statusCode, 204)
    assert.deepEqual(await t.store.listQueries('acme'), [])
    assert.deepEqual(changed, ['acme'])
    const again = await t.app.inject({ method: 'DELETE', url, headers: JSON_TYPE })
    assert.equal(again.statusCode, 404)
    assert.equal(again.json().error.code, 'not_found')
  } finally {
    await t.close()
  }
})

test('the language of a workspace is changed with PATCH and the pipeline is told; other fields are refused', async () => {
  const changed: string[] = []
  const t = await createTestApp({ onWorkspaceChanged: (ws) => void changed.push(ws) })
  try {
    const patch = (payload: object) =>
      t.app.inject({ method: 'PATCH', url: '/api/v1/workspaces/acme', payload })
    const res = await patch({ language: 'fr' })
    assert.equal(res.statusCode, 200)
    assert.equal(res.json().language, 'fr')
    assert.equal((await t.store.getWorkspace('acme'))?.language, 'fr')
    assert.deepEqual(changed, ['acme'])
    assert.equal((await patch({ name: 'Acme France' })).json().language, 'fr', 'a rename keeps the language')
    assert.deepEqual(changed, ['acme'], 'a rename does not touch the pipeline')
    const bad = await patch({ language: 'de', colour: 'red' })
    assert.equal(bad.statusCode, 400)
    assert.equal((await t.store.getWorkspace('acme'))?.language, 'fr')
  } finally {
    await t.close()
  }
})

test('a body that is not JSON is an invalid request', async () => {
  const res = await h.app.inject({
    method: 'PUT',
    url: '/api/v1/workspaces/acme/queries/q-x',
    headers: { 'content-type': 'application/json' },
    payload: '{"brand":',
  })
  assert.equal(res.statusCode, 400)
  assert.equal(res.json().error.code, 'invalid')
})

test('an unknown workspace is 404 with the JSON error body', async () => {
  const { status, body } = await get('/api/v1/workspaces/nope/alerts')
  assert.equal(status, 404)
  assert.deepEqual(body, { error: { code: 'not_found', message: 'no workspace nope', details: null } })
})

test('a search with a NUL, of ligatures, or of operators only gets an answer, never a 500', async () => {
  const nul = await get('/api/v1/workspaces/acme/mentions?q=eclats%00verre')
  assert.equal(nul.status, 200)
  assert.deepEqual(
    nul.body.items.map((m: { id: string }) => m.id),
    ['mastodon:2'],
  )
  const t = await createTestApp() // a mention of its own, so the other tests keep the seed as it is
  try {
    const mention = (await t.store.getMention('acme', 'mastodon:2'))!
    await t.store.saveMentions([{ ...mention, id: 'mastodon:oe', text: 'Un rappel écœurant' }])
    const folded = await t.app.inject({ method: 'GET', url: '/api/v1/workspaces/acme/mentions?q=ecoeurant' })
    assert.deepEqual(
      folded.json().items.map((m: { id: string }) => m.id),
      ['mastodon:oe'],
    )
  } finally {
    await t.close()
  }
  const operators = await get('/api/v1/workspaces/acme/mentions?q=AND')
  assert.equal(operators.status, 400)
  assert.equal(operators.body.error.code, 'invalid')
  assert.match(operators.body.error.message, /^nothing to search for in "AND"/)
})

test('mentions are searched accent- and case-insensitively, newest first', async () => {
  const { body } = await get('/api/v1/workspaces/acme/mentions?q=ECLATS')
  assert.deepEqual(
    body.items.map((m: { id: string }) => m.id),
    ['mastodon:2'],
  )
  const all = await get('/api/v1/workspaces/acme/mentions')
  assert.deepEqual(
    all.body.items.map((m: { id: string }) => m.id),
    ['mastodon:4', 'mastodon:3', 'mastodon:2', 'mastodon:1'],
  )
})

test('mentions filter by sentiment and time, and page with limit and before', async () => {
  const negative = await get('/api/v1/workspaces/acme/mentions?sentiment=negative&from=2026-03-14T10:10:00Z')
  assert.deepEqual(
    negative.body.items.map((m: { id: string }) => m.id),
    ['mastodon:3'],
  )
  const first = await get('/api/v1/workspaces/acme/mentions?limit=2')
  assert.equal(first.body.items.length, 2)
  assert.equal(typeof first.body.next, 'string')
  const second = await get(
    `/api/v1/workspaces/acme/mentions?limit=2&before=${encodeURIComponent(first.body.next)}`,
  )
  assert.deepEqual(
    second.body.items.map((m: { id: string }) => m.id),
    ['mastodon:2', 'mastodon:1'],
  )
})

test('bad mention filters are refused with one problem per parameter', async () => {
  const { status, body } = await get(
    '/api/v1/workspaces/acme/mentions?from=yesterday&limit=0&sentiment=angry',
  )
  assert.equal(status, 400)
  assert.deepEqual(
    body.error.details.map((p: string) => p.split(':')[0]),
    ['from', 'sentiment', 'limit'],
  )
})

test('volume counts mentions per hour over the last 48 hours by default', async () => {
  const { status, body } = await get('/api/v1/workspaces/acme/volume')
  assert.equal(status, 200)
  assert.equal(body.bucket, 'hour')
  const total = body.buckets.reduce((sum: number, b: { total: number }) => sum + b.total, 0)
  const negative = body.buckets.reduce((sum: number, b: { negative: number }) => sum + b.negative, 0)
  assert.equal(total, 4)
  assert.equal(negative, 2)
  const tenOClock = body.buckets.find((b: { at: string }) => b.at === '2026-03-14T10:00:00.000Z')
  assert.equal(tenOClock.total, 2)
})

test('volume by day, and a range that ends before it starts is invalid', async () => {
  const day = await get(
    '/api/v1/workspaces/acme/volume?bucket=day&from=2026-03-13T00:00:00Z&to=2026-03-15T00:00:00Z',
  )
  assert.deepEqual(
    day.body.buckets.map((b: { total: number }) => b.total),
    [1, 3],
  )
  const backwards = await get(
    '/api/v1/workspaces/acme/volume?from=2026-03-15T00:00:00Z&to=2026-03-14T00:00:00Z',
  )
  assert.equal(backwards.status, 400)
})

test('alerts come by pages: each answer gives the token of the next page until the last', async () => {
  const first = await get('/api/v1/workspaces/acme/alerts?limit=1')
  assert.equal(first.body.items.length, 1)
  assert.equal(typeof first.body.next, 'string')
  const second = await get(`/api/v1/workspaces/acme/alerts?limit=1&before=${first.body.next}`)
  assert.equal(second.body.items.length, 1)
  assert.notEqual(second.body.items[0].id, first.body.items[0].id)
  assert.equal(second.body.next, undefined, 'the seed has two alerts')
  const both = await get('/api/v1/workspaces/acme/alerts')
  assert.deepEqual(
    both.body.items.map((a: { id: string }) => a.id),
    [first.body.items[0].id, second.body.items[0].id],
  )
  const bad = await get('/api/v1/workspaces/acme/alerts?before=not-a-token')
  assert.equal(bad.status, 400)
  assert.match(bad.body.error.message, /page token/)
})

test('alerts are listed, filtered by status, acknowledged then resolved', async () => {
  assert.equal((await get('/api/v1/workspaces/acme/alerts')).body.items.length, 2)
  const open = await get('/api/v1/workspaces/acme/alerts?status=open')
  assert.deepEqual(
    open.body.items.map((a: { id: string }) => a.id),
    ['alert-1'],
  )
  const post = (verb: string, id = 'alert-1') =>
    h.app.inject({ method: 'POST', url: `/api/v1/workspaces/acme/alerts/${id}/${verb}`, headers: JSON_TYPE })
  const acknowledged = await post('acknowledge')
  assert.equal(acknowledged.statusCode, 200)
  assert.equal(acknowledged.json().status, 'acknowledged')
  assert.equal((await post('resolve')).json().status, 'resolved')
  assert.equal((await h.store.getAlert('acme', 'alert-1'))?.status, 'resolved')
  const again = await post('acknowledge')
  assert.equal(again.statusCode, 409)
  assert.equal(again.json().error.code, 'conflict')
  assert.equal((await post('resolve', 'missing')).statusCode, 404)
})

test('dead letters of the workspace are listed', async () => {
  await h.store.addDeadLetter({
    workspaceId: 'acme',
    source: 'alerts:webhook',
    stage: 'deliver',
    reason: 'HTTP 400: bad',
    payload: '{}',
  })
  const { body } = await get('/api/v1/workspaces/acme/dead-letters')
  assert.equal(body.items.length, 1)
  assert.equal(body.items[0].reason, 'HTTP 400: bad')
})

test('an unknown route is a JSON 404', async () => {
  const { status, body } = await get('/api/nothing-here')
  assert.equal(status, 404)
  assert.equal(body.error.code, 'not_found')
})

test('metrics count requests by route pattern and status, in the Prometheus text format', async () => {
  await get('/api/v1/workspaces/acme/alerts')
  const res = await h.app.inject({ method: 'GET', url: '/metrics' })
  assert.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/)
  assert.match(
    res.body,
    /^vigie_http_requests_total\{route="\/api\/v1\/workspaces\/:ws\/alerts",status="200"\} \d+$/m,
  )
  assert.match(
    res.body,
    /^vigie_http_requests_total\{route="\/api\/v1\/workspaces\/:ws\/alerts",status="404"\} 1$/m,
  )
  assert.match(res.body, /^vigie_process_uptime_seconds \d/m)
  assert.match(res.body, /^vigie_build_info\{version="0\.1\.0-test",node="v\d+/m)
})
