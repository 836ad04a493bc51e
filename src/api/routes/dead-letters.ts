import { z } from 'zod'
import type { ApiContext } from '../context.ts'
import { limitParam, optionalParam, WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const DeadLettersQuery = z.object({ source: optionalParam(z.string().max(500)), limit: limitParam(500) })

export const deadLetterRoutes = (ctx: ApiContext): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/dead-letters',
    tag: 'sources',
    summary: 'What was rejected (bad rows, broken posts, failed deliveries) with the reason, newest first',
    access: 'viewer',
    params: WorkspaceParams,
    query: DeadLettersQuery,
    handler: async ({ params, query }) => ({
      items: await ctx.store.listDeadLetters({
        workspaceId: params.ws,
        source: query.source,
        limit: query.limit ?? 100,
      }),
    }),
  }),
]
