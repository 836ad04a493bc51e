import type { FastifyRequest } from 'fastify'
import { authenticateSession, authenticateToken, demoPrincipal, type Principal } from '../accounts/index.ts'
import { AppError, systemClock } from '../core/index.ts'
import type { ApiContext } from './context.ts'
import { readCookie, SESSION_COOKIE } from './cookies.ts'

const callers = new WeakMap<FastifyRequest, Principal | undefined>()

const bearerOf = (request: FastifyRequest): string | undefined => {
  const header = request.headers.authorization
  if (header === undefined) return undefined
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  if (!match) throw new AppError('unauthenticated', 'the Authorization header must be "Bearer <token>"')
  return match[1]
}

const resolve = async (ctx: ApiContext, request: FastifyRequest): Promise<Principal | undefined> => {
  const accountCtx = { store: ctx.store, clock: ctx.clock ?? systemClock }
  const token = bearerOf(request)
  if (token !== undefined) {
    const who = await authenticateToken(accountCtx, token)
    // a wrong token is an error, not an anonymous visit: scripts must learn their token is bad
    if (!who) throw new AppError('unauthenticated', 'unknown API token (it may have been deleted)')
    return who
  }
  const secret = readCookie(request.headers.cookie, SESSION_COOKIE)
  const who = secret === undefined ? undefined : await authenticateSession(accountCtx, secret)
  if (who) return who
  const demo = ctx.auth?.demoWorkspaceId
  return demo === undefined ? undefined : demoPrincipal(demo)
}

/**
 * Who sent the request: a bearer token, else a session cookie, else (in demo mode) a read-only visitor of
 * the demo workspace, else nobody. Worked out once per request.
 */
export const callerOf = async (ctx: ApiContext, request: FastifyRequest): Promise<Principal | undefined> => {
  if (callers.has(request)) return callers.get(request)
  const who = await resolve(ctx, request)
  callers.set(request, who)
  return who
}

export const requireCaller = async (ctx: ApiContext, request: FastifyRequest): Promise<Principal> => {
  const who = await callerOf(ctx, request)
  if (!who)
    throw new AppError(
      'unauthenticated',
      'log in first (POST /api/v1/session) or send an API token (Authorization: Bearer <token>)',
    )
  return who
}
