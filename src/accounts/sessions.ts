import { z } from 'zod'
import { AppError, type Clock, Email, type User } from '../core/index.ts'
import type { AccountStore } from './account-store.ts'
import { verifyPassword } from './passwords.ts'
import type { Principal } from './principal.ts'
import { principalOf } from './principal-of.ts'
import { hashSecret, newSecret } from './secrets.ts'

/** A browser session lasts 12 hours (a working day), then the user logs in again. */
export const SESSION_TTL_MS = 12 * 3_600_000

export const Credentials = z.object({ email: Email, password: z.string().min(1).max(1024) })

interface SessionCtx {
  store: AccountStore
  clock: Clock
}

/**
 * Checks an email and a password and opens a session: the secret goes in the cookie, only its hash is
 * stored. Unknown email and wrong password get the same answer, in the same time.
 */
export const logIn = async ({
  ctx,
  input,
}: {
  ctx: SessionCtx
  input: z.input<typeof Credentials>
}): Promise<{ secret: string; csrf: string; expiresAt: Date; user: User }> => {
  const { email, password } = Credentials.parse(input)
  const found = await ctx.store.findUserByEmail(email)
  const ok = await verifyPassword(found?.passwordHash, password)
  if (!found || !ok) throw new AppError('unauthenticated', 'wrong email or password')
  const secret = newSecret('vgs')
  const now = ctx.clock.now()
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
  const csrf = newSecret('vgs').slice(4)
  await ctx.store.saveSession({
    idHash: hashSecret(secret),
    userId: found.id,
    csrf,
    createdAt: now,
    expiresAt,
  })
  const { passwordHash: _, ...user } = found
  return { secret, csrf, expiresAt, user }
}

export const logOut = async ({ ctx, secret }: { ctx: SessionCtx; secret: string }) =>
  ctx.store.deleteSession(hashSecret(secret))

/** The caller of a session cookie, or undefined if it is unknown or expired. */
export const authenticateSession = async (
  ctx: SessionCtx,
  secret: string,
): Promise<Principal | undefined> => {
  const session = await ctx.store.getSession(hashSecret(secret), ctx.clock.now())
  if (!session) return undefined
  const principal = await principalOf(ctx.store, session.userId, 'session')
  return principal && { ...principal, csrf: session.csrf }
}
