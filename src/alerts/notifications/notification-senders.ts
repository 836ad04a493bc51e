import { randomUUID } from 'node:crypto'
import {
  type Clock,
  type NotificationChannel,
  type NotificationChannelKind,
  type NotificationRule,
  systemClock,
} from '../../core/index.ts'
import { signWebhookBody } from '../webhook-signature.ts'
import { emailMessage } from './email-message.ts'
import type { NoticeHub } from './notice-hub.ts'
import type { NotificationContent } from './notification-content.ts'
import type { RenderedMessage } from './render-message.ts'
import { mattermostPayload, slackPayload } from './slack-payload.ts'
import { type Mailer, sendMailWithRetries } from './smtp-mailer.ts'
import { teamsPayload } from './teams-payload.ts'
import { type PostFunction, postWithRetries, type RetrySettings, type SendOutcome } from './with-retries.ts'

export interface SendInput<K extends NotificationChannelKind = NotificationChannelKind> {
  channel: Extract<NotificationChannel, { kind: K }>
  rule: NotificationRule
  content: NotificationContent
  message: RenderedMessage
  signal?: AbortSignal
}

/** Sends one message to one channel; never rejects for a delivery failure, it reports it. */
export type Sender<K extends NotificationChannelKind> = (input: SendInput<K>) => Promise<SendOutcome>
export type NotificationSenders = { [K in NotificationChannelKind]: Sender<K> }

export interface SenderDeps {
  /** the SSRF-guarded POST (`fetchSafely`); without it, webhook channels fail (and say why) */
  post?: PostFunction
  /** without it (no `notifications.smtp`), email channels fail (and say why) */
  mailer?: Mailer
  /** the dashboard's notices */
  notices?: NoticeHub
  retry?: RetrySettings
  clock?: Clock
}

const missing = (what: string, payload: string): SendOutcome => ({ ok: false, reason: what, payload })

const chatSender =
  <K extends 'slack' | 'mattermost' | 'teams'>(payloadOf: (m: RenderedMessage) => unknown) =>
  (deps: SenderDeps): Sender<K> =>
  async ({ channel, message, signal }) => {
    const body = JSON.stringify(payloadOf(message))
    if (!deps.post) return missing('no HTTP client was given to the notifier', body)
    const headers = { 'Content-Type': 'application/json; charset=utf-8' }
    return postWithRetries(deps.post, (channel as { url: string }).url, { headers, body }, deps.retry, signal)
  }

/** Vigie's own signed JSON, as the alert webhook (docs/alerts.md), with `X-Vigie-Event: notification`. */
const signedWebhookSender =
  (deps: SenderDeps): Sender<'webhook'> =>
  async ({ channel, rule, content, message, signal }) => {
    const body = JSON.stringify({
      type: 'notification',
      workspaceId: rule.workspaceId,
      rule: { id: rule.id, name: rule.name },
      notification: content,
      message,
    })
    if (!deps.post) return missing('no HTTP client was given to the notifier', body)
    const clock = deps.clock ?? systemClock
    const deliveryId = randomUUID()
    // signed at each attempt: a retry hours later must not carry a stale timestamp
    const signedPost: PostFunction = (url, request) => {
      const timestamp = String(Math.floor(clock.now().getTime() / 1000))
      const headers = {
        ...request.headers,
        'X-Vigie-Event': 'notification',
        'X-Vigie-Delivery': deliveryId,
        'X-Vigie-Timestamp': timestamp,
        'X-Vigie-Signature': signWebhookBody(channel.secret, timestamp, request.body),
      }
      return deps.post!(url, { ...request, headers })
    }
    return postWithRetries(
      signedPost,
      channel.url,
      { headers: { 'Content-Type': 'application/json' }, body },
      deps.retry,
      signal,
    )
  }

const emailSender =
  (deps: SenderDeps): Sender<'email'> =>
  async ({ channel, message }) => {
    const mail = { to: channel.to, ...emailMessage(message) }
    if (!deps.mailer)
      return missing(
        'email is not configured (notifications.smtp)',
        JSON.stringify({ to: mail.to, subject: mail.subject }),
      )
    return sendMailWithRetries(deps.mailer, mail, deps.retry)
  }

const dashboardSender =
  (deps: SenderDeps): Sender<'dashboard'> =>
  async ({ rule, content, message }) => {
    const at = (deps.clock ?? systemClock).now()
    deps.notices?.publish({
      id: randomUUID(),
      workspaceId: rule.workspaceId,
      ruleId: rule.id,
      kind: content.kind,
      at,
      message,
    })
    return { ok: true }
  }

/** Every channel kind and how it sends: adding a kind does not compile until it has a sender here. */
export const createNotificationSenders = (deps: SenderDeps): NotificationSenders => ({
  email: emailSender(deps),
  slack: chatSender<'slack'>(slackPayload)(deps),
  mattermost: chatSender<'mattermost'>(mattermostPayload)(deps),
  teams: chatSender<'teams'>(teamsPayload)(deps),
  webhook: signedWebhookSender(deps),
  dashboard: dashboardSender(deps),
})

/** Sends through the sender of the channel's kind. */
export const sendThrough = (senders: NotificationSenders, input: SendInput): Promise<SendOutcome> =>
  (senders[input.channel.kind] as Sender<NotificationChannelKind>)(input)
