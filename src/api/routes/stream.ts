import type { ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import type { Notice } from '../../alerts/index.ts'
import type { Alert } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const ROUTE = '/workspaces/:ws/stream'

/** One SSE event; JSON.stringify never emits a raw newline, so one `data:` line is enough. */
export const formatAlertEvent = (alert: Alert): string =>
  `event: alert\nid: ${alert.id.replace(/[\r\n]/g, '')}\ndata: ${JSON.stringify(alert)}\n\n`

/** A dashboard notification (a rule with the `dashboard` channel) as one SSE event. */
export const formatNoticeEvent = (notice: Notice): string =>
  `event: notification\nid: ${notice.id.replace(/[\r\n]/g, '')}\ndata: ${JSON.stringify(notice)}\n\n`

/**
 * Server-Sent Events: each new alert of the workspace as `event: alert`, each dashboard notification as
 * `event: notification`, and a comment line every 15 s so proxies keep the connection open. The subscription ends when the client goes away or the app closes.
 */
export const streamRoutes = (ctx: ApiContext, openStreams: Set<() => void>): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: ROUTE,
    tag: 'alerts',
    summary:
      'Live alerts (`event: alert`) and dashboard notifications (`event: notification`) of the workspace (Server-Sent Events)',
    access: 'viewer',
    params: WorkspaceParams,
    produces: ['text/event-stream'],
    handler: async ({ params, reply }) => {
      reply.hijack() // from here on we own the raw response; Fastify's hooks no longer run
      ctx.meter.count('http_requests_total', { route: `/api/v1${ROUTE}`, status: '200' })
      openStreams.add(openStream(reply.raw, params.ws, ctx, openStreams))
    },
  }),
]

/** Ends the open streams when the app closes: long-lived responses would otherwise hold app.close() open. */
export const closeStreamsOnExit = (app: FastifyInstance, openStreams: Set<() => void>) => {
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end()
  })
}

const openStream = (res: ServerResponse, ws: string, ctx: ApiContext, openStreams: Set<() => void>) => {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no', // nginx: do not buffer the stream
  })
  res.write('retry: 5000\n: connected\n\n')
  const unsubscribeAlerts = ctx.hub.subscribe(ws, (alert) => res.write(formatAlertEvent(alert)))
  const unsubscribeNotices = ctx.notices?.subscribe(ws, (notice) => res.write(formatNoticeEvent(notice)))
  const unsubscribe = () => {
    unsubscribeAlerts()
    unsubscribeNotices?.()
  }
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), ctx.heartbeatMs ?? 15_000)
  const end = () => {
    clearInterval(heartbeat)
    unsubscribe()
    openStreams.delete(end)
    if (!res.writableEnded) res.end()
  }
  res.on('close', end)
  ctx.log?.debug({ workspace: ws }, 'live stream opened')
  return end
}
