import assert from 'node:assert/strict'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, test } from 'node:test'
import { createManualClock, type NotificationChannel } from '../../core/index.ts'
import { fetchSafely, type NetPolicy } from '../../sources/index.ts'
import { buildPost, buildRule } from '../../test/notification-builders.ts'
import { verifyWebhookSignature } from '../index.ts'
import {
  createNotificationSenders,
  type NotificationContent,
  type PostFunction,
  renderMessage,
  sendThrough,
  toMentionItem,
} from './index.ts'

/** What the receiver saw, and what it answers next: [status, headers] per request. */
let script: [number, Record<string, string>][] = []
let received: { headers: IncomingHttpHeaders; body: string; path: string }[] = []
let base = ''
const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), path: req.url ?? '' })
    const [status, headers] = script.shift() ?? [200, {}]
    res.writeHead(status, headers).end(status >= 400 ? 'no_service' : 'ok')
  })
})
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => new Promise<void>((resolve) => server.close(() => resolve())))

const LOCAL: NetPolicy = { allowHosts: ['127.0.0.1'] }
const guardedPost =
  (policy: NetPolicy): PostFunction =>
  (url, r) =>
    fetchSafely(url, {
      policy,
      method: 'POST',
      headers: r.headers,
      body: r.body,
      signal: r.signal,
      maxRedirects: 0,
    })

const hostile = '<!channel> @here regardez [ce lien](https://evil.example) *vite* & <script>alert(1)</script>'
const content: NotificationContent = {
  kind: 'mention',
  queryId: 'q-acme',
  mention: toMentionItem(
    buildPost('42', {
      text: hostile,
      followers: 12_000,
      handle: 'lea',
      url: 'https://masto.example/@lea/42',
    }),
  ),
}
const ctx = { lang: 'fr' as const, workspaceName: 'Acme', brandOf: () => 'Acme', rule: buildRule('r1') }
const message = renderMessage(content, ctx)

const setUp = (answers: [number, Record<string, string>][], policy = LOCAL) => {
  script = [...answers]
  received = []
  const sleeps: number[] = []
  const senders = createNotificationSenders({
    post: guardedPost(policy),
    retry: { maxAttempts: 3, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) },
    clock: createManualClock(new Date('2026-03-14T09:00:05Z')),
  })
  const send = (channel: NotificationChannel) =>
    sendThrough(senders, { channel, rule: buildRule('r1', { channel }), content, message })
  return { send, sleeps }
}

test('a Slack message is one POST of text and Block Kit blocks, the post quoted with its markup escaped', async () => {
  const { send } = setUp([])
  assert.deepEqual(await send({ kind: 'slack', url: `${base}/slack` }), { ok: true })
  assert.equal(received[0]!.headers['content-type'], 'application/json; charset=utf-8')
  const body = JSON.parse(received[0]!.body)
  assert.equal(body.text, 'Nouvelle mention de Acme')
  assert.deepEqual(
    body.blocks.map((b: { type: string }) => b.type),
    ['header', 'section', 'context'],
  )
  assert.deepEqual(body.blocks[0], {
    type: 'header',
    text: { type: 'plain_text', text: 'Nouvelle mention de Acme', emoji: false },
  })
  const section: string = body.blocks[1].text.text
  assert.match(section, /^\*@lea\* · mastodon · 14 mars 2026, 09:00 UTC · 12\u202f000 abonnés\n>/)
  assert.match(section, /&lt;!channel&gt; @\u2060here regardez \[ce lien\]\u200b\(https:\/\/evil\.example\)/)
  assert.match(section, /&amp; &lt;script&gt;/)
  assert.ok(!section.includes('<!channel>') && !section.includes('<script>'))
  assert.match(section, /\n<https:\/\/masto\.example\/@lea\/42\|Voir la publication>$/)
  assert.equal(body.blocks[2].elements[0].text, 'Vigie · Acme · règle « rule r1 »')
})

