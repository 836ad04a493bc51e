import { z } from 'zod'
import {
  createApiToken,
  createUser,
  describeMembers,
  describeToken,
  hashSecret,
  listWorkspaceMembers,
  MemberView,
  NewToken,
  NewUser,
  ProfileChange,
  updateProfile,
} from '../../accounts/index.ts'
import { AppError, Id, Role, systemClock, User } from '../../core/index.ts'
import type { ApiContext } from '../context.ts'
import { readCookie, SESSION_COOKIE } from '../cookies.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const MemberParams = WorkspaceParams.extend({ userId: Id })
const TokenInfo = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().optional(),
})

/** Users (installation admins), members of a workspace (its admins) and one's own API tokens. */
export const userRoutes = (ctx: ApiContext): RouteSpec[] => {
  const accountCtx = { store: ctx.store, clock: ctx.clock ?? systemClock }
  return [
    defineRoute({
      method: 'GET',
      path: '/users',
      tag: 'users',
      summary: 'Every user of the installation',
      access: 'installation-admin',
      response: z.object({ items: User.array() }),
      handler: async () => ({
        items: (await ctx.store.listUsers()).map(({ passwordHash: _, ...user }) => user),
      }),
    }),
    defineRoute({
      method: 'POST',
      path: '/users',
      tag: 'users',
      summary: 'Create a user: admin without a workspace is an installation admin, other roles need one',
      access: 'installation-admin',
      body: NewUser,
      response: User,
      status: 201,
      handler: async ({ body }) => createUser({ ctx: accountCtx, input: body }),
    }),
    defineRoute({
      method: 'PATCH',
      path: '/users/me',
      tag: 'users',
      summary:
        "Change the caller's name, interface language or password (the current one needed; other sessions end)",
      access: 'user',
      body: ProfileChange,
      response: User,
      handler: async ({ who, body, request }) => {
        const secret = readCookie(request.headers.cookie, SESSION_COOKIE)
        return updateProfile({
          ctx: accountCtx,
          userId: who!.user!.id,
          input: body,
          keepSession: secret === undefined ? undefined : hashSecret(secret),
        })
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/workspaces/:ws/members',
      tag: 'users',
      summary: "A workspace's members: role and name for every member; the email for its admins only",
      access: 'viewer',
      params: WorkspaceParams,
      response: z.object({ items: MemberView.array() }),
      handler: async ({ params, who }) => ({
        items: await listWorkspaceMembers({ store: ctx.store, who: who!, workspaceId: params.ws }),
      }),
    }),
    defineRoute({
      method: 'PUT',
      path: '/workspaces/:ws/members/:userId',
      tag: 'users',
      summary: 'Give a user a role in the workspace (replaces their previous one)',
      access: 'admin',
      params: MemberParams,
      body: z.object({ role: Role }).strict(),
      response: MemberView,
      handler: async ({ params, body, who }) => {
        if (!(await ctx.store.getUser(params.userId)))
          throw new AppError('not_found', `no user ${params.userId}`)
        const member = { userId: params.userId, workspaceId: params.ws, role: body.role }
        await ctx.store.setMembership(member)
        return (await describeMembers(ctx.store, who!, [member]))[0]
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/workspaces/:ws/members/:userId',
      tag: 'users',
      summary: 'Remove a user from the workspace',
      access: 'admin',
      params: MemberParams,
      status: 204,
      handler: async ({ params }) => ctx.store.removeMembership(params.userId, params.ws),
    }),
    defineRoute({
      method: 'GET',
      path: '/tokens',
      tag: 'users',
      summary: "The caller's API tokens (never their secret)",
      access: 'user',
      response: z.object({ items: TokenInfo.array() }),
      handler: async ({ who }) => ({ items: (await ctx.store.listTokens(who!.user!.id)).map(describeToken) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/tokens',
      tag: 'users',
      summary: 'Create an API token for the caller: the token is in this answer only, keep it',
      access: 'user',
      body: NewToken,
      response: z.object({ token: z.string(), info: TokenInfo }),
      status: 201,
      handler: async ({ who, body }) =>
        createApiToken({ ctx: accountCtx, userId: who!.user!.id, input: body }),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/tokens/:id',
      tag: 'users',
      summary: "Delete one of the caller's tokens",
      access: 'user',
      params: z.object({ id: z.string().min(1).max(100) }),
      status: 204,
      handler: async ({ who, params }) => ctx.store.deleteToken(who!.user!.id, params.id),
    }),
  ]
}
