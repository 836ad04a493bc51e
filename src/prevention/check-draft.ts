import { z } from 'zod'
import { DraftAudience, DraftNetwork, type Flag } from '../core/index.ts'
import { findActiveIncident } from './active-incident.ts'
import type { CharterStore } from './charter-store.ts'
import { checkPost } from './check-post.ts'
import { getCharter } from './get-charter.ts'

/** A draft to check, as the API and the CLI receive it. */
export const DraftInput = z
  .object({
    text: z.string().min(1).max(20_000),
    lang: z.enum(['fr', 'en']).optional(),
    workspace: z.string().min(1).max(200).optional(),
    network: DraftNetwork.optional(),
    audience: DraftAudience.optional(),
    authorRole: z.string().trim().min(1).max(40).optional(),
    links: z.array(z.string().max(2_000)).max(50).optional(),
    imageDescriptions: z.array(z.string().max(2_000)).max(20).optional(),
  })
  .strict()
export type DraftInput = z.infer<typeof DraftInput>

/**
 * Checks a draft: against the default charter alone, or, for a workspace, against its charter, its
 * confidential terms and its open incident (any post then needs the crisis team's approval).
 */
export const checkDraft = async ({
  ctx,
  input,
}: {
  ctx: { store?: Pick<CharterStore, 'getCharter' | 'listIncidents'> }
  input: DraftInput
}): Promise<{ flags: Flag[] }> => {
  const { workspace, ...draft } = DraftInput.parse(input)
  if (workspace === undefined || !ctx.store) return { flags: checkPost(draft) }
  const charter = await getCharter({ ctx: { store: ctx.store }, input: { workspaceId: workspace } })
  const activeIncident = await findActiveIncident(ctx.store, workspace)
  return {
    flags: checkPost(draft, {
      charter: charter.clauses,
      confidentialTerms: charter.confidentialTerms,
      activeIncident,
    }),
  }
}
