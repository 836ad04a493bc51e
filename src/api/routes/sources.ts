import { z } from 'zod'
import { loadConfig } from '../../config/index.ts'
import { AppError, Id, systemClock } from '../../core/index.ts'
import {
  addSource,
  isDetectCheckpoint,
  NewSource,
  pushMentions,
  redactSourceOptions,
} from '../../runtime/index.ts'
import type { ApiContext } from '../context.ts'
import { rawBodyOf } from '../raw-body.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const DAY = 86_400_000
const SourceParams = WorkspaceParams.extend({ id: Id })

/**
 * Source health as far as the store knows it: every input that keeps a resume point (an imported file, later
 * a feed or an account) with when it last moved and what it rejected, and the mentions per source name in the
 * last 24 hours.
 */
export const sourceRoutes = (ctx: ApiContext): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/sources',
    tag: 'sources',
    summary:
      "The workspace's inputs: when each last delivered, how many items it rejected (dead letters), and mentions per source over the last 24 hours",
    access: 'viewer',
    params: WorkspaceParams,
    handler: async ({ params }) => {
      const to = (ctx.clock ?? systemClock).now()
      const [declared, health, cursors, rejected, day] = await Promise.all([
        ctx.store.listSources(params.ws),
        ctx.store.listSourceHealth(params.ws),
        ctx.store.listCursors(params.ws).then((all) => all.filter((c) => !isDetectCheckpoint(c.source))),
        ctx.store.countDeadLetters(params.ws),
        ctx.store.aggregate({
          workspaceId: params.ws,
          from: new Date(to.getTime() - DAY),
          to,
          bucketMs: DAY,
          top: 100,
        }),
      ])
      const names = [...new Set([...cursors.map((c) => c.source), ...rejected.map((r) => r.source)])].sort()
      const inputs = names.map((source) => {
        const cursor = cursors.find((c) => c.source === source)
        const dead = rejected.find((r) => r.source === source)
        return {
          source,
          lastDeliveryAt: cursor?.updatedAt ?? null,
          rejected: dead?.count ?? 0,
          lastRejectedAt: dead?.lastAt ?? null,
        }
      })
      const lastDay = day.topSources.map((s) => ({ source: s.key, mentions: s.count, perHour: s.count / 24 }))
      const sources = declared.map((source) => {
        const {
          sourceId: _,
          workspaceId: __,
          ...h
        } = health.find((x) => x.sourceId === source.id) ?? {
          sourceId: source.id,
          workspaceId: params.ws,
          stored: 0,
          rejected: 0,
        }
        // credentials given as values never leave the server
        return { ...source, options: redactSourceOptions(source.options), health: h }
      })
      return { sources, inputs, lastDay }
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/workspaces/:ws/sources',
    tag: 'sources',
    summary:
      'Declare a source (rss, mastodon, bluesky, reddit, webhook) with its URL, options and period; a webhook answers its signing secret, this once',
    access: 'analyst',
    params: WorkspaceParams,
    body: NewSource,
    status: 201,
    handler: async ({ params, body }) => {
      const rt = ctx.runtime ?? {
        store: ctx.store,
        clock: ctx.clock ?? systemClock,
        config: loadConfig({ env: {} }),
      }
      const added = await addSource(rt, params.ws, body)
      await ctx.onSourcesChanged?.(params.ws)
      return { ...added, source: { ...added.source, options: redactSourceOptions(added.source.options) } }
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/workspaces/:ws/sources/:id',
    tag: 'sources',
    summary: 'Remove a source: it stops being read (its mentions stay)',
    access: 'analyst',
    params: SourceParams,
    status: 204,
    handler: async ({ params }) => {
      await ctx.store.deleteSource(params.ws, params.id)
      await ctx.onSourcesChanged?.(params.ws)
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/workspaces/:ws/ingest',
    tag: 'sources',
    summary:
      'Push mentions to a webhook source (?source=ID): a JSON array (or {"mentions": [...]}) in the mention format, signed with X-Vigie-Signature: sha256=<HMAC-SHA256 of the body with the source secret>',
    // the signature is the credential: tools that push have no account
    access: 'public',
    params: WorkspaceParams,
    query: z.object({ source: Id }),
    handler: async ({ params, query, request }) => {
      if (!ctx.runtime)
        throw new AppError('unavailable', 'this server runs no pipeline to analyse pushed mentions')
      const signature = request.headers['x-vigie-signature']
      return pushMentions(ctx.runtime, {
        workspaceId: params.ws,
        sourceId: query.source,
        body: rawBodyOf(request),
        signature: typeof signature === 'string' ? signature : undefined,
      })
    },
  }),
]
