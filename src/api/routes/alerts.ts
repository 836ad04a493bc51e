import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { acknowledgeAlert, resolveAlert } from '../../alerts/index.ts'
import { AlertStatus } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { limitParam, optionalParam, requireWorkspace, WorkspaceParams } from '../request-params.ts'

const AlertsQuery = z.object({ status: optionalParam(AlertStatus), limit: limitParam(500) })
const AlertParams = WorkspaceParams.extend({ id: z.string().min(1).max(200) })

export const registerAlertRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  app.get('/api/workspaces/:ws/alerts', async (request) => {
    const { ws } = WorkspaceParams.parse(request.params)
    const input = AlertsQuery.parse(request.query)
    await requireWorkspace(ctx.store, ws)
    return {
      items: await ctx.store.listAlerts({ workspaceId: ws, status: input.status, limit: input.limit ?? 100 }),
    }
  })

  app.post('/api/workspaces/:ws/alerts/:id/acknowledge', async (request) => {
    const { ws, id } = AlertParams.parse(request.params)
    return acknowledgeAlert({ ctx, input: { workspaceId: ws, id } })
  })

  app.post('/api/workspaces/:ws/alerts/:id/resolve', async (request) => {
    const { ws, id } = AlertParams.parse(request.params)
    return resolveAlert({ ctx, input: { workspaceId: ws, id } })
  })
}
