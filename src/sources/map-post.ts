import type { z } from 'zod'
import { describeIssues, type MentionInput, safeParseMention } from '../core/index.ts'
import { parseMentionDate } from './dates/index.ts'
import type { MapResult } from './port.ts'

/** One post of a network's export, mapped, with its raw JSON (kept with a rejection). */
export interface MappedPost {
  result: MapResult
  payload: string
}

/** Every post of one JSON document of a network's export (an API response page, a post, a list of posts). */
export type DocumentMapper = (document: unknown) => MappedPost[]

const problems = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) => ({
  reason: describeIssues(issues).join('; '),
  kind: [...new Set(issues.map((i) => i.path.map(String).join('.') || '(root)'))].join(', '),
})

/**
 * Maps one raw post: checked against the network's payload schema, turned into a mention draft by a pure
 * function, its date read in the documented forms, then checked as a mention. Every failure is a reason.
 */
export const mapPost = <T>(
  network: string,
  schema: z.ZodType<T>,
  raw: unknown,
  toDraft: (post: T) => MentionInput & { createdAt: unknown },
): MappedPost => {
  const payload = JSON.stringify(raw) ?? String(raw)
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const p = problems(parsed.error.issues)
    return {
      payload,
      result: {
        ok: false,
        reason: `not a ${network} post: ${p.reason}`,
        kind: `not a ${network} post: ${p.kind}`,
      },
    }
  }
  const draft = toDraft(parsed.data)
  const date = parseMentionDate(draft.createdAt)
  if (!date.ok)
    return { payload, result: { ok: false, reason: `createdAt: ${date.reason}`, kind: date.kind } }
  return { payload, result: safeParseMention({ ...draft, createdAt: date.date }) }
}

/** A document that is none of the shapes a format knows, as one rejection that says which shapes. */
export const unknownDocument = (network: string, shapes: string, document: unknown): MappedPost => ({
  // the whole document when it is a line, its first megabyte when a whole file was given the wrong --format
  payload: (JSON.stringify(document) ?? String(document)).slice(0, 1_000_000),
  result: {
    ok: false,
    reason: `not a ${network} export: expected ${shapes}`,
    kind: `not a ${network} export`,
  },
})

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Counts are whole and never negative in a mention (a Reddit score can be). */
export const count = (n: number | null | undefined): number | undefined =>
  n === undefined || n === null || !Number.isFinite(n) ? undefined : Math.max(0, Math.round(n))
