import { createHash } from 'node:crypto'
import { type Mention, safeParseMention } from '../../core/index.ts'
import { MENTION_FIELDS, type MentionField } from './field-map.ts'

export type RowResult = { ok: true; mention: Mention } | { ok: false; reason: string }

export interface RowContext {
  /** the row's content, hashed into the id when no id is given */
  content: string
  defaultSource: string
}

const WHOLE_NUMBER_FIELDS = new Set<MentionField>([
  'author.followers',
  'metrics.likes',
  'metrics.reposts',
  'metrics.replies',
])
const ID_FIELDS = new Set<MentionField>(['id', 'author.id', 'repostOf', 'replyTo'])
const TRUE_WORDS = new Set(['true', '1', 'yes', 'oui', 'y'])
const FALSE_WORDS = new Set(['false', '0', 'no', 'non', 'n'])

/** 16 hex digits of SHA-256: identical rows get the same id, so a re-import does not duplicate them. */
export const hashRow = (content: string): string =>
  createHash('sha256').update(content).digest('hex').slice(0, 16)

type Coerced = { value: unknown } | { problem: string }

/** A number (or digits) is a Unix time: seconds below 1e11 (year 5138), milliseconds above. */
const toDate = (value: string | number): Coerced => {
  const text = String(value).trim()
  const date = /^\d+$/.test(text)
    ? new Date(Number(text) < 1e11 ? Number(text) * 1000 : Number(text))
    : new Date(text)
  return Number.isNaN(date.getTime()) ? { problem: 'invalid date' } : { value: date.toISOString() }
}

/** Text cells (CSV) become the types the mention format wants; typed JSON values pass through. */
const coerce = (field: MentionField, value: unknown): Coerced => {
  if (typeof value === 'number' && ID_FIELDS.has(field)) return { value: String(value) }
  if (field === 'createdAt' && (typeof value === 'string' || typeof value === 'number')) return toDate(value)
  if (typeof value !== 'string') return { value }
  const text = value.trim()
  if (WHOLE_NUMBER_FIELDS.has(field)) {
    const digits = text.replace(/[\s_\u00a0\u202f]/g, '')
    return /^\d+$/.test(digits)
      ? { value: Number(digits) }
      : { problem: `expected a whole number, got "${text}"` }
  }
  if (field === 'author.verified') {
    const word = text.toLowerCase()
    if (TRUE_WORDS.has(word)) return { value: true }
    if (FALSE_WORDS.has(word)) return { value: false }
    return { problem: `expected true or false, got "${text}"` }
  }
  return { value: field === 'text' || field === 'title' ? value : text }
}

const isAbsent = (field: MentionField, value: unknown) =>
  value === undefined || value === null || (value === '' && field !== 'text' && field !== 'title')

const setPath = (target: Record<string, unknown>, field: MentionField, value: unknown) => {
  const [head, leaf] = field.split('.') as [string, string | undefined]
  if (leaf === undefined) {
    target[head] = value
    return
  }
  const inner = (target[head] ?? {}) as Record<string, unknown>
  inner[leaf] = value
  target[head] = inner
}

/**
 * Builds a mention from one row; `read` returns a field's raw value (already mapped to its column).
 * Defaults: `source` from the context, `id` a hash of the row, `author.id` the handle.
 */
export const rowToMention = (read: (field: MentionField) => unknown, context: RowContext): RowResult => {
  const draft: Record<string, unknown> = {}
  const problems: string[] = []
  for (const field of MENTION_FIELDS) {
    const raw = read(field)
    if (isAbsent(field, raw)) continue
    const coerced = coerce(field, raw)
    if ('problem' in coerced) problems.push(`${field}: ${coerced.problem}`)
    else setPath(draft, field, coerced.value)
  }
  if (problems.length > 0) return { ok: false, reason: problems.join('; ') }
  draft.source ??= context.defaultSource
  draft.id ??= hashRow(context.content)
  const author = draft.author as Record<string, unknown> | undefined
  if (author && author.id === undefined && author.handle !== undefined) author.id = author.handle
  return safeParseMention(draft)
}
