import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createTestApp } from '../test/api-test-app.ts'

let h: Awaited<ReturnType<typeof createTestApp>>
before(async () => {
  h = await createTestApp()
})
after(() => h.close())

const get = (url: string) => h.app.inject({ method: 'GET', url })
const ids = async (url: string) => (await get(url)).json().items.map((m: { id: string }) => m.id)

test('the mention list takes the dashboard filters and orders', async () => {
  const base = '/api/v1/workspaces/acme/mentions'
  assert.deepEqual(await ids(`${base}?sort=oldest`), ['mastodon:1', 'mastodon:2', 'mastodon:3', 'mastodon:4'])
  assert.deepEqual(await ids(`${base}?author=@LEA`), ['mastodon:2'])
  assert.deepEqual(await ids(`${base}?owned=true`), [])
  assert.deepEqual(await ids(`${base}?owned=false&sentiment=negative`), ['mastodon:3', 'mastodon:2'])
  assert.deepEqual(await ids(`${base}?minReach=1`), [], 'unknown reach never passes a minimum')
  for (const bad of ['minReach=-1', 'sort=loudest', 'emotion=boredom', 'owned=maybe', 'lang=de'])
    assert.equal((await get(`${base}?${bad}`)).statusCode, 400, bad)
})

test('an export streams every mention of the filters as a CSV file to download, and only of its workspace', async () => {
  const res = await get('/api/v1/workspaces/acme/mentions/export?sentiment=negative')
  assert.equal(res.statusCode, 200)
  assert.match(String(res.headers['content-type']), /^text\/csv/)
  assert.match(
    String(res.headers['content-disposition']),
    /^attachment; filename="acme-mentions-\d{4}-\d\d-\d\d\.csv"$/,
  )
  const lines = res.body.trim().split('\n')
  assert.equal(lines.length, 3, 'a header and the two negative mentions')
  assert.match(lines[0]!, /^id,/)
  assert.doesNotMatch(res.body, /mastodon:5/)
  const jsonl = await get('/api/v1/workspaces/acme/mentions/export?format=jsonl')
  assert.match(String(jsonl.headers['content-type']), /^application\/x-ndjson/)
  const rows = jsonl.body
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; workspaceId: string })
  assert.deepEqual(rows.map((r) => r.id).sort(), ['mastodon:1', 'mastodon:2', 'mastodon:3', 'mastodon:4'])
  assert.equal((await get('/api/v1/workspaces/acme/mentions/export?format=xml')).statusCode, 400)
})

test("the overview gives each query's level from its open alerts, tone per bucket and share of voice", async () => {
  const res = await get('/api/v1/workspaces/acme/overview?from=2026-03-14T00:00:00Z&to=2026-03-15T00:00:00Z')
  assert.equal(res.statusCode, 200)
  const body = res.json()
  assert.equal(body.levels.length, 1)
  assert.equal(body.levels[0].queryId, 'q-acme')
  assert.equal(body.levels[0].openAlerts, 1, 'the resolved watch is not open')
  assert.equal(body.levels[0].level.severity, 'alert')
  assert.equal(body.buckets.length, 24)
  const day = body.buckets.reduce(
    (sum: { total: number; negative: number }, b: { total: number; negative: number }) => ({
      total: sum.total + b.total,
      negative: sum.negative + b.negative,
    }),
    { total: 0, negative: 0 },
  )
  assert.deepEqual(day, { total: 3, negative: 2 })
  assert.equal(body.shareOfVoice[0].queryId, 'q-acme')
  assert.ok(body.topAuthors.some((a: { handle: string }) => a.handle === 'newsbot'))
  const reversed = await get(
    '/api/v1/workspaces/acme/overview?from=2026-03-15T00:00:00Z&to=2026-03-14T00:00:00Z',
  )
  assert.equal(reversed.statusCode, 400)
})

test('the sources page says when each input last delivered, what it rejected, and mentions per source today', async () => {
  await h.store.setCursor('acme', 'file:/exports/acme.jsonl', '42')
  // where the detect workers stand on partition 3: kept as a cursor, not an input
  await h.store.setCursor('acme', 'detect-partition:3', '{"runs":[]}')
  await h.store.addDeadLetter({
    workspaceId: 'acme',
    source: 'file:/exports/acme.jsonl',
    stage: 'validate',
    reason: 'text: missing',
    payload: '{}',
  })
  const res = await get('/api/v1/workspaces/acme/sources')
  assert.equal(res.statusCode, 200)
  const { inputs, lastDay } = res.json()
  assert.equal(inputs.length, 1)
  assert.equal(inputs[0].source, 'file:/exports/acme.jsonl')
  assert.equal(inputs[0].rejected, 1)
  assert.ok(inputs[0].lastDeliveryAt)
  // the test clock's last 24 hours hold the three mentions of 14 March
  assert.deepEqual(lastDay, [{ source: 'mastodon', mentions: 3, perHour: 0.125 }])
})
