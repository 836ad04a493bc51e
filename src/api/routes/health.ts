import type { FastifyInstance } from 'fastify'
import { AppError } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'

export const registerHealthRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  app.get('/api/health', async () => {
    try {
      await ctx.store.listWorkspaces()
    } catch (error) {
      ctx.log?.error({ error }, 'health check: store unreachable')
      throw new AppError('unavailable', 'the store is not reachable')
    }
    return { status: 'ok', version: ctx.version, uptimeSeconds: Math.round(process.uptime()) }
  })
}
