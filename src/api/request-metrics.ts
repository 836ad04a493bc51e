import type { FastifyInstance } from 'fastify'
import type { ApiContext } from './context.ts'

/**
 * Counts every answered request by route pattern (never the raw URL: ids would explode the series) and
 * status, and records its latency.
 */
export const countRequests = (app: FastifyInstance, ctx: ApiContext) => {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched'
    ctx.meter.count('http_requests_total', { route, status: String(reply.statusCode) })
    ctx.meter.observe('http_request_duration_seconds', reply.elapsedTime / 1000, { route })
  })
}
