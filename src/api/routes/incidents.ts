import { z } from 'zod'
import {
  AnalyzedMention,
  AppError,
  FollowUp,
  Incident,
  IncidentState,
  PostureAdvice,
  systemClock,
  TimelineEntry,
} from '../../core/index.ts'
import {
  addIncidentNote,
  advisePosture,
  buildCrisisReport,
  followUp,
  IncidentChange,
  incidentPosts,
  incidentTimeline,
  openIncident,
  PinChange,
  pinKeyPost,
  renderReportHtml,
  updateIncident,
} from '../../response/index.ts'
import type { ApiContext } from '../context.ts'
import { limitParam, optionalParam, WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const IncidentParams = WorkspaceParams.extend({ id: z.string().min(1).max(200) })
const IncidentPostsView = z.object({
  from: z.date(),
  pinned: AnalyzedMention.array(),
  mostEngaged: AnalyzedMention.array(),
  owned: AnalyzedMention.array(),
  amplifiers: z
    .object({
      handle: z.string(),
      name: z.string().optional(),
      followers: z.number().nullable(),
      posts: z.number(),
      audience: z.number(),
    })
    .array(),
  sources: z.object({ key: z.string(), count: z.number() }).array(),
  reach: z.object({ authors: z.number(), followers: z.number(), partial: z.boolean() }),
})
const IncidentView = z.object({ incident: Incident, timeline: TimelineEntry.array(), advice: PostureAdvice })

/** The crisis room's incidents (issue 13, first part): open, list, read with timeline and advice, change, note. */
export const incidentRoutes = (ctx: ApiContext): RouteSpec[] => {
  const uc = () => ({ store: ctx.store, clock: ctx.clock ?? systemClock })
  const view = async (ws: string, id: string, lang: 'fr' | 'en' | undefined) => {
    const incident = await ctx.store.getIncident(ws, id)
    if (!incident) throw new AppError('not_found', `no incident ${id} in workspace ${ws}`)
    const language = lang ?? (await ctx.store.getWorkspace(ws))?.language ?? 'en'
    return {
      incident,
      timeline: await incidentTimeline({ store: ctx.store, incident, now: (ctx.clock ?? systemClock).now() }),
      advice: advisePosture({ ...incident.facts, chosen: incident.posture ?? undefined, lang: language }),
    }
  }
  return [
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/incidents',
      tag: 'incidents',
      summary: "The workspace's incidents, newest opened first, of one state or all",
      access: 'viewer',
      params: WorkspaceParams,
      query: z.object({ state: optionalParam(IncidentState), limit: limitParam(500) }),
      response: z.object({ items: Incident.array() }),
      handler: async ({ params, query }) => ({
        items: await ctx.store.listIncidents({
          workspaceId: params.ws,
          state: query.state,
          limit: query.limit,
        }),
      }),
    }),
    defineRoute({
      method: 'POST',
      path: '/workspaces/:ws/incidents',
      tag: 'incidents',
      summary:
        'Open an incident from an alert (its timeline starts at the origin post) or by hand with a title',
      access: 'responder',
      params: WorkspaceParams,
      body: z
        .object({ alertId: z.string().min(1).max(200).optional(), title: z.string().max(200).optional() })
        .strict(),
      response: Incident,
      status: 201,
      handler: async ({ params, body, who }) =>
        openIncident({
          ctx: uc(),
          input: { workspaceId: params.ws, ...body, userId: who?.user?.id ?? null },
        }),
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/incidents/:id',
      tag: 'incidents',
      summary:
        'An incident with its timeline and the posture advice for its facts (in the workspace’s language)',
      access: 'viewer',
      params: IncidentParams,
      query: z.object({ lang: optionalParam(z.enum(['fr', 'en'])) }),
      response: IncidentView,
      handler: async ({ params, query }) => view(params.ws, params.id, query.lang),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/workspaces/:ws/incidents/:id',
      tag: 'incidents',
      summary:
        'Change an incident: state, owner, corrected facts, chosen posture, title (written on its timeline)',
      access: 'responder',
      params: IncidentParams,
      body: IncidentChange,
      response: Incident,
      handler: async ({ params, body, who }) =>
        updateIncident({
          ctx: uc(),
          input: { workspaceId: params.ws, id: params.id, userId: who?.user?.id ?? null, change: body },
        }),
    }),
    defineRoute({
      method: 'POST',
      path: '/workspaces/:ws/incidents/:id/notes',
      tag: 'incidents',
      summary: "Add a note to an incident's timeline",
      access: 'responder',
      params: IncidentParams,
      body: z.object({ text: z.string().trim().min(1).max(5_000) }).strict(),
      response: TimelineEntry,
      status: 201,
      handler: async ({ params, body, who }) =>
        addIncidentNote({
          ctx: uc(),
          input: { workspaceId: params.ws, id: params.id, userId: who?.user?.id ?? null, text: body.text },
        }),
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/incidents/:id/posts',
      tag: 'incidents',
      summary:
        'The people and posts of an incident since its start: pinned key posts, the most engaging posts, the brand’s own posts, the amplifiers and the sources',
      access: 'viewer',
      params: IncidentParams,
      response: IncidentPostsView,
      handler: async ({ params }) => {
        const incident = await ctx.store.getIncident(params.ws, params.id)
        if (!incident) throw new AppError('not_found', `no incident ${params.id} in workspace ${params.ws}`)
        return incidentPosts({ store: ctx.store, incident, now: (ctx.clock ?? systemClock).now() })
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/workspaces/:ws/incidents/:id/key-posts',
      tag: 'incidents',
      summary: 'Pin a post as a key post of the incident, or take it off (written on the timeline)',
      access: 'responder',
      params: IncidentParams,
      body: PinChange,
      response: z.object({ pinned: z.string().array() }),
      handler: async ({ params, body, who }) =>
        pinKeyPost({
          ctx: uc(),
          input: { workspaceId: params.ws, id: params.id, userId: who?.user?.id ?? null, change: body },
        }),
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/incidents/:id/follow-up',
      tag: 'incidents',
      summary:
        'How the brand answered: minutes from the first alert to its first public word, and each response’s effect (before vs after)',
      access: 'viewer',
      params: IncidentParams,
      query: z.object({ window: optionalParam(z.coerce.number().int().min(15).max(1440)) }),
      response: FollowUp,
      handler: async ({ params, query }) => {
        const incident = await ctx.store.getIncident(params.ws, params.id)
        if (!incident) throw new AppError('not_found', `no incident ${params.id} in workspace ${params.ws}`)
        return followUp({
          store: ctx.store,
          incident,
          now: (ctx.clock ?? systemClock).now(),
          ...(query.window === undefined ? {} : { windowMinutes: query.window }),
        })
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/incidents/:id/report',
      tag: 'incidents',
      summary:
        'The crisis report for the client, as a file to download: HTML (the default) or PDF (printed with Chromium)',
      access: 'viewer',
      params: IncidentParams,
      query: z.object({
        format: optionalParam(z.enum(['html', 'pdf'])),
        lang: optionalParam(z.enum(['fr', 'en'])),
      }),
      produces: ['text/html', 'application/pdf'],
      handler: async ({ params, query, reply }) => {
        const now = (ctx.clock ?? systemClock).now()
        const report = await buildCrisisReport({
          store: ctx.store,
          workspaceId: params.ws,
          incidentId: params.id,
          now,
          lang: query.lang,
        })
        const html = renderReportHtml(report)
        const name = `${params.ws}-incident-${now.toISOString().slice(0, 10)}`
        if (query.format !== 'pdf')
          return reply
            .type('text/html; charset=utf-8')
            .header('Content-Disposition', `attachment; filename="${name}.html"`)
            .send(html)
        if (!ctx.printPdf)
          throw new AppError('unavailable', 'this server does not print PDF reports: download the HTML one')
        const pdf = await ctx.printPdf(html)
        return reply
          .type('application/pdf')
          .header('Content-Disposition', `attachment; filename="${name}.pdf"`)
          .send(pdf)
      },
    }),
  ]
}
