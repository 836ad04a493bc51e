import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { ApiContext } from '../context.ts'
import { CorrectionInput, correctSentiment } from '../correct-sentiment.ts'
import { requireWorkspace, WorkspaceParams } from '../request-params.ts'

const MentionParams = WorkspaceParams.extend({ id: z.string().min(1).max(500) })
/** Unknown fields are refused (a typo must not pass for a correction). */
const CorrectionBody = CorrectionInput.pick({ label: true, by: true }).strict()

export const registerCorrectionRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  app.put('/api/workspaces/:ws/mentions/:id/sentiment', async (request) => {
    const { ws, id } = MentionParams.parse(request.params)
    const body = CorrectionBody.parse(request.body ?? {})
    await requireWorkspace(ctx.store, ws)
    return correctSentiment({ ctx, input: { workspaceId: ws, mentionId: id, ...body } })
  })

  app.get('/api/workspaces/:ws/corrections', async (request) => {
    const { ws } = WorkspaceParams.parse(request.params)
    await requireWorkspace(ctx.store, ws)
    return { items: await ctx.store.listCorrections(ws) }
  })
}
