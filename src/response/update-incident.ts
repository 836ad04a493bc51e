import { z } from 'zod'
import {
  AppError,
  type Clock,
  type Incident,
  IncidentFacts,
  IncidentState,
  Posture,
  type TimelineEntry,
} from '../core/index.ts'
import type { IncidentStore } from './incident-store.ts'

export const IncidentChange = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    state: IncidentState.optional(),
    ownerId: z.string().nullable().optional(),
    /** the facts as the team corrects them (the advice follows them) */
    facts: IncidentFacts.partial().optional(),
    posture: Posture.nullable().optional(),
    alertIds: z.array(z.string()).max(500).optional(),
  })
  .strict()
export type IncidentChange = z.infer<typeof IncidentChange>

/**
 * Changes an incident: its state (closing records when), owner, facts, chosen posture or title. Every
 * change of state, posture or facts is written on the timeline with who made it.
 */
export const updateIncident = async ({
  ctx,
  input,
}: {
  ctx: { store: IncidentStore; clock: Clock }
  input: { workspaceId: string; id: string; userId: string | null; change: unknown }
}): Promise<Incident> => {
  const change = IncidentChange.parse(input.change)
  const before = await ctx.store.getIncident(input.workspaceId, input.id)
  if (!before) throw new AppError('not_found', `no incident ${input.id}`)
  const now = ctx.clock.now()
  const after: Incident = {
    ...before,
    ...(change.title === undefined ? {} : { title: change.title }),
    ...(change.ownerId === undefined ? {} : { ownerId: change.ownerId }),
    ...(change.posture === undefined ? {} : { posture: change.posture }),
    ...(change.alertIds === undefined
      ? {}
      : { alertIds: [...new Set([...before.alertIds, ...change.alertIds])] }),
    facts: IncidentFacts.parse({ ...before.facts, ...change.facts }),
    state: change.state ?? before.state,
    closedAt:
      change.state === undefined
        ? before.closedAt
        : change.state === 'closed'
          ? (before.closedAt ?? now)
          : null,
  }
  await ctx.store.saveIncident(after)
  const entry = (kind: TimelineEntry['kind'], text: string): Omit<TimelineEntry, 'id'> => ({
    workspaceId: after.workspaceId,
    incidentId: after.id,
    at: now,
    kind,
    text,
    mentionId: null,
    alertId: null,
    userId: input.userId,
  })
  const entries: Omit<TimelineEntry, 'id'>[] = []
  if (after.state !== before.state) entries.push(entry('state', after.state))
  if (after.posture !== before.posture) entries.push(entry('posture', after.posture ?? 'none'))
  if (JSON.stringify(after.facts) !== JSON.stringify(before.facts))
    entries.push(entry('facts', JSON.stringify(after.facts)))
  await ctx.store.addTimelineEntries(entries)
  return after
}

/** A note a person adds to an incident's timeline. */
export const addIncidentNote = async ({
  ctx,
  input,
}: {
  ctx: { store: IncidentStore; clock: Clock }
  input: { workspaceId: string; id: string; userId: string | null; text: string; at?: Date }
}): Promise<TimelineEntry> => {
  const text = z.string().trim().min(1).max(5000).parse(input.text)
  const [saved] = await ctx.store.addTimelineEntries([
    {
      workspaceId: input.workspaceId,
      incidentId: input.id,
      at: input.at ?? ctx.clock.now(),
      kind: 'note',
      text,
      mentionId: null,
      alertId: null,
      userId: input.userId,
    },
  ])
  return saved!
}
