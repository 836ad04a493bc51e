import assert from 'node:assert/strict'
import { afterEach, test } from 'node:test'
import { API_TEST_NOW, createTestApp, TEST_ADMIN } from '../test/api-test-app.ts'

let h: Awaited<ReturnType<typeof createTestApp>> | undefined
afterEach(() => h?.close())

/** A fresh seeded app whose correction hook records the workspaces it was called for. */
const start = async () => {
  const called: string[] = []
  h = await createTestApp({ onCorrection: (ws) => void called.push(ws) })
  return { ...h, called }
}

const correct = (ws: string, mentionId: string, body: unknown) =>
  h?.app.inject({
    method: 'PUT',
    url: `/api/v1/workspaces/${ws}/mentions/${encodeURIComponent(mentionId)}/sentiment`,
    payload: body as object,
  })

const corrections = async (ws: string) =>
  (await h?.app.inject({ method: 'GET', url: `/api/v1/workspaces/${ws}/corrections` }))?.json().items

test('a correction returns the mention with the corrected label, a score of that sign and full confidence', async () => {
  await start()
  const res = await correct('acme', 'mastodon:1', { label: 'negative' })
  assert.equal(res?.statusCode, 200)
  assert.equal(res?.json().id, 'mastodon:1')
  assert.deepEqual(res?.json().analysis.sentiment, { label: 'negative', score: -0.7, confidence: 1 })
  const neutral = await correct('acme', 'mastodon:3', { label: 'neutral' })
  assert.deepEqual(neutral?.json().analysis.sentiment, { label: 'neutral', score: 0, confidence: 1 })
})

test('the corrected mention lists with its new label at once', async () => {
  const { app } = await start()
  await correct('acme', 'mastodon:1', { label: 'negative' })
  const listed = await app.inject({
    method: 'GET',
    url: '/api/v1/workspaces/acme/mentions?sentiment=positive',
  })
  assert.deepEqual(listed.json().items, [])
  const negatives = await app.inject({
    method: 'GET',
    url: '/api/v1/workspaces/acme/mentions?sentiment=negative',
  })
  assert.ok(negatives.json().items.some((m: { id: string }) => m.id === 'mastodon:1'))
})

test('corrections are listed with the text the model read, its language, who (the caller) and when', async () => {
  await start()
  await correct('acme', 'mastodon:1', { label: 'negative' })
  assert.deepEqual(await corrections('acme'), [
    {
      workspaceId: 'acme',
      mentionId: 'mastodon:1',
      label: 'negative',
      text: "J'adore les yaourts Acme, toujours aussi bons",
      lang: 'fr',
      by: TEST_ADMIN.email,
      at: API_TEST_NOW.toISOString(),
    },
  ])
})

test('correcting a mention again replaces its correction and tells the runtime each time', async () => {
  const { called } = await start()
  await correct('acme', 'mastodon:1', { label: 'negative' })
  const res = await correct('acme', 'mastodon:1', { label: 'neutral' })
  assert.equal(res?.json().analysis.sentiment.label, 'neutral')
  assert.deepEqual(
    (await corrections('acme')).map((c: { label: string }) => c.label),
    ['neutral'],
  )
  assert.deepEqual(called, ['acme', 'acme'])
})

test('the hook runs after the correction is stored, so the runtime can learn from it', async () => {
  let seen = -1
  h = await createTestApp({
    onCorrection: async (ws) => {
      seen = (await h?.store.listCorrections(ws))?.length ?? -1
    },
  })
  await correct('acme', 'mastodon:2', { label: 'positive' })
  assert.equal(seen, 1)
})

test('a bad body is refused with every problem, and nothing is stored', async () => {
  const { called, store } = await start()
  for (const body of [
    { label: 'angry' },
    {},
    { label: 'negative', colour: 'red' },
    { label: 'negative', by: 'someone else' },
  ]) {
    const res = await correct('acme', 'mastodon:1', body)
    assert.equal(res?.statusCode, 400, JSON.stringify(body))
    assert.equal(res?.json().error.code, 'invalid')
    assert.ok(res?.json().error.details.length >= 1)
  }
  assert.deepEqual(await corrections('acme'), [])
  assert.equal((await store.getMention('acme', 'mastodon:1'))?.analysis.sentiment.label, 'positive')
  assert.deepEqual(called, [])
})

test('an unknown mention or workspace is 404', async () => {
  const { called } = await start()
  for (const [ws, id] of [
    ['acme', 'mastodon:404'],
    ['nope', 'mastodon:1'],
  ] as const) {
    const res = await correct(ws, id, { label: 'negative' })
    assert.equal(res?.statusCode, 404)
    assert.equal(res?.json().error.code, 'not_found')
  }
  const missing = await h?.app.inject({ method: 'GET', url: '/api/v1/workspaces/nope/corrections' })
  assert.equal(missing?.statusCode, 404)
  assert.deepEqual(called, [])
})

test("a workspace cannot correct another workspace's mention, nor see its corrections", async () => {
  const { store } = await start()
  const res = await correct('acme', 'mastodon:5', { label: 'negative' })
  assert.equal(res?.statusCode, 404)
  assert.equal((await store.getMention('globex', 'mastodon:5'))?.analysis.sentiment.label, 'neutral')
  await correct('acme', 'mastodon:1', { label: 'negative' })
  assert.deepEqual(await corrections('globex'), [])
})
