import { z } from 'zod'

export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'letters, digits, dot, dash or underscore')

/** A client of the installation (an agency has several); everything else belongs to one workspace. */
export const Workspace = z.object({
  id: Id,
  name: z.string().min(1),
  createdAt: z.coerce.date(),
  /** the language of the team: alert sentences are written in it (English when absent) */
  language: z.enum(['fr', 'en']).optional(),
})
export type Workspace = z.infer<typeof Workspace>

/** A brand query: the boolean expression that decides what is a mention of a brand. */
export const BrandQuery = z.object({
  id: Id,
  workspaceId: Id,
  brand: z.string().min(1),
  /** The query in Vigie's boolean language (see docs/query-language.md). */
  query: z.string().min(1),
  /** The brand's own accounts (handles without `@`, lowercase): their posts are "owned". */
  owned: z.array(z.string()).default([]),
})
export type BrandQuery = z.infer<typeof BrandQuery>
