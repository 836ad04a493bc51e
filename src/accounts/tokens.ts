import { z } from 'zod'
import { type ApiTokenRecord, AppError, type Clock } from '../core/index.ts'
import type { AccountStore } from './account-store.ts'
import type { Principal } from './principal.ts'
import { principalOf } from './principal-of.ts'
import { hashSecret, newId, newSecret } from './secrets.ts'

export const NewToken = z.object({ name: z.string().trim().min(1).max(100).default('api') })

/** What is listed of a token: never its hash. */
export type TokenInfo = Omit<ApiTokenRecord, 'hash'>

export const describeToken = ({ hash: _, ...info }: ApiTokenRecord): TokenInfo => info

/** Creates an API token for a user; the secret is returned this once and stored only as its hash. */
export const createApiToken = async ({
  ctx,
  userId,
  input,
}: {
  ctx: { store: AccountStore; clock: Clock }
  userId: string
  input: z.input<typeof NewToken>
}): Promise<{ token: string; info: TokenInfo }> => {
  const { name } = NewToken.parse(input)
  if (!(await ctx.store.getUser(userId))) throw new AppError('not_found', `no user ${userId}`)
  const token = newSecret('vgt')
  const record: ApiTokenRecord = {
    id: newId('t'),
    userId,
    name,
    hash: hashSecret(token),
    createdAt: ctx.clock.now(),
  }
  await ctx.store.saveToken(record)
  return { token, info: describeToken(record) }
}

/** The caller of a bearer token, or undefined if it is unknown (or its user is gone). */
export const authenticateToken = async (
  ctx: { store: AccountStore; clock: Clock },
  token: string,
): Promise<Principal | undefined> => {
  const found = await ctx.store.findTokenByHash(hashSecret(token))
  if (!found) return undefined
  const principal = await principalOf(ctx.store, found.userId, 'token')
  if (principal) await ctx.store.touchToken(found.id, ctx.clock.now())
  return principal
}
