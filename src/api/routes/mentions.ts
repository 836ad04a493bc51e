import { Readable } from 'node:stream'
import { z } from 'zod'
import {
  AnalyzedMention,
  Cause,
  EmotionName,
  Lang,
  MENTION_SORTS,
  SentimentLabel,
  systemClock,
} from '../../core/index.ts'
import type { MentionFilter } from '../../store/index.ts'
import type { ApiContext } from '../context.ts'
import { CorrectionInput, correctSentiment } from '../correct-sentiment.ts'
import { DateParam, limitParam, optionalParam, WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const booleanParam = optionalParam(z.enum(['true', 'false']).transform((v) => v === 'true'))

/** The filters of the mention list, the export and the dashboard (each narrows; absent ones do not). */
const MentionFilters = z.object({
  q: optionalParam(z.string().max(500)),
  query: optionalParam(z.string().max(64)),
  from: DateParam,
  to: DateParam,
  sentiment: optionalParam(SentimentLabel),
  source: optionalParam(z.string().max(100)),
  lang: optionalParam(Lang),
  emotion: optionalParam(EmotionName),
  cause: optionalParam(Cause),
  author: optionalParam(z.string().max(200)),
  minReach: optionalParam(z.coerce.number().int().min(0)),
  owned: booleanParam,
  sort: optionalParam(z.enum(MENTION_SORTS)),
})
const MentionsQuery = MentionFilters.extend({
  limit: limitParam(500),
  before: optionalParam(z.string().max(500)),
})
const ExportQuery = MentionFilters.extend({ format: optionalParam(z.enum(['csv', 'jsonl'])) })

const toFilter = (ws: string, query: z.output<typeof MentionFilters>): MentionFilter => ({
  workspaceId: ws,
  text: query.q,
  queryId: query.query,
  from: query.from,
  to: query.to,
  sentiment: query.sentiment,
  source: query.source,
  lang: query.lang,
  emotion: query.emotion,
  cause: query.cause,
  author: query.author,
  minReach: query.minReach,
  owned: query.owned,
  sort: query.sort,
})

const EXPORT_TYPES = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8' } as const
const MentionParams = WorkspaceParams.extend({ id: z.string().min(1).max(500) })
/** Unknown fields are refused (a typo must not pass for a correction). */
const CorrectionBody = CorrectionInput.pick({ label: true }).strict()

export const mentionRoutes = (ctx: ApiContext): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/mentions',
    tag: 'mentions',
    summary: 'Stored mentions, newest first, filtered and searched (accent- and case-insensitive), by pages',
    access: 'viewer',
    params: WorkspaceParams,
    query: MentionsQuery,
    response: z.object({ items: AnalyzedMention.array(), next: z.string().optional() }),
    handler: async ({ params, query }) =>
      ctx.store.listMentions({
        ...toFilter(params.ws, query),
        limit: query.limit ?? 50,
        before: query.before,
      }),
  }),
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/mentions/export',
    tag: 'mentions',
    summary:
      'Every mention of the filters, streamed as CSV (the default) or JSON Lines, as a file to download',
    access: 'viewer',
    params: WorkspaceParams,
    query: ExportQuery,
    produces: Object.values(EXPORT_TYPES),
    handler: async ({ params, query, reply }) => {
      const format = query.format ?? 'csv'
      // checks the filter before the first byte: a bad one is still a clean 400
      const chunks = ctx.store.exportMentions(toFilter(params.ws, query), format)
      const day = (ctx.clock ?? systemClock).now().toISOString().slice(0, 10)
      return reply
        .type(EXPORT_TYPES[format])
        .header('Content-Disposition', `attachment; filename="${params.ws}-mentions-${day}.${format}"`)
        .send(Readable.from(chunks))
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/workspaces/:ws/mentions/:id/sentiment',
    tag: 'mentions',
    summary: "Correct a mention's sentiment; the workspace's model learns from corrections",
    access: 'analyst',
    params: MentionParams,
    body: CorrectionBody,
    response: AnalyzedMention,
    handler: async ({ params, body, who }) =>
      correctSentiment({
        ctx,
        input: { workspaceId: params.ws, mentionId: params.id, label: body.label, by: who!.user?.email },
      }),
  }),
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/corrections',
    tag: 'mentions',
    summary: "The workspace's sentiment corrections, oldest first",
    access: 'viewer',
    params: WorkspaceParams,
    handler: async ({ params }) => ({ items: await ctx.store.listCorrections(params.ws) }),
  }),
]
