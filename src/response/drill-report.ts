import { AppError, type DrillReport } from '../core/index.ts'
import type { ReplyStore } from './reply-store.ts'

/**
 * What a team did in a drill and how fast: from the sandbox's first alert to the first incident opened, the
 * posture chosen, the first draft, its submission, approval and publication. Event times are turned into
 * wall-clock minutes at the drill's speed.
 */
export const drillReport = async (
  store: ReplyStore & {
    listAlerts(input: { workspaceId: string; limit?: number }): Promise<{ at: Date }[]>
  },
  workspaceId: string,
): Promise<DrillReport> => {
  const drill = await store.getDrill(workspaceId)
  if (!drill) throw new AppError('not_found', `workspace ${workspaceId} is not a drill`)
  const alerts = await store.listAlerts({ workspaceId, limit: 500 })
  const firstAlert = alerts.reduce<Date | null>((min, a) => (min === null || a.at < min ? a.at : min), null)
  const incidents = await store.listIncidents({ workspaceId, limit: 500 })
  const earliest = (dates: (Date | undefined)[]) =>
    dates.reduce<Date | null>((min, d) => (d && (min === null || d < min) ? d : min), null)
  const timelines = (await Promise.all(incidents.map((i) => store.listTimeline(workspaceId, i.id)))).flat()
  const audit = await store.listAuditEntries({ workspaceId })
  const first = (action: string) => earliest(audit.filter((e) => e.action === action).map((e) => e.at))
  const at = {
    incident_opened: earliest(incidents.map((i) => i.openedAt)),
    posture_chosen: earliest(timelines.filter((e) => e.kind === 'posture').map((e) => e.at)),
    first_draft: first('created'),
    submitted: first('submitted'),
    approved: first('approved'),
    published: first('published'),
  } as const
  return {
    drill,
    firstAlertAt: firstAlert,
    steps: (Object.keys(at) as (keyof typeof at)[]).map((step) => {
      const when = at[step]
      return {
        step,
        at: when,
        minutes:
          when && firstAlert
            ? Math.round(((when.getTime() - firstAlert.getTime()) / 60_000 / drill.speed) * 10) / 10
            : null,
      }
    }),
  }
}
