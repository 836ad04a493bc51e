import { z } from 'zod'
import { Cause } from './analysis.ts'
import { CrisisType, Posture } from './response.ts'
import { INCIDENT_STATES } from './vocabulary.ts'

/** An incident's life: opened, the team is answering, watching the conversation calm down, closed. */
export const IncidentState = z.enum(INCIDENT_STATES)
export type IncidentState = z.infer<typeof IncidentState>

/** The facts posture advice reads, as the team knows them so far (every one can be corrected). */
export const IncidentFacts = z
  .object({
    cause: Cause.default('none'),
    crisisType: CrisisType.optional(),
    harm: z.enum(['none', 'minor', 'severe']).default('minor'),
    victims: z.boolean().default(false),
    pastCrises: z.number().int().min(0).max(1000).default(0),
    reputation: z.enum(['good', 'neutral', 'bad']).default('neutral'),
    accusationFalse: z.boolean().optional(),
  })
  .strict()
export type IncidentFacts = z.infer<typeof IncidentFacts>

/** One crisis the team handles in the crisis room, opened from an alert or by hand. */
export const Incident = z.object({
  id: z.string(),
  workspaceId: z.string(),
  /** the brand query it is about, when opened from an alert */
  queryId: z.string().nullable(),
  title: z.string().min(1).max(200),
  state: IncidentState,
  /** the user in charge */
  ownerId: z.string().nullable(),
  openedAt: z.coerce.date(),
  openedBy: z.string().nullable(),
  closedAt: z.coerce.date().nullable(),
  /** the alerts it gathers, the first one first */
  alertIds: z.array(z.string()),
  facts: IncidentFacts,
  /** the posture the team chose */
  posture: Posture.nullable(),
})
export type Incident = z.infer<typeof Incident>

export const TIMELINE_KINDS = [
  'first_signal',
  'origin_post',
  'alert',
  'escalation',
  'state',
  'posture',
  'facts',
  'note',
  /** a reply submitted, approved, rejected or published */
  'reply',
  /** a post pinned as a key post of the incident (its mention named), or taken off the key posts */
  'pinned',
  'unpinned',
  /** read from the stream, never stored: a post of the brand's own accounts, and the busiest hour (its count) */
  'owned_post',
  'peak',
  /** read, never stored: a response's effect once its window after is over (its text the figures, as JSON) */
  'effect',
] as const
export const TimelineKind = z.enum(TIMELINE_KINDS)
export type TimelineKind = z.infer<typeof TimelineKind>

/** One line of an incident's timeline: written by Vigie (signals, alerts, actions) or by a person (notes). */
export const TimelineEntry = z.object({
  id: z.number().int(),
  workspaceId: z.string(),
  incidentId: z.string(),
  at: z.coerce.date(),
  kind: TimelineKind,
  text: z.string(),
  mentionId: z.string().nullable(),
  alertId: z.string().nullable(),
  /** who did it; null for what Vigie recorded by itself */
  userId: z.string().nullable(),
})
export type TimelineEntry = z.infer<typeof TimelineEntry>
