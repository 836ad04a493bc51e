import { z } from 'zod'
import { type Membership, Role, roleAtLeast } from '../core/index.ts'
import type { AccountStore } from './account-store.ts'
import { type Principal, roleIn } from './principal.ts'

/** A member as the workspace's people see them: a name for all; the email for its admins only. */
export const MemberView = z.object({
  userId: z.string(),
  workspaceId: z.string(),
  role: Role,
  name: z.string(),
  /** only to the workspace's admins (and installation admins) */
  email: z.string().optional(),
})
export type MemberView = z.infer<typeof MemberView>

type PeopleStore = Pick<AccountStore, 'getUser' | 'listMemberships'>

/** Whether the caller may read the emails of a workspace's people: its admins only. */
const seesEmails = (who: Principal, workspaceId: string) => {
  const role = roleIn(who, workspaceId)
  return role !== undefined && roleAtLeast(role, 'admin')
}

/**
 * Memberships of one workspace with each user's name (and email for admins). The caller's right to the
 * workspace is checked before (a route's declared role): this reads only memberships of `workspaceId`,
 * so nobody learns who belongs to another workspace.
 */
export const describeMembers = async (
  store: PeopleStore,
  who: Principal,
  members: readonly Membership[],
): Promise<MemberView[]> => {
  const views = await Promise.all(
    members.map(async (m) => {
      const user = await store.getUser(m.userId)
      if (!user) return undefined
      return {
        userId: m.userId,
        workspaceId: m.workspaceId,
        role: m.role,
        name: user.name,
        ...(seesEmails(who, m.workspaceId) ? { email: user.email } : {}),
      }
    }),
  )
  return views.filter((v) => v !== undefined)
}

/** A workspace's members, sorted by name, for any member of it. */
export const listWorkspaceMembers = async (input: {
  store: PeopleStore
  who: Principal
  workspaceId: string
}): Promise<MemberView[]> => {
  const members = await input.store.listMemberships({ workspaceId: input.workspaceId })
  const views = await describeMembers(input.store, input.who, members)
  return views.sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId))
}

/**
 * The names of the people who wrote in a workspace (comment authors), by user id: they acted there, so its
 * members may read their names even after they left it; never their email.
 */
export const namesOfAuthors = async (
  store: Pick<AccountStore, 'getUser'>,
  userIds: Iterable<string>,
): Promise<Map<string, string>> => {
  const ids = [...new Set(userIds)]
  const users = await Promise.all(ids.map((id) => store.getUser(id)))
  return new Map(users.flatMap((u) => (u ? [[u.id, u.name] as const] : [])))
}
