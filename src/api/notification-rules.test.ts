import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { createApiToken, createUser } from '../accounts/index.ts'
import { createNoticeHub, type NotificationDelivery, type RenderedMessage } from '../alerts/index.ts'
import { systemClock } from '../core/index.ts'
import { createTestApp } from '../test/api-test-app.ts'

let h: Awaited<ReturnType<typeof createTestApp>>
let viewerToken = ''
const tested: string[] = []
const notices = createNoticeHub()

before(async () => {
  const notifier = {
    sendTest: async (ws: string, id: string): Promise<NotificationDelivery> => {
      tested.push(`${ws}/${id}`)
      return id === 'broken'
        ? { ruleId: id, channel: 'slack', kind: 'test', ok: false, reason: 'HTTP 404: no_service' }
        : { ruleId: id, channel: 'slack', kind: 'test', ok: true }
    },
  }
  h = await createTestApp({ notices, notifier })
  const accounts = { store: h.store, clock: systemClock }
  const viewer = await createUser({
    ctx: accounts,
    input: { email: 'v@acme.example', role: 'viewer', workspaceId: 'acme' },
  })
  viewerToken = (await createApiToken({ ctx: accounts, userId: viewer.id, input: {} })).token
})
after(() => h.close())

const rules = '/api/v1/workspaces/acme/notification-rules'
const JSON_TYPE = { 'content-type': 'application/json' }
const slackRule = {
  name: 'Bad buzz',
  trigger: { kind: 'mention', queryId: 'q-acme', sentiment: 'negative', minReach: 1000 },
  channel: { kind: 'slack', url: 'https://hooks.slack.com/services/T0/B0/x' },
  groupMinutes: 30,
}

test('an analyst creates, reads, replaces and deletes a rule', async () => {
  const created = await h.app.inject({ method: 'PUT', url: `${rules}/bad-buzz`, payload: slackRule })
  assert.equal(created.statusCode, 201)
  assert.equal(created.json().enabled, true)
  assert.equal(created.json().workspaceId, 'acme')
  const again = await h.app.inject({
    method: 'PUT',
    url: `${rules}/bad-buzz`,
    payload: { ...slackRule, enabled: false },
  })
  assert.equal(again.statusCode, 200)
  assert.equal(again.json().createdAt, created.json().createdAt)
  const listed = await h.app.inject({ url: rules })
  assert.deepEqual(
    listed.json().items.map((r: { id: string; enabled: boolean }) => [r.id, r.enabled]),
    [['bad-buzz', false]],
  )
  assert.equal(
    (await h.app.inject({ method: 'DELETE', url: `${rules}/bad-buzz`, headers: JSON_TYPE })).statusCode,
    204,
  )
  assert.equal((await h.app.inject({ url: `${rules}/bad-buzz` })).statusCode, 404)
  assert.equal(
    (await h.app.inject({ method: 'DELETE', url: `${rules}/bad-buzz`, headers: JSON_TYPE })).statusCode,
    404,
  )
})

test("a webhook rule's secret is never read back", async () => {
  const payload = {
    name: 'SIEM',
    trigger: { kind: 'alert', minSeverity: 'crisis' },
    channel: { kind: 'webhook', url: 'https://siem.acme.example/in', secret: 'a-long-enough-secret' },
  }
  const res = await h.app.inject({ method: 'PUT', url: `${rules}/siem`, payload })
  assert.equal(res.json().channel.secret, '(hidden)')
  assert.equal((await h.app.inject({ url: `${rules}/siem` })).json().channel.secret, '(hidden)')
  assert.equal(
    (await h.store.getNotificationRule('acme', 'siem'))?.channel.kind === 'webhook' && 'stored',
    'stored',
  )
})

test('a rule on an unknown query, an unknown channel kind or a non-http URL is refused', async () => {
  const bad = [
    { ...slackRule, trigger: { kind: 'mention', queryId: 'q-nope' } },
    { ...slackRule, channel: { kind: 'pager', url: 'https://x.example' } },
    { ...slackRule, channel: { kind: 'teams', url: 'file:///etc/passwd' } },
    { ...slackRule, channel: { kind: 'email', to: ['not-an-email'] } },
    { ...slackRule, surprise: true },
  ]
  for (const payload of bad) {
    const res = await h.app.inject({ method: 'PUT', url: `${rules}/bad`, payload })
    assert.equal(res.statusCode, 400, JSON.stringify(payload))
  }
  assert.equal((await h.app.inject({ url: `${rules}/bad` })).statusCode, 404)
})

test('a test message is sent through the notifier and its failure told', async () => {
  await h.app.inject({ method: 'PUT', url: `${rules}/broken`, payload: slackRule })
  const res = await h.app.inject({ method: 'POST', url: `${rules}/broken/test`, headers: JSON_TYPE })
  assert.equal(res.statusCode, 200)
  assert.deepEqual(res.json(), { ok: false, reason: 'HTTP 404: no_service' })
  assert.deepEqual(tested, ['acme/broken'])
})

test('a viewer can neither read nor change rules; another workspace is not found', async () => {
  const headers = { authorization: `Bearer ${viewerToken}` }
  assert.equal((await h.app.inject({ url: rules, headers })).statusCode, 403)
  assert.equal(
    (await h.app.inject({ method: 'PUT', url: `${rules}/x`, payload: slackRule, headers })).statusCode,
    403,
  )
  const other = '/api/v1/workspaces/nowhere/notification-rules'
  assert.equal((await h.app.inject({ url: other })).statusCode, 404)
})

test('a dashboard notification arrives on the live stream as `event: notification`', {
  timeout: 10_000,
}, async () => {
  const address = await h.app.listen({ port: 0, host: '127.0.0.1' })
  const res = await fetch(`${address}/api/v1/workspaces/acme/stream`, {
    headers: { authorization: `Bearer ${h.adminToken}` },
  })
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let text = ''
  while (!text.includes(': connected')) text += decoder.decode((await reader.read()).value)
  const message: RenderedMessage = {
    lang: 'fr',
    title: 'Nouvelle mention de Acme',
    lines: [],
    posts: [],
    level: 'info',
    footer: 'Vigie',
    openPost: 'Voir',
  }
  notices.publish({ id: 'n1', workspaceId: 'globex', ruleId: 'r', kind: 'mention', at: new Date(0), message })
  notices.publish({ id: 'n2', workspaceId: 'acme', ruleId: 'r', kind: 'mention', at: new Date(0), message })
  const arrived = (t: string) =>
    t.includes('event: notification') && t.includes('\n\n', t.indexOf('event: notification'))
  while (!arrived(text)) text += decoder.decode((await reader.read()).value)
  const event = text.slice(text.indexOf('event: notification')).split('\n\n')[0]!.split('\n')
  assert.equal(event[1], 'id: n2')
  assert.doesNotMatch(text, /id: n1/)
  assert.equal(JSON.parse(event[2]!.replace(/^data: /, '')).message.title, 'Nouvelle mention de Acme')
  await reader.cancel()
})
