import { z } from 'zod'
import { namesOfAuthors } from '../../accounts/index.ts'
import { acknowledgeAlert, resolveAlert } from '../../alerts/index.ts'
import { Alert, AlertStatus, AppError, systemClock } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { limitParam, optionalParam, WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const AlertsQuery = z.object({
  status: optionalParam(AlertStatus),
  limit: limitParam(500),
  before: optionalParam(z.string().max(500)),
})
const AlertParams = WorkspaceParams.extend({ id: z.string().min(1).max(200) })
const Comment = z.object({
  id: z.number(),
  workspaceId: z.string(),
  alertId: z.string(),
  userId: z.string(),
  /** the author's display name (never their email); absent if the user no longer exists */
  authorName: z.string().optional(),
  text: z.string(),
  at: z.date(),
})

export const alertRoutes = (ctx: ApiContext): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/alerts',
    tag: 'alerts',
    summary: "The workspace's alerts, newest first, by status, by pages (`next` asks for the following one)",
    access: 'viewer',
    params: WorkspaceParams,
    query: AlertsQuery,
    response: z.object({ items: Alert.array(), next: z.string().optional() }),
    handler: async ({ params, query }) =>
      ctx.store.listAlertPage({
        workspaceId: params.ws,
        status: query.status,
        limit: query.limit ?? 100,
        before: query.before,
      }),
  }),
  defineRoute({
    method: 'POST',
    path: '/workspaces/:ws/alerts/:id/acknowledge',
    tag: 'alerts',
    summary: 'Acknowledge an alert: someone is on it',
    access: 'responder',
    params: AlertParams,
    response: Alert,
    handler: async ({ params }) =>
      acknowledgeAlert({ ctx, input: { workspaceId: params.ws, id: params.id } }),
  }),
  defineRoute({
    method: 'POST',
    path: '/workspaces/:ws/alerts/:id/resolve',
    tag: 'alerts',
    summary: 'Resolve an alert: the incident is over',
    access: 'responder',
    params: AlertParams,
    response: Alert,
    handler: async ({ params }) => resolveAlert({ ctx, input: { workspaceId: params.ws, id: params.id } }),
  }),
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/alerts/:id/comments',
    tag: 'alerts',
    summary: "An alert's comments, oldest first",
    access: 'viewer',
    params: AlertParams,
    response: z.object({ items: Comment.array() }),
    handler: async ({ params }) => {
      if (!(await ctx.store.getAlert(params.ws, params.id)))
        throw new AppError('not_found', `no alert ${params.id} in workspace ${params.ws}`)
      const items = await ctx.store.listAlertComments(params.ws, params.id)
      const names = await namesOfAuthors(
        ctx.store,
        items.map((c) => c.userId),
      )
      return { items: items.map((c) => ({ ...c, authorName: names.get(c.userId) })) }
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/workspaces/:ws/alerts/:id/comments',
    tag: 'alerts',
    summary: 'Comment an alert (what was done, who handles it)',
    access: 'responder',
    params: AlertParams,
    body: z.object({ text: z.string().trim().min(1).max(5_000) }).strict(),
    response: Comment,
    status: 201,
    handler: async ({ params, body, who }) => ({
      ...(await ctx.store.addAlertComment({
        workspaceId: params.ws,
        alertId: params.id,
        userId: who!.user!.id,
        text: body.text,
        at: (ctx.clock ?? systemClock).now(),
      })),
      authorName: who!.user!.name,
    }),
  }),
]
