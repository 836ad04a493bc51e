import { z } from 'zod'
import { AppError, type Clock, Email, Id, Role, type User } from '../core/index.ts'
import type { AccountStore } from './account-store.ts'
import { checkPassword, hashPassword } from './passwords.ts'
import { newId } from './secrets.ts'

export const NewUser = z.object({
  email: Email,
  name: z.string().trim().min(1).max(200).optional(),
  /** none: the user cannot log in with a password until one is set (tokens still work) */
  password: z.string().optional(),
  /** admin without a workspace: the whole installation; any role with a workspace: that workspace only */
  role: Role,
  workspaceId: Id.optional(),
  language: z.enum(['fr', 'en']).optional(),
})
export type NewUser = z.input<typeof NewUser>

/**
 * Creates a user. `admin` without a workspace is an administrator of the installation; every other role
 * is given in one workspace, which must exist: a viewer of nothing would be a user of nothing.
 */
export const createUser = async ({
  ctx,
  input,
}: {
  ctx: { store: AccountStore; clock: Clock }
  input: NewUser
}): Promise<User> => {
  const given = NewUser.parse(input)
  if (given.role !== 'admin' && given.workspaceId === undefined)
    throw new AppError(
      'invalid',
      `a ${given.role} belongs to a workspace: give one (--workspace ID); only an admin may have none (the whole installation)`,
    )
  if (given.workspaceId !== undefined && !(await ctx.store.getWorkspace(given.workspaceId)))
    throw new AppError('not_found', `no workspace ${given.workspaceId}`)
  if (given.password !== undefined) checkPassword(given.password)
  if (await ctx.store.findUserByEmail(given.email))
    throw new AppError('conflict', `a user with the email ${given.email} already exists`)
  const user: User = {
    id: newId('u'),
    email: given.email,
    name: given.name ?? given.email.split('@')[0]!,
    admin: given.role === 'admin' && given.workspaceId === undefined,
    ...(given.language ? { language: given.language } : {}),
    createdAt: ctx.clock.now(),
  }
  const passwordHash = given.password === undefined ? undefined : await hashPassword(given.password)
  await ctx.store.createUser({ ...user, ...(passwordHash ? { passwordHash } : {}) })
  if (given.workspaceId !== undefined)
    await ctx.store.setMembership({ userId: user.id, workspaceId: given.workspaceId, role: given.role })
  return user
}
