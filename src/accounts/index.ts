export type { AccountStore } from './account-store.ts'
export { createUser, NewUser } from './create-user.ts'
export { ensureFirstAdmin } from './first-admin.ts'
export { checkPassword, hashPassword, MIN_PASSWORD_LENGTH } from './passwords.ts'
export {
  canSeeWorkspace,
  isInstallationAdmin,
  type Principal,
  requireInstallationAdmin,
  requireRole,
  roleIn,
} from './principal.ts'
export { demoPrincipal, principalOf } from './principal-of.ts'
export { hashSecret } from './secrets.ts'
export { authenticateSession, Credentials, logIn, logOut, SESSION_TTL_MS } from './sessions.ts'
export { authenticateToken, createApiToken, describeToken, NewToken, type TokenInfo } from './tokens.ts'
export { ProfileChange, updateProfile } from './update-profile.ts'
export { describeMembers, listWorkspaceMembers, MemberView, namesOfAuthors } from './workspace-people.ts'
