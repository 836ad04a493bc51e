import { z } from 'zod'
import { AppError, systemClock } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { DateParam, optionalParam, WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

export const BUCKET_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const
/** enough for 3 days by the minute or a year by the hour, not enough to exhaust memory */
const MAX_BUCKETS = 10_000

const VolumeQuery = z.object({
  query: optionalParam(z.string().max(64)),
  from: DateParam,
  to: DateParam,
  bucket: optionalParam(z.enum(['minute', 'hour', 'day'])),
})
const Bucket = z.object({ at: z.date(), total: z.number(), negative: z.number(), positive: z.number() })

export const volumeRoutes = (ctx: ApiContext): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/volume',
    tag: 'aggregates',
    summary: 'Mentions per minute, hour or day (the last 48 hours by default), negative and positive counted',
    access: 'viewer',
    params: WorkspaceParams,
    query: VolumeQuery,
    response: z.object({ bucket: z.string(), from: z.date(), to: z.date(), buckets: Bucket.array() }),
    handler: async ({ params, query }) => {
      const bucket = query.bucket ?? 'hour'
      const bucketMs = BUCKET_MS[bucket]
      const to = query.to ?? (ctx.clock ?? systemClock).now()
      const from = query.from ?? new Date(to.getTime() - 48 * BUCKET_MS.hour)
      if (from >= to) throw new AppError('invalid', '"from" must be before "to"', ['from: must be before to'])
      if ((to.getTime() - from.getTime()) / bucketMs > MAX_BUCKETS)
        throw new AppError(
          'invalid',
          `more than ${MAX_BUCKETS} buckets: use a larger bucket or a shorter range`,
        )
      const buckets = await ctx.store.volume({
        workspaceId: params.ws,
        queryId: query.query,
        from,
        to,
        bucketMs,
      })
      return { bucket, from, to, buckets }
    },
  }),
]
