import { z } from 'zod'
import { AppError, systemClock } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

export const healthRoutes = (ctx: ApiContext): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: '/health',
    tag: 'health',
    summary: 'Is the server up and its store reachable (for load balancers; no login needed)',
    access: 'public',
    response: z.object({
      status: z.literal('ok'),
      version: z.string(),
      uptimeSeconds: z.number(),
      /** the server's "now": event time under the demo, which runs ahead of the wall clock */
      now: z.date(),
    }),
    handler: async () => {
      try {
        await ctx.store.listWorkspaces()
      } catch (error) {
        ctx.log?.error({ error }, 'health check: store unreachable')
        throw new AppError('unavailable', 'the store is not reachable')
      }
      return {
        status: 'ok',
        version: ctx.version,
        uptimeSeconds: Math.round(process.uptime()),
        now: (ctx.clock ?? systemClock).now(),
      }
    },
  }),
]
