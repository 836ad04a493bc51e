import { z } from 'zod'

/** Where a mention came from: a connector kind or a free label given by an import (e.g. `twitter`). */
export const SourceName = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, 'lowercase letters, digits, dot, dash or underscore')
export type SourceName = z.infer<typeof SourceName>

/**
 * The author every post without one gets (an anonymous form, a scraped page, a file with no author column):
 * one shared value, so detectors can tell "nobody known" from one prolific account (`isUnknownAuthor`).
 */
export const UNKNOWN_AUTHOR: Readonly<{ id: string; handle: string }> = Object.freeze({
  id: 'unknown',
  handle: 'unknown',
})

/** Whether an author is the stand-in for posts without one (`UNKNOWN_AUTHOR`). */
export const isUnknownAuthor = (author: { id: string; handle: string }): boolean =>
  author.id === UNKNOWN_AUTHOR.id && author.handle === UNKNOWN_AUTHOR.handle

/** An author as given: the id and the handle stand for each other when one is missing; neither is unknown. */
export const Author = z
  .object({
    id: z.string().min(1).optional(),
    handle: z.string().min(1).optional(),
    name: z.string().optional(),
    followers: z.number().int().nonnegative().optional(),
    verified: z.boolean().optional(),
  })
  .transform(({ id, handle, ...rest }) => ({
    id: id ?? handle ?? UNKNOWN_AUTHOR.id,
    handle: handle ?? id ?? UNKNOWN_AUTHOR.handle,
    ...rest,
  }))
export type Author = z.infer<typeof Author>

export const Metrics = z.object({
  likes: z.number().int().nonnegative().default(0),
  reposts: z.number().int().nonnegative().default(0),
  replies: z.number().int().nonnegative().default(0),
})
export type Metrics = z.infer<typeof Metrics>

/**
 * A post or article as Vigie's mention format (JSONL import, webhook, connectors).
 * `id` is made stable as `source:nativeId` by `toMentionId`, so re-delivery is idempotent.
 */
export const Mention = z.object({
  id: z.string().min(1),
  source: SourceName,
  url: z.string().url().optional(),
  createdAt: z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), 'invalid date'),
  text: z.string(),
  title: z.string().optional(),
  lang: z.string().min(2).max(8).optional(),
  /** optional on input: a mention without one gets `UNKNOWN_AUTHOR` */
  author: Author.nullish().transform((author) => author ?? { ...UNKNOWN_AUTHOR }),
  metrics: Metrics.optional(),
  repostOf: z.string().optional(),
  replyTo: z.string().optional(),
})
export type Mention = z.infer<typeof Mention>
export type MentionInput = z.input<typeof Mention>

/** The stable id of a mention: `source:nativeId` (a native id already prefixed is kept as is). */
export const toMentionId = (source: string, nativeId: string): string =>
  nativeId.startsWith(`${source}:`) ? nativeId : `${source}:${nativeId}`

/** Parses a mention and normalises its ids (`id`, `repostOf`, `replyTo`) to the stable form. */
export const parseMention = (input: unknown): Mention => normaliseIds(Mention.parse(input))

export const safeParseMention = (
  input: unknown,
): { ok: true; mention: Mention } | { ok: false; reason: string } => {
  const parsed = Mention.safeParse(input)
  if (parsed.success) return { ok: true, mention: normaliseIds(parsed.data) }
  const reason = parsed.error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ')
  return { ok: false, reason }
}

const normaliseIds = (m: Mention): Mention => ({
  ...m,
  id: toMentionId(m.source, m.id),
  ...(m.repostOf ? { repostOf: toMentionId(m.source, m.repostOf) } : {}),
  ...(m.replyTo ? { replyTo: toMentionId(m.source, m.replyTo) } : {}),
})
