import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { AppError, systemClock } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { DateParam, optionalParam, requireWorkspace, WorkspaceParams } from '../request-params.ts'

export const BUCKET_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const
/** enough for 3 days by the minute or a year by the hour, not enough to exhaust memory */
const MAX_BUCKETS = 10_000

const VolumeQuery = z.object({
  query: optionalParam(z.string().max(64)),
  from: DateParam,
  to: DateParam,
  bucket: optionalParam(z.enum(['minute', 'hour', 'day'])),
})

export const registerVolumeRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  app.get('/api/workspaces/:ws/volume', async (request) => {
    const { ws } = WorkspaceParams.parse(request.params)
    const input = VolumeQuery.parse(request.query)
    const bucket = input.bucket ?? 'hour'
    const bucketMs = BUCKET_MS[bucket]
    const to = input.to ?? (ctx.clock ?? systemClock).now()
    const from = input.from ?? new Date(to.getTime() - 48 * BUCKET_MS.hour)
    if (from >= to) throw new AppError('invalid', '"from" must be before "to"', ['from: must be before to'])
    if ((to.getTime() - from.getTime()) / bucketMs > MAX_BUCKETS) {
      throw new AppError(
        'invalid',
        `more than ${MAX_BUCKETS} buckets: use a larger bucket or a shorter range`,
      )
    }
    await requireWorkspace(ctx.store, ws)
    const buckets = await ctx.store.volume({ workspaceId: ws, queryId: input.query, from, to, bucketMs })
    return { bucket, from, to, buckets }
  })
}
