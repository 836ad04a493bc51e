import { z } from 'zod'
import { type Charter, CharterClauses, type Clock } from '../core/index.ts'
import type { CharterStore } from './charter-store.ts'
import { getCharter } from './get-charter.ts'

/** The confidential terms of a workspace: trimmed, without duplicates (case aside), at most 500. */
export const ConfidentialTerms = z
  .array(z.string().trim().min(1).max(200))
  .max(500)
  .transform((terms) => [...new Map(terms.map((t) => [t.toLowerCase(), t])).values()])

export const CharterChange = z
  .object({ clauses: CharterClauses.optional(), confidentialTerms: ConfidentialTerms.optional() })
  .strict()
export type CharterChange = z.infer<typeof CharterChange>

/** Saves a new version of a workspace's charter: what the change gives, the rest from the latest version. */
export const saveCharter = async ({
  ctx,
  input,
}: {
  ctx: { store: Pick<CharterStore, 'getCharter' | 'saveCharter'>; clock: Clock }
  input: { workspaceId: string; userId: string | null; change: CharterChange }
}): Promise<Charter> => {
  const change = CharterChange.parse(input.change)
  const current = await getCharter({ ctx, input })
  return ctx.store.saveCharter({
    workspaceId: input.workspaceId,
    clauses: change.clauses ?? current.clauses,
    confidentialTerms: change.confidentialTerms ?? current.confidentialTerms,
    updatedAt: ctx.clock.now(),
    updatedBy: input.userId,
  })
}
