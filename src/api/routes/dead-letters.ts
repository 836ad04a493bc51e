import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { ApiContext } from '../context.ts'
import { limitParam, optionalParam, requireWorkspace, WorkspaceParams } from '../request-params.ts'

const DeadLettersQuery = z.object({ source: optionalParam(z.string().max(500)), limit: limitParam(500) })

export const registerDeadLetterRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  app.get('/api/workspaces/:ws/dead-letters', async (request) => {
    const { ws } = WorkspaceParams.parse(request.params)
    const input = DeadLettersQuery.parse(request.query)
    await requireWorkspace(ctx.store, ws)
    const items = await ctx.store.listDeadLetters({
      workspaceId: ws,
      source: input.source,
      limit: input.limit ?? 100,
    })
    return { items }
  })
}
