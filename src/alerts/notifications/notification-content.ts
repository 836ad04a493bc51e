import type { Alert, AnalyzedMention, NotificationRule, SentimentLabel, Severity } from '../../core/index.ts'

/** A post as a notification quotes it: its text cut short, never markup (each channel escapes it). */
export interface MentionItem {
  id: string
  source: string
  url?: string
  author: string
  authorName?: string
  followers?: number
  engagement: number
  sentiment: SentimentLabel
  createdAt: Date
  text: string
}

/** What a period's digest reports: volume, tone, alerts and its most engaging posts. */
export interface DigestFigures {
  total: number
  negative: number
  neutral: number
  positive: number
  alerts: number
  alertsBySeverity: Record<Severity, number>
  /** the gravest alerts of the period, gravest first */
  topAlerts: Alert[]
  topPosts: MentionItem[]
}

/** What one message says, before a channel puts it in its own format. */
export type NotificationContent =
  | { kind: 'mention'; queryId: string; mention: MentionItem }
  | { kind: 'mentions'; queryId: string; count: number; top: MentionItem[]; from: Date; to: Date }
  | { kind: 'alert'; alert: Alert }
  | { kind: 'digest'; period: 'daily' | 'weekly'; from: Date; to: Date; figures: DigestFigures }
  | { kind: 'test' }

/** What the planner decides; a due digest has no figures yet (the notifier reads them from the store). */
export type PlannedContent =
  | Exclude<NotificationContent, { kind: 'digest' }>
  | { kind: 'digest'; period: 'daily' | 'weekly'; from: Date; to: Date }

export interface PlannedNotification {
  rule: NotificationRule
  content: PlannedContent
}

/** The longest post text a notification quotes, in characters. */
export const QUOTE_LENGTH = 280

const shorten = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}

export const toMentionItem = (m: AnalyzedMention): MentionItem => ({
  id: m.id,
  source: m.source,
  ...(m.url ? { url: m.url } : {}),
  author: m.author.handle,
  ...(m.author.name ? { authorName: m.author.name } : {}),
  ...(m.author.followers !== undefined ? { followers: m.author.followers } : {}),
  engagement: (m.metrics?.likes ?? 0) + (m.metrics?.reposts ?? 0) + (m.metrics?.replies ?? 0),
  sentiment: m.analysis.sentiment.label,
  createdAt: m.createdAt,
  text: shorten(m.title ? `${m.title} — ${m.text}` : m.text, QUOTE_LENGTH),
})

/** The most telling first: widest reach, then most engagement, then newest. */
export const byReach = (a: MentionItem, b: MentionItem): number =>
  (b.followers ?? -1) - (a.followers ?? -1) ||
  b.engagement - a.engagement ||
  b.createdAt.getTime() - a.createdAt.getTime()
