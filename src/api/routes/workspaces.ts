import type { FastifyInstance } from 'fastify'
import { Workspace } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { requireWorkspace, WorkspaceParams } from '../request-params.ts'

/** What a team may change of its workspace; unknown fields are refused (typos). */
const WorkspaceChange = Workspace.pick({ name: true, language: true }).partial().strict()

export const registerWorkspaceRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  app.get('/api/workspaces', async () => ({ items: await ctx.store.listWorkspaces() }))

  // the team's language: alert sentences are written in it from the next alert on
  app.patch('/api/workspaces/:ws', async (request) => {
    const { ws } = WorkspaceParams.parse(request.params)
    const change = WorkspaceChange.parse(request.body ?? {})
    const current = await requireWorkspace(ctx.store, ws)
    const next = { ...current, ...change }
    await ctx.store.upsertWorkspace(next)
    if (change.language && change.language !== current.language) await ctx.onWorkspaceChanged?.(ws)
    return next
  })
}
