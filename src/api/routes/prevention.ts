import { z } from 'zod'
import { requireRole } from '../../accounts/index.ts'
import { AppError, CharterClauses, Flag, systemClock } from '../../core/index.ts'
import { ConfidentialTerms, checkDraft, DraftInput, getCharter, saveCharter } from '../../prevention/index.ts'
import type { ApiContext } from '../context.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const CharterView = z.object({
  workspaceId: z.string(),
  version: z.number().int(),
  clauses: CharterClauses,
  updatedAt: z.coerce.date().nullable(),
  updatedBy: z.string().nullable(),
})
const TermsView = z.object({ version: z.number().int(), terms: z.array(z.string()) })

/** The social-media charter (issue 14): checking a draft, reading and editing the charter and its terms. */
export const preventionRoutes = (ctx: ApiContext): RouteSpec[] => {
  const uc = () => ({ store: ctx.store, clock: ctx.clock ?? systemClock })
  const charterView = async (ws: string) => {
    const { confidentialTerms: _, ...view } = await getCharter({ ctx: uc(), input: { workspaceId: ws } })
    return view
  }
  return [
    defineRoute({
      method: 'POST',
      path: '/check',
      tag: 'prevention',
      summary:
        "Check a draft before it is published: flags with kind, charter clause, span, severity and message (the workspace's charter, confidential terms and open incident when one is given)",
      access: 'caller',
      body: DraftInput,
      response: z.object({ flags: Flag.array() }),
      handler: async ({ body, who }) => {
        if (body.workspace !== undefined) {
          requireRole(who!, body.workspace, 'viewer')
          if (!(await ctx.store.getWorkspace(body.workspace)))
            throw new AppError('not_found', `no workspace ${body.workspace}`)
        }
        return checkDraft({ ctx: uc(), input: body })
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/charter',
      tag: 'prevention',
      summary: "The workspace's charter, latest version (the default charter, version 0, until one is saved)",
      access: 'viewer',
      params: WorkspaceParams,
      response: CharterView,
      handler: async ({ params }) => charterView(params.ws),
    }),
    defineRoute({
      method: 'PUT',
      path: '/workspaces/:ws/charter',
      tag: 'prevention',
      summary: "Replace the charter's clauses: saved as a new version",
      access: 'analyst',
      params: WorkspaceParams,
      body: z.object({ clauses: CharterClauses }).strict(),
      response: CharterView,
      handler: async ({ params, body, who }) => {
        const input = { workspaceId: params.ws, userId: who?.user?.id ?? null, change: body }
        const { confidentialTerms: _, ...view } = await saveCharter({ ctx: uc(), input })
        return view
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/charter/versions',
      tag: 'prevention',
      summary: "The charter's saved versions, newest first: who saved each and when",
      access: 'viewer',
      params: WorkspaceParams,
      response: z.object({
        items: z.array(
          z.object({
            version: z.number().int(),
            updatedAt: z.coerce.date(),
            updatedBy: z.string().nullable(),
          }),
        ),
      }),
      handler: async ({ params }) => ({
        items: (await ctx.store.listCharterVersions(params.ws)).map((v) => ({
          ...v,
          updatedAt: v.updatedAt ?? new Date(0),
        })),
      }),
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/confidential-terms',
      tag: 'prevention',
      summary: "The workspace's confidential terms (code names, unreleased products, embargoed figures)",
      access: 'analyst',
      params: WorkspaceParams,
      response: TermsView,
      handler: async ({ params }) => {
        const charter = await getCharter({ ctx: uc(), input: { workspaceId: params.ws } })
        return { version: charter.version, terms: charter.confidentialTerms }
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/workspaces/:ws/confidential-terms',
      tag: 'prevention',
      summary: 'Replace the confidential terms: saved with the charter as a new version',
      access: 'analyst',
      params: WorkspaceParams,
      body: z.object({ terms: ConfidentialTerms }).strict(),
      response: TermsView,
      handler: async ({ params, body, who }) => {
        const input = {
          workspaceId: params.ws,
          userId: who?.user?.id ?? null,
          change: { confidentialTerms: body.terms },
        }
        const charter = await saveCharter({ ctx: uc(), input })
        return { version: charter.version, terms: charter.confidentialTerms }
      },
    }),
  ]
}
