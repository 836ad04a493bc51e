import { z } from 'zod'
import { AppError, DRILL_SCENARIOS, Drill, DrillReport } from '../../core/index.ts'
import { drillReport } from '../../response/index.ts'
import { startDrill, stopDrill } from '../../runtime/index.ts'
import type { ApiContext } from '../context.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

/** Crisis drills (issue 13): a simulated crisis replayed live into a sandbox copy of a workspace. */
export const drillRoutes = (ctx: ApiContext): RouteSpec[] => {
  const runtime = () => {
    if (!ctx.runtime)
      throw new AppError('unavailable', 'drills run in vigie serve; this server has no pipelines')
    return ctx.runtime
  }
  return [
    defineRoute({
      method: 'POST',
      path: '/workspaces/:ws/drills',
      tag: 'drills',
      summary:
        'Start a crisis drill: a sandbox copy of the workspace (team, approval chain, language) where a simulated crisis unfolds live',
      access: 'analyst',
      params: WorkspaceParams,
      body: z
        .object({
          /** event-time seconds per wall-clock second: 1 is real time (the default) */
          speed: z.number().min(0.1).max(600).optional(),
          /** seconds before the crisis begins: 60 by default */
          crisisAfterSeconds: z.number().int().min(0).max(3600).optional(),
          /** what the simulated crisis is about: an employee's post (the default), a product defect, an accident, a data breach or outage */
          scenario: z.enum(DRILL_SCENARIOS).optional(),
        })
        .strict(),
      response: Drill,
      status: 201,
      handler: async ({ params, body, who }) =>
        startDrill(runtime(), { workspaceId: params.ws, by: who?.user?.id ?? null, ...body }),
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/drills',
      tag: 'drills',
      summary: 'The drills started from the workspace, newest first',
      access: 'viewer',
      params: WorkspaceParams,
      response: z.object({ items: Drill.array() }),
      handler: async ({ params }) => ({ items: await ctx.store.listDrills(params.ws) }),
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/drill',
      tag: 'drills',
      summary:
        "A drill sandbox's report: the team's steps from the first alert (incident, posture, draft, approval, publication) and their times",
      access: 'viewer',
      params: WorkspaceParams,
      response: DrillReport,
      handler: async ({ params }) => drillReport(ctx.store, params.ws),
    }),
    defineRoute({
      method: 'POST',
      path: '/workspaces/:ws/drill/stop',
      tag: 'drills',
      summary: "Stop a drill's replay (its sandbox stays, with its report)",
      access: 'analyst',
      params: WorkspaceParams,
      response: Drill,
      handler: async ({ params }) => stopDrill(runtime(), params.ws),
    }),
  ]
}
