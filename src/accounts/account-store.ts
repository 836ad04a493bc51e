import type { ApiTokenRecord, Membership, SessionRecord, UserRecord } from '../core/index.ts'

/** The part of the Store the account verbs need (typed here: components do not import each other). */
export interface AccountStore {
  createUser(user: UserRecord): Promise<void>
  updateUser(user: UserRecord): Promise<void>
  getUser(id: string): Promise<UserRecord | undefined>
  findUserByEmail(email: string): Promise<UserRecord | undefined>
  countUsers(): Promise<number>
  getWorkspace(id: string): Promise<{ id: string } | undefined>
  setMembership(membership: Membership): Promise<void>
  listMemberships(input: { userId?: string; workspaceId?: string }): Promise<Membership[]>
  saveSession(session: SessionRecord): Promise<void>
  getSession(idHash: string, now: Date): Promise<SessionRecord | undefined>
  deleteSession(idHash: string): Promise<void>
  deleteSessionsOf(userId: string): Promise<void>
  saveToken(token: ApiTokenRecord): Promise<void>
  findTokenByHash(hash: string): Promise<ApiTokenRecord | undefined>
  touchToken(id: string, at: Date): Promise<void>
}
