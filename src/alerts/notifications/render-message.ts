import type { Alert, NotificationRule, Severity } from '../../core/index.ts'
import {
  formatCount,
  formatTime,
  MESSAGE_TEXTS,
  type MessageLang,
  type MessageTexts,
} from './message-texts.ts'
import type { DigestFigures, MentionItem, NotificationContent } from './notification-content.ts'

/** A post as every channel shows it: plain text, escaped by the channel. */
export interface RenderedPost {
  author: string
  /** source, time, reach */
  meta: string
  text: string
  url?: string
}

/** A message in the workspace's language, before a channel puts it in its own format. */
export interface RenderedMessage {
  lang: MessageLang
  /** one line: the email's subject, the chat message's title */
  title: string
  lines: string[]
  posts: RenderedPost[]
  /** where to read more: the dashboard, when its address is known */
  link?: { label: string; url: string }
  /** `info`, or the alert's level (channels colour by it) */
  level: 'info' | Severity
  footer: string
  /** the label of a post's link */
  openPost: string
}

export interface RenderContext {
  lang: MessageLang
  workspaceName: string
  /** the brand of a query, or its id when it is gone */
  brandOf: (queryId: string) => string
  rule: Pick<NotificationRule, 'id' | 'name' | 'workspaceId'>
  /** the dashboard's address (`notifications.baseUrl`), for an "open" link */
  baseUrl?: string
}

export const renderMessage = (content: NotificationContent, ctx: RenderContext): RenderedMessage => {
  const t = MESSAGE_TEXTS[ctx.lang]
  const base = {
    lang: ctx.lang,
    footer: t.footer(ctx.rule.name, ctx.workspaceName),
    posts: [],
    openPost: t.openPost,
  }
  const link = ctx.baseUrl ? { label: t.open, url: linkTo(ctx.baseUrl, ctx.rule.workspaceId) } : undefined
  const post = (m: MentionItem) => renderPost(m, ctx.lang, t)
  switch (content.kind) {
    case 'mention':
      return {
        ...base,
        level: 'info',
        title: t.newMention(ctx.brandOf(content.queryId)),
        lines: [],
        posts: [post(content.mention)],
        link,
      }
    case 'mentions': {
      const minutes = Math.max(1, Math.round((content.to.getTime() - content.from.getTime()) / 60_000))
      const title = t.newMentions(content.count, ctx.brandOf(content.queryId), minutes)
      return { ...base, level: 'info', title, lines: [t.mostTelling], posts: content.top.map(post), link }
    }
    case 'alert':
      return { ...base, ...renderAlert(content.alert, ctx, t), link }
    case 'digest':
      return { ...base, ...renderDigest(content, ctx, t), link }
    case 'test':
      return { ...base, level: 'info', title: t.testTitle, lines: [t.testLine(ctx.rule.name)] }
  }
}

const linkTo = (baseUrl: string, workspaceId: string) =>
  `${baseUrl.replace(/\/+$/, '')}/?ws=${encodeURIComponent(workspaceId)}`

const renderPost = (m: MentionItem, lang: MessageLang, t: MessageTexts): RenderedPost => {
  const reach = m.followers !== undefined ? [t.followers(formatCount(lang, m.followers))] : []
  return {
    author: m.authorName ? `${m.authorName} (@${m.author})` : `@${m.author}`,
    meta: [m.source, formatTime(lang, m.createdAt), ...reach].join(' · '),
    text: m.text,
    ...(m.url ? { url: m.url } : {}),
  }
}

/** The alert's sentence in the workspace's language, when detection wrote both (`details.explanations`). */
export const explanationIn = (alert: Alert, lang: MessageLang): string => {
  const told = (alert.details as { explanations?: Partial<Record<MessageLang, unknown>> }).explanations?.[
    lang
  ]
  return typeof told === 'string' && told.trim() !== '' ? told : alert.explanation
}

const renderAlert = (alert: Alert, ctx: RenderContext, t: MessageTexts) => ({
  level: alert.severity,
  title: t.alertTitle(t.severity[alert.severity], ctx.brandOf(alert.queryId)),
  lines: [explanationIn(alert, ctx.lang), `${t.score(alert.score)} · ${formatTime(ctx.lang, alert.at)}`],
})

const renderDigest = (
  content: { period: 'daily' | 'weekly'; from: Date; to: Date; figures: DigestFigures },
  ctx: RenderContext,
  t: MessageTexts,
) => {
  const f = content.figures
  const title =
    content.period === 'daily' ? t.dailyDigest(ctx.workspaceName) : t.weeklyDigest(ctx.workspaceName)
  const alertLines = f.topAlerts.map(
    (a) => `${t.severity[a.severity]} · ${ctx.brandOf(a.queryId)} · ${explanationIn(a, ctx.lang)}`,
  )
  return {
    level: f.alertsBySeverity.crisis > 0 ? ('crisis' as const) : ('info' as const),
    title,
    lines: [
      t.period(formatTime(ctx.lang, content.from), formatTime(ctx.lang, content.to)),
      t.volume(f.total, f.negative, f.positive),
      t.alerts(f.alerts, f.alertsBySeverity.crisis),
      ...alertLines,
      ...(f.topPosts.length > 0 ? [t.topPosts] : []),
    ],
    posts: f.topPosts.map((m) => renderPost(m, ctx.lang, t)),
  }
}
