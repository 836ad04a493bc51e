import assert from 'node:assert/strict'
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { Readable } from 'node:stream'
import { after, before, test } from 'node:test'
import { createApiToken, createUser } from '../accounts/index.ts'
import { type Alert, systemClock } from '../core/index.ts'
import { simulate } from '../simulation/index.ts'
import { API_TEST_NOW, createTestApp } from '../test/api-test-app.ts'

let h: Awaited<ReturnType<typeof createTestApp>>
before(async () => {
  h = await createTestApp({ uploadLimitBytes: 64 * 1024 * 1024 }, { runtime: true })
})
after(() => h.close())

const CSV = [
  'Date de publication,Message,Compte,Lien',
  '2026-03-13 09:00:00,Acme a encore augmenté ses prix,lea,https://example.org/1',
  '2026-03-13 09:05:00,"Le service client d\'Acme, enfin joignable",marc,https://example.org/2',
  '2026-03-13 09:10:00,Rien à voir avec la marque,zoe,https://example.org/3',
  '13/03/2026,Acme encore,paul,https://example.org/4',
  '2026-03-13 09:20:00,acme corp rappelle ses yaourts,nina,https://example.org/5',
].join('\n')
const CSV_MAP = JSON.stringify({
  createdAt: 'Date de publication',
  text: 'Message',
  'author.handle': 'Compte',
  url: 'Lien',
})

const upload = (url: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  h.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/octet-stream', ...headers },
    payload: body,
  })

const importUrl = (params: Record<string, string>, ws = 'acme') =>
  `/api/v1/workspaces/${ws}/imports?${new URLSearchParams(params).toString()}`

const uploads = () => readdirSync(tmpdir()).filter((name) => name.startsWith('vigie-upload-'))

const tokenFor = async (role: 'viewer' | 'analyst', workspaceId: string) => {
  const ctx = { store: h.store, clock: systemClock }
  const user = await createUser({
    ctx,
    input: { email: `${role}-${workspaceId}@x.example`, role, workspaceId },
  })
  return (await createApiToken({ ctx, userId: user.id, input: {} })).token
}

test('imports a CSV with a column mapping and a time zone and answers the summary; the same file again stores nothing twice', async () => {
  const params = { name: 'export.csv', map: CSV_MAP, timezone: 'Europe/Paris', wait: 'true' }
  const first = await upload(importUrl(params), CSV)
  assert.equal(first.statusCode, 200, first.body)
  const job = first.json()
  assert.equal(job.status, 'done')
  assert.equal(job.format, 'csv', 'guessed from the name')
  assert.deepEqual([job.read, job.stored, job.duplicates, job.rejectedCount], [5, 3, 0, 1])
  assert.deepEqual(job.skipped, { 'no brand query matched': 1 })
  assert.equal(job.rejected.length, 1)
  assert.deepEqual(job.rejected[0].lines, [5])
  assert.equal(job.rejected[0].count, 1)
  assert.match(job.rejected[0].example, /^line 5: createdAt: "13\/03\/2026" is not a date/)
  assert.match(job.rejected[0].examplePayload, /13\/03\/2026,Acme encore/)
  const stored = await h.store.listMentions({ workspaceId: 'acme', text: 'prix' })
  assert.equal(stored.items.length, 1)
  assert.equal(stored.items[0]!.createdAt.toISOString(), '2026-03-13T08:00:00.000Z', 'Paris time')
  assert.equal(stored.items[0]!.author.handle, 'lea')
  const again = (await upload(importUrl(params), CSV)).json()
  assert.deepEqual([again.stored, again.duplicates], [0, 3])
  assert.deepEqual(uploads(), [], 'the uploaded files are removed once imported')
})

