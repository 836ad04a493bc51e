import { z } from 'zod'
import {
  AppError,
  Id,
  NotificationChannel,
  NotificationRule,
  NotificationTrigger,
  systemClock,
} from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const TAG = 'notifications'
const RuleParams = WorkspaceParams.extend({ id: Id })
/** What a user says of a rule; the path names it, the notifier keeps the rest. Unknown fields are refused. */
const RuleBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    enabled: z.boolean().default(true),
    trigger: NotificationTrigger,
    channel: NotificationChannel,
    groupMinutes: z.number().int().min(1).max(1440).default(15),
  })
  .strict()
const TestResult = z.object({ ok: z.boolean(), reason: z.string().optional() })

/** A generic webhook's secret is never read back: it is sent again with each change. */
const SECRET_SHOWN = '(hidden)'
const redact = (rule: NotificationRule): NotificationRule =>
  rule.channel.kind === 'webhook' ? { ...rule, channel: { ...rule.channel, secret: SECRET_SHOWN } } : rule

const requireRule = async (ctx: ApiContext, ws: string, id: string) => {
  const rule = await ctx.store.getNotificationRule(ws, id)
  if (!rule) throw new AppError('not_found', `no notification rule ${id} in workspace ${ws}`)
  return rule
}

/** A rule about a query the workspace does not have would never fire: refused. */
const checkQuery = async (ctx: ApiContext, ws: string, trigger: NotificationTrigger) => {
  const queryId = trigger.kind === 'digest' ? undefined : trigger.queryId
  if (queryId === undefined) return
  if (!(await ctx.store.listQueries(ws)).some((q) => q.id === queryId))
    throw new AppError('invalid', `trigger.queryId: no brand query ${queryId} in workspace ${ws}`)
}

/** CRUD of a workspace's notification rules (analysts), and a test message through one of them. */
export const notificationRuleRoutes = (ctx: ApiContext): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/notification-rules',
    tag: TAG,
    summary: "The workspace's notification rules (a webhook's secret is not shown)",
    access: 'analyst',
    params: WorkspaceParams,
    response: z.object({ items: NotificationRule.array() }),
    handler: async ({ params }) => ({
      items: (await ctx.store.listNotificationRules({ workspaceId: params.ws })).map(redact),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/notification-rules/:id',
    tag: TAG,
    summary: 'One notification rule',
    access: 'analyst',
    params: RuleParams,
    response: NotificationRule,
    handler: async ({ params }) => redact(await requireRule(ctx, params.ws, params.id)),
  }),
  defineRoute({
    method: 'PUT',
    path: '/workspaces/:ws/notification-rules/:id',
    tag: TAG,
    summary:
      'Create or replace a notification rule: when (trigger), where (channel), how often (groupMinutes)',
    access: 'analyst',
    params: RuleParams,
    body: RuleBody,
    response: NotificationRule,
    handler: async ({ params, body, reply }) => {
      await checkQuery(ctx, params.ws, body.trigger)
      const existing = await ctx.store.getNotificationRule(params.ws, params.id)
      const now = (ctx.clock ?? systemClock).now()
      const rule: NotificationRule = {
        ...body,
        id: params.id,
        workspaceId: params.ws,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        // a digest keeps its place in its schedule while its rule is edited
        ...(existing?.lastDigestAt ? { lastDigestAt: existing.lastDigestAt } : {}),
      }
      await ctx.store.saveNotificationRule(rule)
      reply.code(existing ? 200 : 201)
      return redact(rule)
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/workspaces/:ws/notification-rules/:id',
    tag: TAG,
    summary: 'Delete a notification rule',
    access: 'analyst',
    params: RuleParams,
    status: 204,
    handler: async ({ params }) => ctx.store.deleteNotificationRule(params.ws, params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/workspaces/:ws/notification-rules/:id/test',
    tag: TAG,
    summary: "Send a test message through a rule's channel now, and say how it went",
    access: 'analyst',
    params: RuleParams,
    response: TestResult,
    handler: async ({ params }) => {
      if (!ctx.notifier) throw new AppError('unavailable', 'notifications are not running in this server')
      const { ok, reason } = await ctx.notifier.sendTest(params.ws, params.id)
      return ok ? { ok } : { ok, reason }
    },
  }),
]
