import type { FastifyInstance, FastifyRequest } from 'fastify'
import { type Principal, requireInstallationAdmin, requireRole } from '../accounts/index.ts'
import { AppError, Id, systemClock } from '../core/index.ts'
import { requireCaller } from './authenticate.ts'
import type { ApiContext } from './context.ts'
import { createRateLimiter } from './rate-limit.ts'
import type { RouteSpec } from './route-spec.ts'

export const API_PREFIX = '/api/v1'
const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** A page's script sends the session's CSRF value with each change; another site cannot read it. */
const checkCsrf = (who: Principal, request: FastifyRequest) => {
  if (who.via !== 'session' || !CHANGES.has(request.method)) return
  if (request.headers['x-csrf-token'] !== who.csrf)
    throw new AppError(
      'forbidden',
      'a change made with a session cookie must send the X-CSRF-Token header given at login (GET /api/v1/session)',
    )
}

const checkAccess = async (spec: RouteSpec, who: Principal, params: unknown, ctx: ApiContext) => {
  if (spec.access === 'caller') return
  if (spec.access === 'user') {
    if (!who.user) throw new AppError('unauthenticated', 'log in first: demo visitors only read the demo')
    return
  }
  if (spec.access === 'installation-admin') return requireInstallationAdmin(who)
  const ws = Id.parse((params as { ws?: unknown } | undefined)?.ws)
  requireRole(who, ws, spec.access === 'public' ? 'viewer' : spec.access)
  if (!(await ctx.store.getWorkspace(ws))) throw new AppError('not_found', `no workspace ${ws}`)
}

/** Registers /api/v1 routes: caller, rate limit, CSRF, role in the path's workspace, then parsed inputs. */
export const registerRoutes = (app: FastifyInstance, ctx: ApiContext, specs: readonly RouteSpec[]) => {
  const limiter = createRateLimiter(
    ctx.auth?.apiLimit ?? { max: 1200, windowMs: 60_000 },
    ctx.clock ?? systemClock,
    'requests',
  )
  for (const spec of specs) {
    app.route({
      method: spec.method,
      url: `${API_PREFIX}${spec.path}`,
      config: { upload: spec.upload === true },
      handler: async (request, reply) => {
        let who: Principal | undefined
        if (spec.access !== 'public') {
          who = await requireCaller(ctx, request)
          limiter.hit(who.user?.id ?? `ip:${request.ip}`)
          checkCsrf(who, request)
        }
        const params = spec.params?.parse(request.params)
        if (who) await checkAccess(spec, who, params, ctx)
        const query = spec.query?.parse(request.query)
        const body = spec.body?.parse(request.body ?? {})
        const result = await spec.handler({ params, query, body, who, ctx, request, reply })
        if (reply.sent) return reply
        if (spec.status !== undefined) reply.code(spec.status)
        return reply.send(spec.status === 204 ? undefined : result)
      },
    })
  }
}
