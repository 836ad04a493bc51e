import { z } from 'zod'
import { AnalyzedMention, SentimentLabel } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { CorrectionInput, correctSentiment } from '../correct-sentiment.ts'
import { DateParam, limitParam, optionalParam, WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const MentionsQuery = z.object({
  q: optionalParam(z.string().max(500)),
  query: optionalParam(z.string().max(64)),
  from: DateParam,
  to: DateParam,
  sentiment: optionalParam(SentimentLabel),
  limit: limitParam(500),
  before: optionalParam(z.string().max(500)),
})
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
        workspaceId: params.ws,
        text: query.q,
        queryId: query.query,
        from: query.from,
        to: query.to,
        sentiment: query.sentiment,
        limit: query.limit ?? 50,
        before: query.before,
      }),
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
