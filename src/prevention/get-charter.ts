import type { Charter } from '../core/index.ts'
import type { CharterStore } from './charter-store.ts'
import { DEFAULT_CHARTER } from './default-charter.ts'

/** A workspace's latest charter, or the default charter as version 0 when it never saved one. */
export const getCharter = async ({
  ctx,
  input,
}: {
  ctx: { store: Pick<CharterStore, 'getCharter'> }
  input: { workspaceId: string }
}): Promise<Charter> =>
  (await ctx.store.getCharter(input.workspaceId)) ?? {
    workspaceId: input.workspaceId,
    version: 0,
    clauses: [...DEFAULT_CHARTER],
    confidentialTerms: [],
    updatedAt: null,
    updatedBy: null,
  }
