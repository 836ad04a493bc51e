import { z } from 'zod'

/** What the pre-publication checker looks for; each kind is enforced by one or more charter clauses. */
export const CHECK_KINDS = [
  'personal_data',
  'confidential',
  'insult',
  'aggressive_tone',
  'mockery',
  'sensitive_topic',
  'copyright',
  'crisis_echo',
] as const
export const CheckKind = z.enum(CHECK_KINDS)
export type CheckKind = z.infer<typeof CheckKind>

export const FlagSeverity = z.enum(['low', 'medium', 'high'])
export type FlagSeverity = z.infer<typeof FlagSeverity>

/**
 * One problem the checker found in a draft: `start`/`end` are UTF-16 offsets into the draft's text (what
 * `String.prototype.slice` takes), `clause` the id of the charter clause it breaks.
 */
export const Flag = z.object({
  kind: CheckKind,
  clause: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  severity: FlagSeverity,
  message: z.string(),
  suggestion: z.string().optional(),
})
export type Flag = z.infer<typeof Flag>

const Bilingual = z.object({
  fr: z.string().trim().min(1).max(5_000),
  en: z.string().trim().min(1).max(5_000),
})

/** One rule of a social-media charter, in French and English, with the checks that enforce it. */
export const CharterClause = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a clause id is lowercase letters, digits and dashes (at most 64)'),
  title: Bilingual,
  text: Bilingual,
  kinds: z.array(CheckKind).max(CHECK_KINDS.length),
})
export type CharterClause = z.infer<typeof CharterClause>

/** A workspace's charter: its clauses in order (ids unique). */
export const CharterClauses = z
  .array(CharterClause)
  .max(50)
  .refine((clauses) => new Set(clauses.map((c) => c.id)).size === clauses.length, 'clause ids must be unique')

/** One saved version of a workspace's charter; each save makes a new version (1, 2, …). */
export const Charter = z.object({
  workspaceId: z.string(),
  version: z.number().int().min(0),
  clauses: CharterClauses,
  /** the workspace's confidential terms: code names, unreleased products, embargoed figures */
  confidentialTerms: z.array(z.string().trim().min(1).max(200)).max(500),
  updatedAt: z.coerce.date().nullable(),
  updatedBy: z.string().nullable(),
})
export type Charter = z.infer<typeof Charter>

/** Where a draft is going: a private reply to the person who complained lowers the personal-data checks. */
export const DraftNetwork = z.string().trim().min(1).max(40)
export const DraftAudience = z.string().trim().min(1).max(40)
