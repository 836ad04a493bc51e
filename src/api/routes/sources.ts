import { systemClock } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const DAY = 86_400_000

/**
 * Source health as far as the store knows it: every input that keeps a resume point (an imported file, later
 * a feed or an account) with when it last moved and what it rejected, and the mentions per source name in the
 * last 24 hours.
 */
export const sourceRoutes = (ctx: ApiContext): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/sources',
    tag: 'sources',
    summary:
      "The workspace's inputs: when each last delivered, how many items it rejected (dead letters), and mentions per source over the last 24 hours",
    access: 'viewer',
    params: WorkspaceParams,
    handler: async ({ params }) => {
      const to = (ctx.clock ?? systemClock).now()
      const [cursors, rejected, day] = await Promise.all([
        ctx.store.listCursors(params.ws),
        ctx.store.countDeadLetters(params.ws),
        ctx.store.aggregate({
          workspaceId: params.ws,
          from: new Date(to.getTime() - DAY),
          to,
          bucketMs: DAY,
          top: 100,
        }),
      ])
      const names = [...new Set([...cursors.map((c) => c.source), ...rejected.map((r) => r.source)])].sort()
      const inputs = names.map((source) => {
        const cursor = cursors.find((c) => c.source === source)
        const dead = rejected.find((r) => r.source === source)
        return {
          source,
          lastDeliveryAt: cursor?.updatedAt ?? null,
          rejected: dead?.count ?? 0,
          lastRejectedAt: dead?.lastAt ?? null,
        }
      })
      const lastDay = day.topSources.map((s) => ({ source: s.key, mentions: s.count, perHour: s.count / 24 }))
      return { inputs, lastDay }
    },
  }),
]
