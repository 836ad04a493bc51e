import { randomUUID } from 'node:crypto'
import {
  type Alert,
  AppError,
  CAUSES,
  type Cause,
  type Clock,
  type Incident,
  IncidentFacts,
  type TimelineEntry,
} from '../core/index.ts'
import type { IncidentStore } from './incident-store.ts'

export interface OpenIncidentInput {
  workspaceId: string
  /** opened from this alert (one click); else by hand with a title */
  alertId?: string
  title?: string
  userId: string | null
}

interface Post {
  id: string
  author: string
  at: string
  text: string
}

const causeOf = (alert: Alert): Cause => {
  const cause = alert.details.likelyCause
  return typeof cause === 'string' && (CAUSES as readonly string[]).includes(cause)
    ? (cause as Cause)
    : 'none'
}

const postOf = (value: unknown): Post | undefined => {
  const p = value as Partial<Post> | null | undefined
  return p && typeof p.id === 'string' && typeof p.at === 'string' ? (p as Post) : undefined
}

/** What Vigie writes on a new incident's timeline from its alert: the origin post, then the alert itself. */
const timelineFromAlert = (incident: Incident, alert: Alert): Omit<TimelineEntry, 'id'>[] => {
  const base = { workspaceId: incident.workspaceId, incidentId: incident.id, userId: null }
  const entries: Omit<TimelineEntry, 'id'>[] = []
  const origin = postOf(alert.details.originPost)
  if (origin)
    entries.push({
      ...base,
      at: new Date(origin.at),
      kind: 'origin_post',
      text: `@${origin.author.replace(/^@/, '')}: ${origin.text}`,
      mentionId: origin.id,
      alertId: null,
    })
  const first = alert.mentions[0]
  if (first && first !== origin?.id)
    entries.push({
      ...base,
      at: alert.at,
      kind: 'first_signal',
      text: alert.kind,
      mentionId: first,
      alertId: null,
    })
  entries.push({
    ...base,
    at: alert.at,
    kind: 'alert',
    text: `${alert.severity} (${Math.round(alert.score)}/100): ${alert.explanation}`,
    mentionId: null,
    alertId: alert.id,
  })
  return entries
}

/**
 * Opens an incident, from an alert (its query, cause and a timeline started from its origin post and the
 * alert) or by hand with a title. An alert already gathered by an open incident opens nothing new:
 * `conflict`, naming that incident.
 */
export const openIncident = async ({
  ctx,
  input,
}: {
  ctx: { store: IncidentStore; clock: Clock }
  input: OpenIncidentInput
}): Promise<Incident> => {
  const now = ctx.clock.now()
  const alert = input.alertId ? await ctx.store.getAlert(input.workspaceId, input.alertId) : undefined
  if (input.alertId && !alert) throw new AppError('not_found', `no alert ${input.alertId}`)
  if (!alert && !input.title?.trim()) throw new AppError('invalid', 'an incident needs an alert or a title')
  if (alert) {
    const open = await ctx.store.listIncidents({ workspaceId: input.workspaceId })
    const holder = open.find((i) => i.state !== 'closed' && i.alertIds.includes(alert.id))
    if (holder)
      throw new AppError('conflict', `alert ${alert.id} is already in incident ${holder.id}`, {
        incidentId: holder.id,
      })
  }
  const incident: Incident = {
    id: randomUUID(),
    workspaceId: input.workspaceId,
    queryId: alert?.queryId ?? null,
    title: (input.title?.trim() || alert?.explanation || '').slice(0, 200),
    state: 'open',
    ownerId: input.userId,
    openedAt: now,
    openedBy: input.userId,
    closedAt: null,
    alertIds: alert ? [alert.id] : [],
    facts: IncidentFacts.parse({ cause: alert ? causeOf(alert) : 'none' }),
    posture: null,
  }
  await ctx.store.saveIncident(incident)
  const opened: Omit<TimelineEntry, 'id'> = {
    workspaceId: incident.workspaceId,
    incidentId: incident.id,
    at: now,
    kind: 'state',
    text: 'open',
    mentionId: null,
    alertId: null,
    userId: input.userId,
  }
  await ctx.store.addTimelineEntries([...(alert ? timelineFromAlert(incident, alert) : []), opened])
  return incident
}