test('imports JSONL with broken lines and groups the rejections by reason, most frequent first, with example lines', async () => {
  const good = (n: number) =>
    JSON.stringify({ id: `j${n}`, source: 'forum', createdAt: `2026-03-13T10:0${n}:00Z`, text: `Acme ${n}` })
  const body = [
    good(1),
    '{"id": "broken',
    good(2),
    JSON.stringify({ id: 'j9', createdAt: '2026-03-13T10:00:00Z' }),
    '{not json}',
    good(3),
    '[1, 2]',
    '{"also": broken}',
  ].join('\n')
  const res = await upload(importUrl({ name: 'posts.jsonl', wait: 'true' }), body)
  assert.equal(res.statusCode, 200, res.body)
  const job = res.json()
  assert.equal(job.format, 'jsonl')
  assert.deepEqual([job.read, job.stored, job.rejectedCount], [8, 3, 5])
  assert.deepEqual(
    job.rejected.map((r: { reason: string; count: number; lines: number[] }) => [r.reason, r.count, r.lines]),
    [
      ['invalid JSON', 3, [2, 5, 8]],
      ['text: missing', 1, [4]],
      ['expected a JSON object', 1, [7]],
    ],
  )
  assert.match(job.rejected[0].example, /^line 2: invalid JSON \(/)
  const letters = await h.app.inject({ method: 'GET', url: '/api/v1/workspaces/acme/dead-letters?limit=50' })
  assert.ok(
    letters.json().items.some((l: { source: string }) => l.source === 'upload:posts.jsonl'),
    'every rejection is a dead letter of the upload',
  )
})

test('without a bus an import is analysed by the server itself: its summary has the same fields as ever, and no mode', async () => {
  const res = await upload(importUrl({ name: 'fields.csv', map: CSV_MAP, wait: 'true' }), CSV)
  assert.equal(res.statusCode, 200, res.body)
  assert.deepEqual(Object.keys(res.json()), [
    'id',
    'workspaceId',
    'file',
    'format',
    'status',
    'bytes',
    'bytesRead',
    'read',
    'stored',
    'duplicates',
    'skipped',
    'rejectedCount',
    'rejected',
    'alerts',
    'startedAt',
    'finishedAt',
    'error',
  ])
})

test('without waiting, an import answers 202 with its id, then its progress and summary are read by GET', async () => {
  const later = CSV.replaceAll('example.org', 'later.example')
  const res = await upload(importUrl({ name: 'later.csv', map: CSV_MAP }), later)
  assert.equal(res.statusCode, 202, res.body)
  const { id, bytes } = res.json()
  assert.match(id, /^imp_/)
  assert.equal(bytes, Buffer.byteLength(later))
  let job = res.json()
  for (let i = 0; i < 400 && job.status === 'running'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10))
    job = (await h.app.inject({ method: 'GET', url: `/api/v1/workspaces/acme/imports/${id}` })).json()
  }
  assert.equal(job.status, 'done')
  assert.equal(job.bytesRead, job.bytes)
  assert.equal(job.read, 5)
  const listed = await h.app.inject({ method: 'GET', url: '/api/v1/workspaces/acme/imports' })
  assert.equal(listed.json().items[0].id, id, 'newest first')
  const missing = await h.app.inject({ method: 'GET', url: '/api/v1/workspaces/acme/imports/imp_nope' })
  assert.equal(missing.statusCode, 404)
})

test('previews a CSV as its header, first rows and a suggested map, storing nothing', async () => {
  const before = (await h.store.listMentions({ workspaceId: 'acme', limit: 100 })).items.length
  const res = await upload('/api/v1/workspaces/acme/imports/preview?name=export.csv', CSV)
  assert.equal(res.statusCode, 200, res.body)
  const preview = res.json()
  assert.equal(preview.format, 'csv')
  assert.deepEqual(preview.header, ['Date de publication', 'Message', 'Compte', 'Lien'])
  assert.equal(preview.rows.length, 5)
  assert.deepEqual(preview.suggestedMap, JSON.parse(CSV_MAP))
  const json = await upload(
    '/api/v1/workspaces/acme/imports/preview?name=x.json',
    '{"data":[{"id":"1","text":"a","author_id":"2"}]}',
  )
  assert.equal(json.json().format, 'twitter-v2')
  assert.equal((await h.store.listMentions({ workspaceId: 'acme', limit: 100 })).items.length, before)
})

test('a bad map, format, time zone or a mapped column missing from the header is a clear 400, and nothing is stored', async () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ map: 'txt=Message' }, /unknown mention field in the map: txt/],
    [{ map: '{"text": 3}' }, /names a column/],
    [{ map: 'text=Body', name: 'x.csv' }, /not in the CSV header: "Body" \(for text\)/],
    [{ format: 'xml' }, /format/],
    [{ timezone: 'Mars/Olympus' }, /Mars\/Olympus/],
    [{ map: 'text=Message', format: 'mastodon' }, /a map applies to csv and jsonl files/],
  ]
  for (const [params, message] of cases) {
    const res = await upload(importUrl(params), CSV)
    assert.equal(res.statusCode, 400, `${JSON.stringify(params)}: ${res.body}`)
    assert.match(res.json().error.message, message)
  }
  const asJson = await h.app.inject({
    method: 'POST',
    url: importUrl({}),
    headers: { 'content-type': 'application/json' },
    payload: '{}',
  })
  assert.equal(asJson.statusCode, 400)
  assert.match(asJson.json().error.message, /application\/octet-stream/)
  assert.deepEqual(uploads(), [])
})

