import { z } from 'zod'
import { Email } from './account.ts'
import { Severity } from './alert.ts'
import { Lang, SentimentLabel } from './analysis.ts'
import { SourceName } from './mention.ts'
import { Id } from './workspace.ts'

/** Where a notification goes; every kind has a sender (an exhaustive registry in alerts/). */
export const NOTIFICATION_CHANNEL_KINDS = [
  'email',
  'slack',
  'mattermost',
  'teams',
  'webhook',
  'dashboard',
] as const
export const NotificationChannelKind = z.enum(NOTIFICATION_CHANNEL_KINDS)
export type NotificationChannelKind = z.infer<typeof NotificationChannelKind>

/** A URL a user gives: http(s) only (the SSRF guard checks its address again at each send). */
const WebhookUrl = z
  .string()
  .max(2000)
  .url()
  .refine((url) => /^https?:\/\//i.test(url), 'an http(s) URL')

/** One channel of a rule, with what it needs to send. */
export const NotificationChannel = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('email'), to: z.array(Email).min(1).max(20) }).strict(),
  z.object({ kind: z.literal('slack'), url: WebhookUrl }).strict(),
  z.object({ kind: z.literal('mattermost'), url: WebhookUrl }).strict(),
  z.object({ kind: z.literal('teams'), url: WebhookUrl }).strict(),
  /** Vigie's signed JSON webhook (docs/alerts.md), keyed with this rule's own secret */
  z.object({ kind: z.literal('webhook'), url: WebhookUrl, secret: z.string().min(16).max(200) }).strict(),
  /** the live dashboard: an SSE `notification` event */
  z.object({ kind: z.literal('dashboard') }).strict(),
])
export type NotificationChannel = z.infer<typeof NotificationChannel>

/** What sets a rule off: new mentions of a query, alerts from a level up, or a periodic digest. */
export const NotificationTrigger = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('mention'),
      queryId: Id,
      lang: Lang.optional(),
      sentiment: SentimentLabel.optional(),
      /** authors with at least this many followers (unknown reach never passes when above 0) */
      minReach: z.number().int().nonnegative().optional(),
      source: SourceName.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('alert'),
      /** this level and the graver ones */
      minSeverity: Severity.default('watch'),
      /** only this query's alerts; every query's when absent */
      queryId: Id.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('digest'),
      period: z.enum(['daily', 'weekly']),
      /** hour of the day it is sent, UTC */
      hour: z.number().int().min(0).max(23).default(8),
      /** weekly digests: the day it is sent, 1 = Monday … 7 = Sunday */
      weekday: z.number().int().min(1).max(7).default(1),
    })
    .strict(),
])
export type NotificationTrigger = z.infer<typeof NotificationTrigger>

/** A workspace's rule: when (trigger), where (channel), and how often at most (grouping). */
export const NotificationRule = z.object({
  id: Id,
  workspaceId: Id,
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean().default(true),
  trigger: NotificationTrigger,
  channel: NotificationChannel,
  /**
   * Mentions: the first is sent at once, then at most one grouped message per this many minutes, with the
   * count and the most telling few.
   */
  groupMinutes: z.number().int().min(1).max(1440).default(15),
  createdAt: z.coerce.date(),
  updatedAt: z.coerce.date(),
  /** digests: the end of the last period sent (kept by the notifier, not by the user) */
  lastDigestAt: z.coerce.date().optional(),
})
export type NotificationRule = z.infer<typeof NotificationRule>
export type NotificationRuleInput = z.input<typeof NotificationRule>
