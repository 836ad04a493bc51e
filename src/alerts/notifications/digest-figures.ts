import { Severity } from '../../core/index.ts'
import type { DigestFigures } from './notification-content.ts'
import { toMentionItem } from './notification-content.ts'
import type { NotifierStore } from './notifier-store.ts'

/** How many alerts of the period a digest reads (newest first); a quieter period has far fewer. */
const ALERTS_READ = 500

/** A period's figures, read from the store: volume and tone, alerts by level, the most engaging posts. */
export const readDigestFigures = async (
  store: NotifierStore,
  workspaceId: string,
  from: Date,
  to: Date,
  top = 3,
): Promise<DigestFigures> => {
  const buckets = await store.volume({ workspaceId, from, to, bucketMs: 3_600_000 })
  const sum = (pick: (b: (typeof buckets)[number]) => number) => buckets.reduce((n, b) => n + pick(b), 0)
  const total = sum((b) => b.total)
  const negative = sum((b) => b.negative)
  const positive = sum((b) => b.positive)
  const alerts = (await store.listAlerts({ workspaceId, limit: ALERTS_READ })).filter(
    (a) => a.at >= from && a.at < to,
  )
  const alertsBySeverity = { watch: 0, alert: 0, crisis: 0 }
  for (const a of alerts) alertsBySeverity[a.severity]++
  const rank = (s: Severity) => Severity.options.indexOf(s)
  const topAlerts = [...alerts]
    .sort((a, b) => rank(b.severity) - rank(a.severity) || b.score - a.score)
    .slice(0, top)
  const posts = await store.listMentions({ workspaceId, from, to, sort: 'engagement', limit: top })
  return {
    total,
    negative,
    neutral: total - negative - positive,
    positive,
    alerts: alerts.length,
    alertsBySeverity,
    topAlerts,
    topPosts: posts.items.map(toMentionItem),
  }
}
