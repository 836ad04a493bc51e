import { z } from 'zod'
import { AppError, OwnedAccount, ownedAccountKey, parseOwnedAccount } from '../core/index.ts'
import type { Store } from '../store/index.ts'

/** The whole list, as the API's PUT takes it. */
export const OwnedAccountList = z.object({ accounts: z.array(OwnedAccount).max(500) }).strict()
export type OwnedAccountList = z.input<typeof OwnedAccountList>

/**
 * Accounts to add and to remove, as `network:handle` (the CLI's `--add` and `--remove`) or as accounts (the
 * config file's `ownedAccounts`, which may give the network's id).
 */
export interface OwnedAccountChange {
  add?: readonly (string | z.input<typeof OwnedAccount>)[]
  remove?: readonly string[]
}

const parseOne = (one: string | z.input<typeof OwnedAccount>): OwnedAccount => {
  if (typeof one !== 'string') {
    const parsed = OwnedAccount.safeParse(one)
    if (parsed.success) return parsed.data
    throw new AppError('invalid', `not an owned account: ${JSON.stringify(one)}`)
  }
  try {
    return parseOwnedAccount(one)
  } catch (error) {
    throw new AppError('invalid', error instanceof Error ? error.message : String(error))
  }
}

const mustExist = async (store: Store, workspaceId: string) => {
  if (!(await store.getWorkspace(workspaceId))) throw new AppError('not_found', `no workspace ${workspaceId}`)
}

/**
 * Replaces a workspace's owned accounts (the API's PUT, the config file) and returns them as stored. The
 * running pipeline picks them up through `Pipelines.reloadOwnedAccounts`, called by whoever serves.
 */
export const setOwnedAccounts = async (
  ctx: { store: Store },
  workspaceId: string,
  input: OwnedAccountList,
): Promise<OwnedAccount[]> => {
  const { accounts } = OwnedAccountList.parse(input)
  await mustExist(ctx.store, workspaceId)
  await ctx.store.setOwnedAccounts(workspaceId, accounts)
  return ctx.store.listOwnedAccounts(workspaceId)
}

/**
 * Adds and removes owned accounts (`network:handle`) of a workspace; removing one it does not have is
 * `not_found`, so a typo is not silently ignored. Returns the list as stored.
 */
export const changeOwnedAccounts = async (
  ctx: { store: Store },
  workspaceId: string,
  change: OwnedAccountChange,
): Promise<OwnedAccount[]> => {
  const added = (change.add ?? []).map(parseOne)
  const removed = (change.remove ?? []).map(parseOne)
  await mustExist(ctx.store, workspaceId)
  const current = new Map(
    (await ctx.store.listOwnedAccounts(workspaceId)).map((a) => [ownedAccountKey(a), a]),
  )
  for (const a of removed)
    if (!current.delete(ownedAccountKey(a)))
      throw new AppError('not_found', `${ownedAccountKey(a)} is not an owned account of ${workspaceId}`)
  for (const a of added) if (!current.has(ownedAccountKey(a))) current.set(ownedAccountKey(a), a)
  await ctx.store.setOwnedAccounts(workspaceId, [...current.values()])
  return ctx.store.listOwnedAccounts(workspaceId)
}
