import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { Alert, createManualClock, type NotificationRuleInput } from '../../core/index.ts'
import { createSqliteStore } from '../../store/index.ts'
import { buildPost, buildRule } from '../../test/notification-builders.ts'
import {
  createNoticeHub,
  createNotificationSenders,
  createNotifier,
  type Mail,
  type Notice,
  type PostFunction,
} from './index.ts'

const alert = Alert.parse({
  ...JSON.parse(readFileSync(new URL('../fixtures/alert.json', import.meta.url), 'utf8')),
  details: { explanations: { fr: 'Volume anormal : 142 mentions', en: 'Unusual volume: 142 mentions' } },
})

/** A notifier over a real in-memory store, a manual clock, and channels that record instead of calling out. */
const setUp = async (rules: Partial<NotificationRuleInput>[], answer = 200) => {
  const store = createSqliteStore({ path: ':memory:' })
  await store.migrate()
  await store.upsertWorkspace({ id: 'acme', name: 'Acme France', createdAt: new Date(0), language: 'fr' })
  await store.upsertQuery({ id: 'q-acme', workspaceId: 'acme', brand: 'Acme', query: 'acme', owned: [] })
  for (const [i, rule] of rules.entries()) await store.saveNotificationRule(buildRule(`r${i + 1}`, rule))
  const clock = createManualClock(new Date('2026-03-14T09:00:00Z'))
  const posts: { url: string; body: string }[] = []
  const post: PostFunction = async (url, r) => {
    posts.push({ url, body: r.body })
    return { status: answer, headers: {}, body: answer === 200 ? 'ok' : 'invalid_payload' }
  }
  const mails: Mail[] = []
  const mailer = {
    send: async (mail: Mail) => {
      mails.push(mail)
      return { rejected: [] }
    },
    close: () => {},
  }
  const notices = createNoticeHub()
  const seen: Notice[] = []
  notices.subscribe('acme', (n) => seen.push(n))
  const channels = createNotificationSenders({ post, mailer, notices, clock, retry: { maxAttempts: 1 } })
  const notifier = createNotifier({ store, clock, channels, baseUrl: 'https://vigie.acme.example/' })
  return { store, clock, notifier, posts, mails, seen }
}

test('a burst of mentions reaches the dashboard as one notice, then one grouped notice after the wait', async () => {
  const { store, clock, notifier, seen } = await setUp([{ channel: { kind: 'dashboard' }, groupMinutes: 10 }])
  const burst = Array.from({ length: 300 }, (_, i) => buildPost(String(i), { followers: i * 10 }))
  for (let i = 0; i < burst.length; i += 50)
    await (await notifier.onMentions('acme', burst.slice(i, i + 50))).deliveries
  assert.deepEqual(
    seen.map((n) => n.message.title),
    ['Nouvelle mention de Acme'],
  )
  clock.advance(10 * 60_000)
  await (await notifier.tick()).deliveries
  assert.equal(seen.length, 2)
  assert.equal(seen[1]!.message.title, '299 mentions de plus de Acme ces 10 dernières minutes')
  assert.deepEqual(
    seen[1]!.message.posts.map((p) => p.author),
    ['@user299', '@user298', '@user297'],
  )
  assert.deepEqual(seen[1]!.message.link, {
    label: 'Ouvrir dans Vigie',
    url: 'https://vigie.acme.example/?ws=acme',
  })
  await store.close()
})

test("an alert is notified once, in the workspace's language, and a refused delivery becomes a dead letter", async () => {
  const { store, notifier, posts } = await setUp(
    [
      { trigger: { kind: 'alert', minSeverity: 'alert' } },
      { trigger: { kind: 'alert', minSeverity: 'crisis' } },
    ],
    400,
  )
  const [delivery] = await (await notifier.onAlert(alert)).deliveries
  assert.deepEqual(delivery, {
    ruleId: 'r1',
    channel: 'slack',
    kind: 'alert',
    ok: false,
    reason: 'HTTP 400: invalid_payload',
  })
  assert.equal((await notifier.onAlert({ ...alert })).planned, 0)
  assert.equal(posts.length, 1)
  assert.equal(JSON.parse(posts[0]!.body).text, 'Alerte : Acme')
  assert.match(posts[0]!.body, /Volume anormal : 142 mentions/)
  const [letter] = await store.listDeadLetters({ workspaceId: 'acme' })
  assert.equal(letter?.source, 'notifications:slack')
  assert.equal(letter?.reason, 'rule r1: HTTP 400: invalid_payload')
  assert.equal(letter?.payload, posts[0]!.body)
  await store.close()
})

test("a daily digest reports the day's volume, tone, alerts and top posts, once", async () => {
  const channel = { kind: 'email' as const, to: ['com@acme.example'] }
  const { store, clock, notifier, mails } = await setUp([
    { trigger: { kind: 'digest', period: 'daily', hour: 8 }, channel },
  ])
  const day = (h: number) => new Date(Date.UTC(2026, 2, 14, h))
  await store.saveMentions([
    buildPost('early', { at: day(7) }),
    buildPost('a', { at: day(10), sentiment: 'negative' }),
    buildPost('b', { at: day(11), sentiment: 'positive' }),
    buildPost('c', { at: day(12), sentiment: 'negative' }),
    buildPost('d', { at: day(13), sentiment: 'neutral' }),
    buildPost('late', { at: day(32) }),
  ])
  await store.saveAlert({ ...alert, at: day(12), severity: 'crisis' })
  await store.saveAlert({ ...alert, id: 'before', at: day(7), severity: 'crisis' })
  clock.set(new Date('2026-03-15T08:00:30Z'))
  const report = await notifier.tick()
  assert.equal(report.planned, 1)
  await report.deliveries
  assert.equal((await notifier.tick()).planned, 0)
  assert.equal(mails.length, 1)
  const [mail] = mails
  assert.deepEqual(mail?.to, ['com@acme.example'])
  assert.equal(mail?.subject, '[Vigie] Résumé du jour : Acme France')
  assert.match(mail!.text, /Du 14 mars 2026, 08:00 UTC au 15 mars 2026, 08:00 UTC/)
  assert.match(mail!.text, /\n4 mentions : 50 % négatives, 25 % positives\n/)
  assert.match(
    mail!.text,
    /\n1 alerte, dont 1 de niveau crise\nCrise · Acme · Volume anormal : 142 mentions\n/,
  )
  assert.match(
    mail!.text,
    /Publications les plus vues :\n\n@userd · mastodon · 14 mars 2026, 13:00 UTC\n> post d\n\n@userc/,
  )
  assert.doesNotMatch(mail!.text, /@userlate|@userearly/)
  assert.deepEqual(
    (await store.getNotificationRule('acme', 'r1'))?.lastDigestAt,
    new Date('2026-03-15T08:00:00Z'),
  )
  await store.close()
})

test("a test message goes through the rule's channel at once, and an unknown rule is not_found", async () => {
  const { store, notifier, posts } = await setUp([
    { channel: { kind: 'teams', url: 'https://acme.webhook.office.com/x' } },
  ])
  assert.deepEqual(await notifier.sendTest('acme', 'r1'), {
    ruleId: 'r1',
    channel: 'teams',
    kind: 'test',
    ok: true,
  })
  assert.equal(posts[0]!.url, 'https://acme.webhook.office.com/x')
  assert.match(posts[0]!.body, /Message de test de Vigie/)
  await assert.rejects(notifier.sendTest('acme', 'nope'), { code: 'not_found' })
  await notifier.idle()
  await store.close()
})
