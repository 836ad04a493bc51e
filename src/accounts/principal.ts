import { AppError, type Role, roleAtLeast, type User } from '../core/index.ts'

/** Who is asking, and what they may do where: a user with their roles, or a demo visitor. */
export interface Principal {
  /** undefined for an anonymous demo visitor */
  user?: User
  /** role per workspace id; an installation admin is admin everywhere */
  roles: ReadonlyMap<string, Role>
  /** how the request was authenticated: a cookie session needs a CSRF token for changes */
  via: 'session' | 'token' | 'demo'
  /** the session's CSRF value (cookie sessions only) */
  csrf?: string
}

export const isInstallationAdmin = (who: Principal): boolean => who.user?.admin === true

/** The caller's role in a workspace, if any. */
export const roleIn = (who: Principal, workspaceId: string): Role | undefined =>
  isInstallationAdmin(who) ? 'admin' : who.roles.get(workspaceId)

/** Whether a caller may see a workspace at all (any role in it, or an installation admin). */
export const canSeeWorkspace = (who: Principal, workspaceId: string): boolean =>
  roleIn(who, workspaceId) !== undefined

/**
 * Refuses a caller without `needed` in the workspace: `not_found` when they have no role there at all (a
 * workspace of another client is not even said to exist), `forbidden` when their role is too low.
 */
export const requireRole = (who: Principal, workspaceId: string, needed: Role): Role => {
  const role = roleIn(who, workspaceId)
  if (role === undefined) throw new AppError('not_found', `no workspace ${workspaceId}`)
  if (!roleAtLeast(role, needed))
    throw new AppError(
      'forbidden',
      `this needs the ${needed} role in workspace ${workspaceId}; yours is ${role}`,
      { needed, role },
    )
  return role
}

export const requireInstallationAdmin = (who: Principal) => {
  if (!isInstallationAdmin(who))
    throw new AppError('forbidden', 'only an administrator of the installation may do this')
}