test('a file over the upload limit is refused with 413, and other changes still refuse octet-stream bodies', async () => {
  const small = await createTestApp({ uploadLimitBytes: 1000 }, { runtime: true })
  try {
    const res = await small.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/imports?name=big.csv',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.alloc(2000, 'a'),
    })
    assert.equal(res.statusCode, 413)
    assert.match(res.json().error.message, /larger than/)
    // sent without a length (chunked): counted as it streams, and cut past the limit
    const streamed = await small.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/imports?name=big.csv',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Readable.from([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'b')]),
    })
    assert.equal(streamed.statusCode, 413, streamed.body)
    const other = await small.app.inject({
      method: 'POST',
      url: '/api/v1/workspaces/acme/queries/test',
      headers: { 'content-type': 'application/octet-stream' },
      payload: 'acme',
    })
    assert.equal(other.statusCode, 403)
  } finally {
    await small.close()
  }
  assert.deepEqual(uploads(), [])
})

test('a viewer may follow imports but not upload (403); a member of another workspace gets 404', async () => {
  const viewer = await tokenFor('viewer', 'acme')
  const outsider = await tokenFor('analyst', 'globex')
  const as = (token: string) => ({ authorization: `Bearer ${token}` })
  for (const url of [importUrl({ name: 'a.csv', map: CSV_MAP }), '/api/v1/workspaces/acme/imports/preview'])
    assert.equal((await upload(url, CSV, as(viewer))).statusCode, 403)
  const listed = await h.app.inject({
    method: 'GET',
    url: '/api/v1/workspaces/acme/imports',
    headers: as(viewer),
  })
  assert.equal(listed.statusCode, 200)
  const id = listed.json().items[0].id
  for (const url of [importUrl({ name: 'a.csv', map: CSV_MAP }), '/api/v1/workspaces/acme/imports/preview'])
    assert.equal((await upload(url, CSV, as(outsider))).statusCode, 404)
  const read = await h.app.inject({
    method: 'GET',
    url: `/api/v1/workspaces/acme/imports/${id}`,
    headers: as(outsider),
  })
  assert.equal(read.statusCode, 404)
  assert.doesNotMatch(read.body, /export\.csv|Acme/)
})

test('an imported crisis raises its alerts live, as a webhook push does', async () => {
  const { mentions, truth } = simulate({
    seed: 3,
    scenario: 'demo',
    days: 8,
    start: new Date(API_TEST_NOW.getTime() - 8 * 86_400_000),
  })
  const q = truth.queries[0]!
  const saved = await h.app.inject({
    method: 'PUT',
    url: `/api/v1/workspaces/globex/queries/${q.id}`,
    headers: { 'content-type': 'application/json' },
    payload: { brand: q.brand, query: q.query, owned: q.owned },
  })
  assert.ok(saved.statusCode < 300, saved.body)
  const live: Alert[] = []
  const stop = h.hub.subscribe('globex', (alert) => live.push(alert))
  const body = mentions.map((m) => JSON.stringify(m)).join('\n')
  const res = await upload(importUrl({ name: 'crisis.jsonl', wait: 'true' }, 'globex'), body)
  stop()
  assert.equal(res.statusCode, 200, res.body.slice(0, 300))
  const job = res.json()
  assert.ok(job.stored > 1000, `${job.stored} stored`)
  assert.ok(job.alerts > 0, 'the demo crisis is detected')
  assert.equal(live.length, job.alerts, 'each alert went to the live stream')
})

test("the OpenAPI file describes a published import's wait for an outage and what the workers rejected, from the same schema", async () => {
  const spec = (await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
  const path = Object.keys(spec.paths).find(
    (p) => /\/workspaces\/[^/]+\/imports\/[^/]+$/.test(p) && !p.endsWith('preview'),
  )
  const answer = JSON.stringify(spec.paths[path ?? '']?.get?.responses)
  for (const field of ['waiting', 'nextTryAt', 'until', 'since', 'workers', 'batches'])
    assert.match(answer, new RegExp(`"${field}"`), field)
})