test('a Mattermost message is Markdown text with one coloured attachment, mass mentions defused', async () => {
  const { send } = setUp([])
  await send({ kind: 'mattermost', url: `${base}/hooks/abc` })
  const body = JSON.parse(received[0]!.body)
  assert.deepEqual(Object.keys(body), ['text', 'attachments'])
  assert.equal(body.text, '#### Nouvelle mention de Acme')
  const [attachment] = body.attachments
  assert.equal(attachment.fallback, 'Nouvelle mention de Acme')
  assert.equal(attachment.color, '#3b82f6')
  assert.match(attachment.text, /^\*\*@lea\*\* · /)
  assert.match(attachment.text, /\\<\\!channel\\> @\u2060here regardez \\\[ce lien\\\]\u200b\\\(/)
  assert.match(attachment.text, /\\\*vite\\\*/)
  assert.match(attachment.text, /\[Voir la publication\]\(https:\/\/masto\.example\/@lea\/42\)$/)
})

test('a Teams message is an Adaptive Card in a message envelope', async () => {
  const { send } = setUp([[202, {}]])
  assert.deepEqual(await send({ kind: 'teams', url: `${base}/workflows/xyz` }), { ok: true })
  const body = JSON.parse(received[0]!.body)
  assert.equal(body.type, 'message')
  assert.equal(body.attachments.length, 1)
  const { contentType, content: card } = body.attachments[0]
  assert.equal(contentType, 'application/vnd.microsoft.card.adaptive')
  assert.equal(card.type, 'AdaptiveCard')
  assert.equal(card.version, '1.4')
  assert.deepEqual(card.body[0], {
    type: 'TextBlock',
    text: 'Nouvelle mention de Acme',
    wrap: true,
    size: 'Medium',
    weight: 'Bolder',
    color: 'Accent',
  })
  const post = card.body[1]
  assert.equal(post.type, 'Container')
  assert.equal(post.items[0].text, '@lea')
  assert.match(post.items[2].text, /@\u2060here regardez \[ce lien\]\u200b\(https/)
  assert.deepEqual(post.selectAction, {
    type: 'Action.OpenUrl',
    title: 'Voir la publication',
    url: 'https://masto.example/@lea/42',
  })
})

test('a 429 with Retry-After is waited out as asked, then the message is sent', async () => {
  const { send, sleeps } = setUp([[429, { 'Retry-After': '7' }]])
  assert.deepEqual(await send({ kind: 'slack', url: `${base}/slack` }), { ok: true })
  assert.equal(received.length, 2)
  assert.deepEqual(sleeps, [7000])
})

test('a 500 is retried with backoff and the same body', async () => {
  const { send, sleeps } = setUp([[500, {}]])
  assert.deepEqual(await send({ kind: 'mattermost', url: `${base}/hooks/abc` }), { ok: true })
  assert.equal(received.length, 2)
  assert.equal(received[0]!.body, received[1]!.body)
  assert.deepEqual(sleeps, [750])
})

test('a message that finally fails is reported with the body sent, for the dead letter', async () => {
  const { send } = setUp([
    [503, {}],
    [502, {}],
    [500, {}],
  ])
  const outcome = await send({ kind: 'teams', url: `${base}/workflows/xyz` })
  assert.equal(outcome.ok, false)
  if (outcome.ok) return
  assert.match(outcome.reason, /^gave up after 3 attempts; last: HTTP 500: no_service$/)
  assert.equal(outcome.payload, received[0]!.body)
  const gone = await setUp([[404, {}]]).send({ kind: 'slack', url: `${base}/slack` })
  assert.deepEqual(gone.ok === false && gone.reason, 'HTTP 404: no_service')
  assert.equal(received.length, 1)
})

test('a webhook URL on a private address is refused by the SSRF guard, without a retry', async () => {
  const { send, sleeps } = setUp([], { allowHosts: [] })
  const outcome = await send({ kind: 'slack', url: `${base}/slack` })
  assert.equal(outcome.ok, false)
  assert.match(outcome.ok ? '' : outcome.reason, /private, loopback or link-local address: refused/)
  assert.equal(received.length, 0)
  assert.deepEqual(sleeps, [])
})

test("the generic webhook is Vigie's signed JSON with the rule, the content and the rendered message", async () => {
  const { send } = setUp([])
  const secret = 'a-rule-secret-of-some-length'
  await send({ kind: 'webhook', url: `${base}/vigie`, secret })
  const { headers, body } = received[0]!
  assert.equal(headers['x-vigie-event'], 'notification')
  assert.ok(
    verifyWebhookSignature(
      secret,
      String(headers['x-vigie-timestamp']),
      body,
      String(headers['x-vigie-signature']),
    ),
  )
  const parsed = JSON.parse(body)
  assert.equal(parsed.type, 'notification')
  assert.deepEqual(parsed.rule, { id: 'r1', name: 'rule r1' })
  assert.equal(parsed.notification.mention.text, hostile)
  assert.equal(parsed.message.title, 'Nouvelle mention de Acme')
})
