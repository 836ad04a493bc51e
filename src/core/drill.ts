import { z } from 'zod'

/**
 * A crisis exercise: a simulated crisis replayed live into a sandbox copy of a workspace (its team, its
 * approval chain, its language; none of its data or publishers), so the team trains without real risk.
 */
export const Drill = z.object({
  /** the sandbox workspace the crisis is replayed into */
  workspaceId: z.string(),
  /** the workspace it copies */
  sourceWorkspaceId: z.string(),
  scenario: z.string(),
  startedAt: z.coerce.date(),
  startedBy: z.string().nullable(),
  /** when the simulated crisis begins (event time of the sandbox) */
  onsetAt: z.coerce.date(),
  /** event-time seconds per wall-clock second: 1 is real time */
  speed: z.number().positive(),
  endedAt: z.coerce.date().nullable(),
})
export type Drill = z.infer<typeof Drill>

/** What the team did in a drill and how fast, measured from the first alert (minutes; null: not done). */
export const DrillReport = z.object({
  drill: Drill,
  firstAlertAt: z.coerce.date().nullable(),
  steps: z.array(
    z.object({
      step: z.enum([
        'incident_opened',
        'posture_chosen',
        'first_draft',
        'submitted',
        'approved',
        'published',
      ]),
      at: z.coerce.date().nullable(),
      /** minutes after the first alert (wall-clock minutes at the drill's speed) */
      minutes: z.number().nullable(),
    }),
  ),
})
export type DrillReport = z.infer<typeof DrillReport>
