import { randomBytes } from 'node:crypto'
import type { Clock, User } from '../core/index.ts'
import type { AccountStore } from './account-store.ts'
import { createUser } from './create-user.ts'

/**
 * On the first start of an installation without any user, creates its administrator: from the given email
 * and password (VIGIE_ADMIN_EMAIL / VIGIE_ADMIN_PASSWORD), or with `admin@localhost` and a one-time password
 * returned to be printed once. Does nothing when a user exists.
 */
export const ensureFirstAdmin = async ({
  ctx,
  email,
  password,
}: {
  ctx: { store: AccountStore; clock: Clock }
  email?: string
  password?: string
}): Promise<{ user: User; oneTimePassword?: string } | undefined> => {
  if ((await ctx.store.countUsers()) > 0) return undefined
  const oneTimePassword = password === undefined ? randomBytes(12).toString('base64url') : undefined
  const user = await createUser({
    ctx,
    input: { email: email ?? 'admin@localhost', password: password ?? oneTimePassword, role: 'admin' },
  })
  return { user, ...(oneTimePassword ? { oneTimePassword } : {}) }
}
