import type { Alert, EffectLine, FollowUp, Incident, Severity, TimelineEntry } from '../core/index.ts'
import { type FollowUpStore, followUp } from './follow-up.ts'
import { incidentStart, type KeyPostStore, postLine } from './key-posts.ts'

/** What the timeline reads besides its stored lines (the Store port satisfies it). */
export interface TimelineStore extends KeyPostStore, Pick<FollowUpStore, 'listReplyDrafts'> {
  listAlerts(input: { workspaceId: string; limit?: number }): Promise<Alert[]>
  aggregate(input: {
    workspaceId: string
    queryId?: string
    from: Date
    to: Date
    bucketMs?: number
    top?: number
  }): Promise<{
    buckets: Awaited<ReturnType<FollowUpStore['aggregate']>>['buckets']
    topAuthors: { handle: string; name?: string; followers?: number; count: number }[]
    topSources: { key: string; count: number }[]
  }>
}

const HOUR = 3_600_000
const RANK: Record<Severity, number> = { watch: 0, alert: 1, crisis: 2 }
/** How many of the brand's own posts the timeline shows, the first ones. */
const OWNED_POSTS = 50

/**
 * An incident's whole timeline, oldest first: the lines stored as things happened (the alert it was opened
 * from, every action taken in Vigie, notes), and the lines Vigie reads from the stream when asked: the later
 * alerts of its brand query (an *escalation* when more severe than any before), the brand's own posts, the
 * peak hour once it is over, and each response's effect once its window after is over (the follow-up's
 * figures: mentions per hour and negative share, before → after). Read lines have negative ids (they are not stored).
 */
export const incidentTimeline = async ({
  store,
  incident,
  now,
  follow,
}: {
  store: TimelineStore
  incident: Incident
  now: Date
  /** the incident's follow-up at `now` (open incidents) when the caller has it already; read otherwise */
  follow?: FollowUp
}): Promise<TimelineEntry[]> => {
  const stored = await store.listTimeline(incident.workspaceId, incident.id)
  const from = incidentStart(incident, stored)
  const to = incident.closedAt ?? now
  const base = { workspaceId: incident.workspaceId, incidentId: incident.id, userId: null }
  const read: Omit<TimelineEntry, 'id'>[] = []
  const scope = {
    workspaceId: incident.workspaceId,
    ...(incident.queryId ? { queryId: incident.queryId } : {}),
  }

  if (incident.queryId) {
    const alerts = await store.listAlerts({ workspaceId: incident.workspaceId, limit: 1000 })
    const onTimeline = new Set(stored.flatMap((e) => (e.alertId ? [e.alertId] : [])))
    let top = Math.max(
      -1,
      ...alerts
        .filter((a) => onTimeline.has(a.id) || incident.alertIds.includes(a.id))
        .map((a) => RANK[a.severity]),
    )
    const later = alerts
      .filter(
        (a) =>
          a.queryId === incident.queryId &&
          !onTimeline.has(a.id) &&
          a.at.getTime() >= from.getTime() &&
          a.at.getTime() <= to.getTime(),
      )
      .sort((a, b) => a.at.getTime() - b.at.getTime())
    for (const a of later) {
      const rank = RANK[a.severity]
      read.push({
        ...base,
        at: a.at,
        kind: rank > top ? 'escalation' : 'alert',
        text: `${a.severity} (${Math.round(a.score)}/100): ${a.explanation}`,
        mentionId: null,
        alertId: a.id,
      })
      top = Math.max(top, rank)
    }
  }

  const owned = await store.listMentions({
    ...scope,
    from,
    to,
    owned: true,
    sort: 'oldest',
    limit: OWNED_POSTS,
  })
  for (const m of owned.items)
    read.push({
      ...base,
      at: m.createdAt,
      kind: 'owned_post',
      text: postLine(m.author.handle, m.text, 280),
      mentionId: m.id,
      alertId: null,
    })

  const hourFrom = new Date(Math.floor(from.getTime() / HOUR) * HOUR)
  if (to.getTime() - hourFrom.getTime() >= 2 * HOUR) {
    const { buckets } = await store.aggregate({ ...scope, from: hourFrom, to, bucketMs: HOUR, top: 1 })
    const peak = buckets.reduce<{ at: Date; total: number } | undefined>(
      (p, b) => (p === undefined || b.total > p.total ? b : p),
      undefined,
    )
    // the busiest hour since the start, once that hour is over
    if (peak && peak.total > 0 && peak.at.getTime() + HOUR <= to.getTime())
      read.push({
        ...base,
        at: peak.at,
        kind: 'peak',
        text: String(peak.total),
        mentionId: null,
        alertId: null,
      })
  }

  const responses = (follow ?? (await followUp({ store, incident, now: to }))).responses
  for (const r of responses.filter((x) => x.complete))
    read.push({
      ...base,
      at: r.after.to,
      kind: 'effect',
      text: JSON.stringify({
        response: r.kind,
        perHourBefore: Math.round(r.before.perHour * 10) / 10,
        perHourAfter: Math.round(r.after.perHour * 10) / 10,
        negativeBefore: r.before.negativeShare,
        negativeAfter: r.after.negativeShare,
      } satisfies EffectLine),
      mentionId: r.mentionId,
      alertId: null,
    })

  return [...stored, ...read.map((e, i) => ({ ...e, id: -(i + 1) }))].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || Math.abs(a.id) - Math.abs(b.id),
  )
}
