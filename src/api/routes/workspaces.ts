import { z } from 'zod'
import { canSeeWorkspace, type Principal, roleIn } from '../../accounts/index.ts'
import { Drill, Role, systemClock, Workspace } from '../../core/index.ts'
import { createWorkspace, NewWorkspace } from '../../runtime/index.ts'
import type { ApiContext } from '../context.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

/** What a team may change of its workspace; unknown fields are refused (typos). */
const WorkspaceChange = Workspace.pick({ name: true, language: true }).partial().strict()
/** A workspace as its reader sees it: their role, and the drill it is the sandbox of, if it is one. */
const WorkspaceView = Workspace.extend({ role: Role, drill: Drill.optional() })

export const workspaceRoutes = (ctx: ApiContext): RouteSpec[] => {
  const withRole = async (who: Principal, ws: Workspace) => {
    const drill = await ctx.store.getDrill(ws.id)
    return { ...ws, role: roleIn(who, ws.id), ...(drill ? { drill } : {}) }
  }
  return [
    defineRoute({
      method: 'GET',
      path: '/workspaces',
      tag: 'workspaces',
      summary: "The workspaces the caller may see, with the caller's role in each",
      access: 'caller',
      response: z.object({ items: WorkspaceView.array() }),
      handler: async ({ who }) => {
        const all = await ctx.store.listWorkspaces()
        const seen = all.filter((ws) => canSeeWorkspace(who!, ws.id))
        return { items: await Promise.all(seen.map((ws) => withRole(who!, ws))) }
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/workspaces',
      tag: 'workspaces',
      summary: 'Create a workspace (a client); its id is made from its name unless given',
      access: 'installation-admin',
      body: NewWorkspace,
      response: Workspace,
      status: 201,
      handler: async ({ body }) =>
        createWorkspace({ ctx: { store: ctx.store, clock: ctx.clock ?? systemClock }, input: body }),
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws',
      tag: 'workspaces',
      summary: 'One workspace',
      access: 'viewer',
      params: WorkspaceParams,
      response: WorkspaceView,
      handler: async ({ params, who }) => withRole(who!, (await ctx.store.getWorkspace(params.ws))!),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/workspaces/:ws',
      tag: 'workspaces',
      summary: "Rename a workspace or set the team's language (alert sentences are written in it)",
      access: 'analyst',
      params: WorkspaceParams,
      body: WorkspaceChange,
      response: Workspace,
      handler: async ({ params, body }) => {
        const current = (await ctx.store.getWorkspace(params.ws))!
        const next = { ...current, ...body }
        await ctx.store.upsertWorkspace(next)
        if (body.language && body.language !== current.language) await ctx.onWorkspaceChanged?.(params.ws)
        return next
      },
    }),
  ]
}
