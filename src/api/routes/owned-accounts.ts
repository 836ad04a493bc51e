import { z } from 'zod'
import { OwnedAccount } from '../../core/index.ts'
import { OwnedAccountList, setOwnedAccounts } from '../../runtime/index.ts'
import type { ApiContext } from '../context.ts'
import { WorkspaceParams } from '../request-params.ts'
import { defineRoute, type RouteSpec } from '../route-spec.ts'

const OwnedAccounts = z.object({ accounts: OwnedAccount.array() })

/** The brand's own accounts per network: their posts are marked owned whatever source brings them. */
export const ownedAccountRoutes = (ctx: ApiContext): RouteSpec[] => [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:ws/owned-accounts',
    tag: 'workspaces',
    summary: "The brand's own accounts, by network then handle",
    access: 'viewer',
    params: WorkspaceParams,
    response: OwnedAccounts,
    handler: async ({ params }) => ({ accounts: await ctx.store.listOwnedAccounts(params.ws) }),
  }),
  defineRoute({
    method: 'PUT',
    path: '/workspaces/:ws/owned-accounts',
    tag: 'workspaces',
    summary:
      'Replace the brand\'s own accounts ({"accounts": [{"network": "mastodon", "handle": "acme@mastodon.social"}]}); the running pipeline and sources pick them up',
    access: 'analyst',
    params: WorkspaceParams,
    body: OwnedAccountList,
    response: OwnedAccounts,
    handler: async ({ params, body }) => {
      const accounts = await setOwnedAccounts(ctx, params.ws, body)
      await ctx.onOwnedAccountsChanged?.(params.ws)
      return { accounts }
    },
  }),
]
