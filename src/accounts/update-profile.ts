import { z } from 'zod'
import { AppError, type Clock, type User } from '../core/index.ts'
import type { AccountStore } from './account-store.ts'
import { checkPassword, hashPassword, verifyPassword } from './passwords.ts'

export const ProfileChange = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    /** the interface language; null forgets it (the browser's is used) */
    language: z.enum(['fr', 'en']).nullable().optional(),
    /** a new password needs the current one (a stolen session alone cannot take the account over) */
    password: z
      .object({ current: z.string().max(1024), next: z.string() })
      .strict()
      .optional(),
  })
  .strict()
export type ProfileChange = z.input<typeof ProfileChange>

/**
 * A user changes their own name, interface language or password. A new password ends every session of
 * theirs but `keepSession` (the hash of the session making the change, if any).
 */
export const updateProfile = async ({
  ctx,
  userId,
  input,
  keepSession,
}: {
  ctx: { store: AccountStore; clock: Clock }
  userId: string
  input: ProfileChange
  keepSession?: string
}): Promise<User> => {
  const change = ProfileChange.parse(input)
  const found = await ctx.store.getUser(userId)
  if (!found) throw new AppError('not_found', `no user ${userId}`)
  let passwordHash = found.passwordHash
  if (change.password) {
    if (
      found.passwordHash !== undefined &&
      !(await verifyPassword(found.passwordHash, change.password.current))
    )
      throw new AppError('forbidden', 'the current password is wrong')
    checkPassword(change.password.next)
    passwordHash = await hashPassword(change.password.next)
  }
  const { passwordHash: _, language, ...rest } = found
  const nextLanguage = change.language === undefined ? language : (change.language ?? undefined)
  const user: User = {
    ...rest,
    ...(change.name ? { name: change.name } : {}),
    ...(nextLanguage ? { language: nextLanguage } : {}),
  }
  await ctx.store.updateUser({ ...user, ...(passwordHash ? { passwordHash } : {}) })
  if (change.password) {
    const kept =
      keepSession === undefined ? undefined : await ctx.store.getSession(keepSession, ctx.clock.now())
    await ctx.store.deleteSessionsOf(userId)
    if (kept) await ctx.store.saveSession(kept)
  }
  return user
}
