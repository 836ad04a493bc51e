import type { Role } from '../core/index.ts'
import type { AccountStore } from './account-store.ts'
import type { Principal } from './principal.ts'

/** A stored user with their roles, as a Principal; undefined if the user is gone. */
export const principalOf = async (
  store: AccountStore,
  userId: string,
  via: Principal['via'],
): Promise<Principal | undefined> => {
  const found = await store.getUser(userId)
  if (!found) return undefined
  const { passwordHash: _, ...user } = found
  const roles = new Map<string, Role>()
  for (const m of await store.listMemberships({ userId })) roles.set(m.workspaceId, m.role)
  return { user, roles, via }
}

/** A demo visitor: reads the demo workspace, nothing else, changes nothing. */
export const demoPrincipal = (workspaceId: string): Principal => ({
  roles: new Map([[workspaceId, 'viewer']]),
  via: 'demo',
})
