import { z } from 'zod'
import { type Alert, AppError, systemClock } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { DateParam, optionalParam, WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'
import { BUCKET_MS } from './volume.ts'

const OverviewQuery = z.object({
  query: optionalParam(z.string().max(64)),
  from: DateParam,
  to: DateParam,
  bucket: optionalParam(z.enum(['minute', 'hour', 'day'])),
  top: optionalParam(z.coerce.number().int().min(1).max(100)),
})
const MAX_BUCKETS = 10_000
const SEVERITY_RANK = { watch: 1, alert: 2, crisis: 3 } as const

/** Each brand query's current level: its most severe alert still open (then the newest), or none. */
const levelsOf = (queries: { id: string; brand: string }[], open: Alert[]) =>
  queries.map((q) => {
    const mine = open
      .filter((a) => a.queryId === q.id)
      .sort(
        (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.at.getTime() - a.at.getTime(),
      )
    const top = mine[0]
    return { queryId: q.id, brand: q.brand, openAlerts: mine.length, level: top ?? null }
  })

export const overviewRoutes = (ctx: ApiContext): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/overview',
    tag: 'aggregates',
    summary:
      "A workspace at a glance over a range (the last 48 hours by default): each query's level from its open alerts, tone and emotions over time, share of voice, top authors, terms, hashtags and sources",
    access: 'viewer',
    params: WorkspaceParams,
    query: OverviewQuery,
    handler: async ({ params, query }) => {
      const bucket = query.bucket ?? 'hour'
      const to = query.to ?? (ctx.clock ?? systemClock).now()
      const from = query.from ?? new Date(to.getTime() - 48 * BUCKET_MS.hour)
      if (from >= to) throw new AppError('invalid', '"from" must be before "to"', ['from: must be before to'])
      if ((to.getTime() - from.getTime()) / BUCKET_MS[bucket] > MAX_BUCKETS)
        throw new AppError(
          'invalid',
          `more than ${MAX_BUCKETS} buckets: use a larger bucket or a shorter range`,
        )
      const [aggregate, queries, open] = await Promise.all([
        ctx.store.aggregate({
          workspaceId: params.ws,
          queryId: query.query,
          from,
          to,
          bucketMs: BUCKET_MS[bucket],
          top: query.top,
        }),
        ctx.store.listQueries(params.ws),
        ctx.store.listAlerts({ workspaceId: params.ws, status: 'open', limit: 500 }),
      ])
      return { from, to, bucket, levels: levelsOf(queries, open), ...aggregate }
    },
  }),
]
