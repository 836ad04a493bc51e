import Fastify, { type FastifyInstance, LogController } from 'fastify'
import { createImportJobs, type ImportJobs } from '../runtime/index.ts'
import type { ApiContext } from './context.ts'
import { toErrorReply } from './error-reply.ts'
import { buildOpenApi } from './openapi.ts'
import { REFERENCE_STYLE, renderApiReference } from './page/api-reference.ts'
import { keepRawBody } from './raw-body.ts'
import { UPLOAD_TYPE } from './receive-upload.ts'
import { API_PREFIX, registerRoutes } from './register-routes.ts'
import { guardRequests } from './request-guard.ts'
import { countRequests } from './request-metrics.ts'
import type { RouteSpec } from './route-spec.ts'
import { adviceRoutes } from './routes/advice.ts'
import { alertRoutes } from './routes/alerts.ts'
import { deadLetterRoutes } from './routes/dead-letters.ts'
import { drillRoutes } from './routes/drills.ts'
import { healthRoutes } from './routes/health.ts'
import { importRoutes } from './routes/imports.ts'
import { incidentRoutes } from './routes/incidents.ts'
import { mentionRoutes } from './routes/mentions.ts'
import { registerMetricsRoutes } from './routes/metrics.ts'
import { notificationRuleRoutes } from './routes/notification-rules.ts'
import { overviewRoutes } from './routes/overview.ts'
import { ownedAccountRoutes } from './routes/owned-accounts.ts'
import { registerPageRoutes } from './routes/page.ts'
import { preventionRoutes } from './routes/prevention.ts'
import { queryRoutes } from './routes/queries.ts'
import { replyRoutes } from './routes/replies.ts'
import { sessionRoutes } from './routes/session.ts'
import { sourceRoutes } from './routes/sources.ts'
import { closeStreamsOnExit, streamRoutes } from './routes/stream.ts'
import { userRoutes } from './routes/users.ts'
import { volumeRoutes } from './routes/volume.ts'
import { workspaceRoutes } from './routes/workspaces.ts'
import { addSecurityHeaders, styleHash } from './security-headers.ts'

/**
 * Changes must declare a JSON body (request-guard.ts) but some have nothing to say (acknowledge, delete):
 * an empty body declared JSON is no body, instead of Fastify's "body cannot be empty" error.
 */
const acceptEmptyJson = (app: FastifyInstance) => {
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString()
    keepRawBody(request, text)
    if (text === '') return done(null, undefined)
    return parseJson(request, text, done)
  })
}

/**
 * Uploads (routes declaring `upload`) are handed to the handler unread, to be streamed to disk: the request
 * guard lets octet-stream through on those routes only.
 */
const acceptUploads = (app: FastifyInstance) => {
  app.addContentTypeParser(UPLOAD_TYPE, (_request, payload, done) => done(null, payload))
}

/** Every /api/v1 route, in the order of the reference. */
export const apiRoutes = (
  ctx: ApiContext,
  openStreams = new Set<() => void>(),
  imports: ImportJobs = createImportJobs(),
): RouteSpec[] => [
  ...healthRoutes(ctx),
  ...sessionRoutes(ctx),
  ...workspaceRoutes(ctx),
  ...userRoutes(ctx),
  ...queryRoutes(ctx),
  ...mentionRoutes(ctx),
  ...volumeRoutes(ctx),
  ...overviewRoutes(ctx),
  ...alertRoutes(ctx),
  ...streamRoutes(ctx, openStreams),
  ...deadLetterRoutes(ctx),
  ...sourceRoutes(ctx),
  ...ownedAccountRoutes(ctx),
  ...importRoutes(ctx, imports),
  ...notificationRuleRoutes(ctx),
  ...adviceRoutes(),
  ...incidentRoutes(ctx),
  ...replyRoutes(ctx),
  ...drillRoutes(ctx),
  ...preventionRoutes(ctx),
]

/** 1 MiB: far above any query, correction or comment, far below what could exhaust memory. */
const BODY_LIMIT = 1024 * 1024

/**
 * The HTTP app: the JSON API under /api/v1 (its OpenAPI file and reference page there too), the dashboard
 * at / (the live page there when it was not built), the live page at /live, the login page at /login,
 * Prometheus metrics at /metrics. Not listening yet.
 */
export const createApp = (ctx: ApiContext): FastifyInstance => {
  const options = { bodyLimit: BODY_LIMIT, trustProxy: ctx.auth?.trustProxy ?? false }
  const app = (ctx.log
    ? Fastify({
        ...options,
        loggerInstance: ctx.log,
        logController: new LogController({ disableRequestLogging: true }),
      })
    : Fastify({ ...options, logger: false })) as unknown as FastifyInstance

  app.setErrorHandler((error, request, reply) => {
    const { status, body, unexpected } = toErrorReply(error)
    if (unexpected) ctx.log?.error({ err: error, route: request.routeOptions.url }, 'request failed')
    const retryAfter = (body.error.details as { retryAfter?: number } | null)?.retryAfter
    if (status === 429 && retryAfter !== undefined) reply.header('Retry-After', String(retryAfter))
    return reply.code(status).send(body)
  })
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: { code: 'not_found', message: `no route ${request.method} ${request.url}`, details: null },
    }),
  )
  countRequests(app, ctx)
  guardRequests(app, ctx.access)
  addSecurityHeaders(app, [styleHash(REFERENCE_STYLE)])
  acceptEmptyJson(app)
  acceptUploads(app)

  const openStreams = new Set<() => void>()
  closeStreamsOnExit(app, openStreams)
  const imports = createImportJobs()
  app.addHook('onClose', () => imports.close())
  const routes = apiRoutes(ctx, openStreams, imports)
  registerRoutes(app, ctx, routes)
  const openApi = buildOpenApi(routes, ctx.version)
  app.get(`${API_PREFIX}/openapi.json`, async () => openApi)
  const reference = renderApiReference(openApi as never)
  app.get(`${API_PREFIX}/docs`, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(reference),
  )
  registerMetricsRoutes(app, ctx)
  registerPageRoutes(app, ctx)
  return app
}
