import Fastify, { type FastifyInstance, LogController } from 'fastify'
import type { ApiContext } from './context.ts'
import { toErrorReply } from './error-reply.ts'
import { guardRequests } from './request-guard.ts'
import { countRequests } from './request-metrics.ts'
import { registerAlertRoutes } from './routes/alerts.ts'
import { registerCorrectionRoutes } from './routes/corrections.ts'
import { registerDeadLetterRoutes } from './routes/dead-letters.ts'
import { registerHealthRoutes } from './routes/health.ts'
import { registerMentionRoutes } from './routes/mentions.ts'
import { registerMetricsRoutes } from './routes/metrics.ts'
import { registerPageRoutes } from './routes/page.ts'
import { registerQueryRoutes } from './routes/queries.ts'
import { registerStreamRoutes } from './routes/stream.ts'
import { registerVolumeRoutes } from './routes/volume.ts'
import { registerWorkspaceRoutes } from './routes/workspaces.ts'

/**
 * Changes must declare a JSON body (request-guard.ts) but some have nothing to say (acknowledge, delete):
 * an empty body declared JSON is no body, instead of Fastify's "body cannot be empty" error.
 */
const acceptEmptyJson = (app: FastifyInstance) => {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString()
    if (text === '') return done(null, undefined)
    return parseJson(request, text, done)
  })
}

/** The HTTP app: JSON API under /api, the live page at /, Prometheus metrics at /metrics. Not listening yet. */
export const createApp = (ctx: ApiContext): FastifyInstance => {
  const app = (ctx.log
    ? Fastify({ loggerInstance: ctx.log, logController: new LogController({ disableRequestLogging: true }) })
    : Fastify({ logger: false })) as unknown as FastifyInstance

  app.setErrorHandler((error, request, reply) => {
    const { status, body, unexpected } = toErrorReply(error)
    if (unexpected) ctx.log?.error({ err: error, route: request.routeOptions.url }, 'request failed')
    return reply.code(status).send(body)
  })
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: { code: 'not_found', message: `no route ${request.method} ${request.url}`, details: null },
    }),
  )
  countRequests(app, ctx)
  guardRequests(app, ctx.access)
  acceptEmptyJson(app)

  for (const register of [
    registerHealthRoutes,
    registerWorkspaceRoutes,
    registerQueryRoutes,
    registerMentionRoutes,
    registerCorrectionRoutes,
    registerVolumeRoutes,
    registerAlertRoutes,
    registerDeadLetterRoutes,
    registerStreamRoutes,
    registerMetricsRoutes,
    registerPageRoutes,
  ]) {
    register(app, ctx)
  }
  return app
}
