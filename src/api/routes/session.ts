import { z } from 'zod'
import { Credentials, logIn, logOut, type Principal } from '../../accounts/index.ts'
import { AppError, systemClock, User } from '../../core/index.ts'
import { callerOf } from '../authenticate.ts'
import type { ApiContext } from '../context.ts'
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from '../cookies.ts'
import { createRateLimiter } from '../rate-limit.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const SessionView = z.object({
  user: User.nullable(),
  /** role per workspace id; an installation admin has every workspace as admin (`user.admin`) */
  roles: z.record(z.string(), z.string()),
  /** send it as X-CSRF-Token with every change made through the session cookie */
  csrf: z.string().nullable(),
  /** set for a demo visitor: the workspace they may read */
  demo: z.string().nullable(),
})

const viewOf = (who: Principal | undefined, ctx: ApiContext) => ({
  user: who?.user ?? null,
  roles: Object.fromEntries(who?.roles ?? []),
  csrf: who?.csrf ?? null,
  demo: who?.via === 'demo' ? (ctx.auth?.demoWorkspaceId ?? null) : null,
})

export const sessionRoutes = (ctx: ApiContext): RouteSpec[] => {
  const clock = ctx.clock ?? systemClock
  // wrong passwords per address: ten tries per quarter of an hour, then wait
  const failures = createRateLimiter(
    ctx.auth?.loginLimit ?? { max: 10, windowMs: 15 * 60_000 },
    clock,
    'failed logins from this address',
  )
  const secure = ctx.auth?.secureCookies ?? false
  return [
    defineRoute({
      method: 'POST',
      path: '/session',
      tag: 'session',
      summary: 'Log in with an email and a password; sets the session cookie',
      access: 'public',
      body: Credentials,
      response: SessionView,
      handler: async ({ body, request, reply }) => {
        const key = `login:${request.ip}`
        failures.hit(key)
        const session = await logIn({ ctx: { store: ctx.store, clock }, input: body })
        failures.reset(key)
        reply.header(
          'Set-Cookie',
          sessionCookie(session.secret, session.expiresAt.getTime() - clock.now().getTime(), secure),
        )
        const roles = await ctx.store.listMemberships({ userId: session.user.id })
        return {
          user: session.user,
          roles: Object.fromEntries(roles.map((m) => [m.workspaceId, m.role])),
          csrf: session.csrf,
          demo: null,
        }
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/session',
      tag: 'session',
      summary: 'Who is calling: the user, their roles, the CSRF value (a demo visitor: the demo workspace)',
      access: 'public',
      response: SessionView,
      handler: async ({ request }) => {
        const who = await callerOf(ctx, request)
        if (!who) throw new AppError('unauthenticated', 'not logged in')
        return viewOf(who, ctx)
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/session',
      tag: 'session',
      summary: 'Log out: ends the session and clears the cookie',
      access: 'public',
      status: 204,
      handler: async ({ request, reply }) => {
        const secret = readCookie(request.headers.cookie, SESSION_COOKIE)
        if (secret !== undefined) await logOut({ ctx: { store: ctx.store, clock }, secret })
        reply.header('Set-Cookie', clearedSessionCookie(secure))
      },
    }),
  ]
}
