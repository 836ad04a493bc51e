import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { Alert, type NotificationChannel } from '../../core/index.ts'
import { buildPost, buildRule } from '../../test/notification-builders.ts'
import { decodeMail, startSmtpServer } from '../../test/smtp-test-server.ts'
import {
  createNotificationSenders,
  createSmtpMailer,
  type Mailer,
  type NotificationContent,
  renderMessage,
  sendThrough,
  toMentionItem,
} from './index.ts'

const alert = Alert.parse({
  ...JSON.parse(readFileSync(new URL('../fixtures/alert.json', import.meta.url), 'utf8')),
  severity: 'crisis',
  details: {
    explanations: {
      fr: '142 mentions en une heure, 9 fois plus que d’habitude',
      en: '142 mentions in an hour, 9 times the usual',
    },
  },
})
const channel: NotificationChannel = { kind: 'email', to: ['crise@acme.example', 'dg@acme.example'] }

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let mailer: Mailer
before(async () => {
  smtp = await startSmtpServer()
  mailer = createSmtpMailer({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    from: 'Vigie <vigie@acme.example>',
  })
})
after(async () => {
  mailer.close()
  await smtp.close()
})

const send = async (content: NotificationContent, lang: 'fr' | 'en') => {
  const sleeps: number[] = []
  const senders = createNotificationSenders({
    mailer,
    retry: { maxAttempts: 3, random: () => 0.5, sleep: async (ms) => void sleeps.push(ms) },
  })
  const rule = buildRule('crise', { name: 'Cellule de crise', channel })
  const message = renderMessage(content, { lang, workspaceName: 'Acme', brandOf: () => 'Acme', rule })
  const before = smtp.mails.length
  const outcome = await sendThrough(senders, { channel, rule, content, message })
  return { outcome, sleeps, mail: smtp.mails.length > before ? smtp.mails.at(-1) : undefined }
}

test('an alert email goes through a real SMTP exchange to every recipient, in French', async () => {
  const { outcome, mail } = await send({ kind: 'alert', alert }, 'fr')
  assert.deepEqual(outcome, { ok: true })
  assert.equal(mail?.from, 'vigie@acme.example')
  assert.deepEqual(mail?.to, ['crise@acme.example', 'dg@acme.example'])
  const decoded = decodeMail(mail!.raw)
  assert.equal(decoded.subject, '[Vigie] Crise : Acme')
  assert.equal(decoded.headers.to, 'crise@acme.example, dg@acme.example')
  assert.match(
    decoded.text,
    /^Crise : Acme\n\n142 mentions en une heure, 9 fois plus que d’habitude\nScore 72\/100/,
  )
  assert.match(decoded.text, /Vigie · Acme · règle « Cellule de crise »$/)
  assert.match(decoded.html, /<html lang="fr">/)
  assert.match(decoded.html, /<p>142 mentions en une heure, 9 fois plus que d’habitude<\/p>/)
})

test('an English workspace gets the English explanation', async () => {
  const { mail } = await send({ kind: 'alert', alert }, 'en')
  const decoded = decodeMail(mail!.raw)
  assert.equal(decoded.subject, '[Vigie] Crisis: Acme')
  assert.match(decoded.text, /\n142 mentions in an hour, 9 times the usual\n/)
  assert.doesNotMatch(decoded.text, /habitude/)
})

test("a post's text is shown as text in the HTML part, never as markup, and its link only if http(s)", async () => {
  const text = '<img src=x onerror=alert(1)> "Rappel" & <a href="javascript:evil()">ici</a>'
  const post = buildPost('7', { text, handle: 'x<b>y', url: 'https://masto.example/7' })
  const { mail } = await send({ kind: 'mention', queryId: 'q-acme', mention: toMentionItem(post) }, 'fr')
  const { html, text: plain, subject } = decodeMail(mail!.raw)
  assert.equal(subject, '[Vigie] Nouvelle mention de Acme')
  assert.ok(!html.includes('<img') && !html.includes('<a href="javascript') && !html.includes('x<b>y'))
  assert.match(
    html,
    /&#60;img src=x onerror=alert\(1\)&#62; &#34;Rappel&#34; &#38; &#60;a href=&#34;javascript/,
  )
  assert.match(html, /<a href="https:\/\/masto\.example\/7">Voir la publication<\/a>/)
  assert.match(plain, /> <img src=x onerror=alert\(1\)> "Rappel"/)
})

test('a greylisted recipient (451) is tried again alone; unknown ones (550) become a dead letter', async () => {
  smtp.rcptAnswers.push('451 4.7.1 greylisted, come back later')
  const before = smtp.mails.length
  const retried = await send({ kind: 'test' }, 'fr')
  assert.deepEqual(retried.outcome, { ok: true })
  assert.equal(retried.sleeps.length, 1)
  assert.deepEqual(
    smtp.mails.slice(before).map((m) => m.to),
    [['dg@acme.example'], ['crise@acme.example']],
  )
  assert.equal(decodeMail(retried.mail!.raw).subject, '[Vigie] Message de test de Vigie')
  smtp.rcptAnswers.push('550 5.1.1 no such user', '550 5.1.1 no such user')
  const refused = await send({ kind: 'test' }, 'en')
  assert.equal(refused.outcome.ok, false)
  assert.equal(refused.mail, undefined)
  assert.equal(refused.sleeps.length, 0)
  if (refused.outcome.ok) return
  assert.match(refused.outcome.reason, /^SMTP 550: .*no such user/)
  assert.deepEqual(JSON.parse(refused.outcome.payload).to, ['crise@acme.example', 'dg@acme.example'])
})
