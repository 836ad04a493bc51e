import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { canSeeWorkspace, type Principal, roleIn } from '../../accounts/index.ts'
import { AppError, roleAtLeast, systemClock } from '../../core/index.ts'
import { callerOf } from '../authenticate.ts'
import type { ApiContext } from '../context.ts'
import { renderLoginPage } from '../page/login-page.ts'
import { afterLogin, nextOfRequest } from '../page/next-path.ts'
import { pickLanguage } from '../page/page-messages.ts'
import { renderPage } from '../page/render-page.ts'
import { toHourSlots } from '../page/volume-chart.ts'
import { optionalParam } from '../request-params.ts'
import { registerDashboard } from './dashboard.ts'

const HOURS = 48
const PageQuery = z.object({ ws: optionalParam(z.string().max(64)), lang: optionalParam(z.string().max(8)) })
/** `next` is checked by `afterLogin`: anything but a path of this server falls back to `/` */
const LoginQuery = z.object({ lang: optionalParam(z.string().max(8)), next: z.unknown().optional() })

/** Only our nonce'd inline script and style may run; the stream and actions stay on this origin. */
const contentSecurityPolicy = (nonce: string) =>
  [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

const loadPageData = async (ctx: ApiContext, who: Principal, requestedWs: string | undefined) => {
  const workspaces = (await ctx.store.listWorkspaces()).filter((w) => canSeeWorkspace(who, w.id))
  const workspace = requestedWs ? workspaces.find((w) => w.id === requestedWs) : workspaces[0]
  if (requestedWs && !workspace) throw new AppError('not_found', `no workspace ${requestedWs}`)
  if (!workspace) return { workspaces, mentions: [], slots: [], alerts: [], canAct: false }
  const now = (ctx.clock ?? systemClock).now()
  const from = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 - (HOURS - 1) * 3_600_000)
  const [mentions, buckets, alerts] = await Promise.all([
    ctx.store.listMentions({ workspaceId: workspace.id, limit: 20 }),
    ctx.store.volume({ workspaceId: workspace.id, from, to: now, bucketMs: 3_600_000 }),
    ctx.store.listAlerts({ workspaceId: workspace.id, limit: 30 }),
  ])
  const role = roleIn(who, workspace.id)
  const canAct = role !== undefined && roleAtLeast(role, 'responder')
  return {
    workspaces,
    workspace,
    mentions: mentions.items,
    slots: toHourSlots(buckets, now, HOURS),
    alerts,
    canAct,
  }
}

/**
 * To the login form, which brings the visitor back to the page they asked for (`next`). The browser keeps
 * the address's `#…` across the redirect, so a dashboard view (`/#/acme/alerts`) comes back too.
 */
const sendToLogin = (request: FastifyRequest, reply: FastifyReply, lang: string) => {
  const next = nextOfRequest(request.url)
  return reply.redirect(`/login?${new URLSearchParams({ lang, ...(next && { next }) }).toString()}`)
}

/**
 * `/` is the dashboard when it was built, else the live page; `/live` is always the live page (no
 * JavaScript needed but for the live updates); `/login` the login form. Visitors without a login (nor the
 * demo) are sent to the login form.
 */
export const registerPageRoutes = (app: FastifyInstance, ctx: ApiContext) => {
  const dashboard = registerDashboard(app, ctx)
  const livePage = async (request: FastifyRequest, reply: FastifyReply) => {
    const query = PageQuery.parse(request.query)
    const lang = pickLanguage(query.lang, request.headers['accept-language'])
    const who = await callerOf(ctx, request)
    if (!who) return sendToLogin(request, reply, lang)
    const nonce = randomBytes(16).toString('base64')
    const data = await loadPageData(ctx, who, query.ws)
    return reply
      .type('text/html; charset=utf-8')
      .header('Content-Security-Policy', contentSecurityPolicy(nonce))
      .header('Vary', 'Accept-Language')
      .header('Cache-Control', 'no-store')
      .send(renderPage({ ...data, lang, nonce, version: ctx.version, csrf: who.csrf ?? null }))
  }
  app.get('/live', livePage)
  app.get('/', async (request, reply) => {
    if (!dashboard) return livePage(request, reply)
    const query = PageQuery.parse(request.query)
    if (!(await callerOf(ctx, request)))
      return sendToLogin(request, reply, pickLanguage(query.lang, request.headers['accept-language']))
    return dashboard.send(reply)
  })

  app.get('/login', async (request, reply) => {
    const query = LoginQuery.parse(request.query)
    const lang = pickLanguage(query.lang, request.headers['accept-language'])
    const nonce = randomBytes(16).toString('base64')
    const next = afterLogin(query.next, lang)
    return reply
      .type('text/html; charset=utf-8')
      .header('Content-Security-Policy', contentSecurityPolicy(nonce))
      .header('Cache-Control', 'no-store')
      .send(renderLoginPage({ lang, nonce, version: ctx.version, next }))
  })
}
