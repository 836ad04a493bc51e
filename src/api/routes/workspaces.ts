import type { FastifyInstance } from 'fastify'
import type { ApiContext } from '../context.ts'

export const registerWorkspaceRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  app.get('/api/workspaces', async () => ({ items: await ctx.store.listWorkspaces() }))
}
