import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { SentimentLabel } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { DateParam, limitParam, optionalParam, requireWorkspace, WorkspaceParams } from '../request-params.ts'

const MentionsQuery = z.object({
  q: optionalParam(z.string().max(500)),
  query: optionalParam(z.string().max(64)),
  from: DateParam,
  to: DateParam,
  sentiment: optionalParam(SentimentLabel),
  limit: limitParam(500),
  before: optionalParam(z.string().max(500)),
})

export const registerMentionRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  app.get('/api/workspaces/:ws/mentions', async (request) => {
    const { ws } = WorkspaceParams.parse(request.params)
    const input = MentionsQuery.parse(request.query)
    await requireWorkspace(ctx.store, ws)
    return ctx.store.listMentions({
      workspaceId: ws,
      text: input.q,
      queryId: input.query,
      from: input.from,
      to: input.to,
      sentiment: input.sentiment,
      limit: input.limit ?? 50,
      before: input.before,
    })
  })
}
