import { createHash } from 'node:crypto'
import { safeParseMention } from '../../core/index.ts'
import { type DateOptions, parseMentionDate } from '../dates/index.ts'
import type { MapResult } from '../port.ts'
import { MENTION_FIELDS, type MentionField } from './field-map.ts'

export interface RowContext extends DateOptions {
  defaultSource: string
}

const WHOLE_NUMBER_FIELDS = new Set<MentionField>([
  'author.followers',
  'metrics.likes',
  'metrics.reposts',
  'metrics.replies',
])
const ID_FIELDS = new Set<MentionField>(['id', 'author.id', 'repostOf', 'replyTo'])
const REQUIRED_FIELDS: readonly MentionField[] = ['createdAt', 'text']
const TRUE_WORDS = new Set(['true', '1', 'yes', 'oui', 'y'])
const FALSE_WORDS = new Set(['false', '0', 'no', 'non', 'n'])

/**
 * The id of a post that has none: 16 hex digits of the SHA-256 of its source, instant and text. The same
 * post gets the same id on every read, whatever else changed in its row (a follower count, a column added);
 * two posts of one source with the same text at the same instant are taken for one.
 */
export const deriveMentionId = (source: string, createdAt: Date, text: string): string =>
  createHash('sha256').update(`${source}\n${createdAt.toISOString()}\n${text}`).digest('hex').slice(0, 16)

type Coerced = { value: unknown } | { problem: string; kind: string }

const problem = (detail: string, kind = detail): Coerced => ({ problem: detail, kind })

/** Text cells (CSV) become the types the mention format wants; typed JSON values pass through. */
const coerce = (field: MentionField, value: unknown, context: RowContext): Coerced => {
  if (typeof value === 'number' && ID_FIELDS.has(field)) return { value: String(value) }
  if (field === 'createdAt') {
    const date = parseMentionDate(value, context)
    return date.ok ? { value: date.date } : problem(date.reason, date.kind.replace(/^createdAt: /, ''))
  }
  if (typeof value !== 'string') return { value }
  const text = value.trim()
  if (WHOLE_NUMBER_FIELDS.has(field)) {
    const digits = text.replace(/[\s_\u00a0\u202f]/g, '')
    return /^\d+$/.test(digits)
      ? { value: Number(digits) }
      : problem(`expected a whole number, got "${text}"`, 'expected a whole number')
  }
  if (field === 'author.verified') {
    const word = text.toLowerCase()
    if (TRUE_WORDS.has(word)) return { value: true }
    if (FALSE_WORDS.has(word)) return { value: false }
    return problem(`expected true or false, got "${text}"`, 'expected true or false')
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
 * Builds a mention from one row; `read` returns a field's raw value (already mapped to its column). Only
 * `text` and `createdAt` are required. Defaults: `source` from the context, `id` derived from source,
 * instant and text (`deriveMentionId`); the author's id and handle stand for each other, and a row without
 * either gets the unknown author (see core's `Mention`).
 */
export const rowToMention = (read: (field: MentionField) => unknown, context: RowContext): MapResult => {
  const draft: Record<string, unknown> = {}
  const problems: { reason: string; kind: string }[] = []
  for (const field of MENTION_FIELDS) {
    const raw = read(field)
    if (isAbsent(field, raw)) {
      if (REQUIRED_FIELDS.includes(field))
        problems.push({ reason: `${field}: missing`, kind: `${field}: missing` })
      continue
    }
    const coerced = coerce(field, raw, context)
    if ('problem' in coerced)
      problems.push({ reason: `${field}: ${coerced.problem}`, kind: `${field}: ${coerced.kind}` })
    else setPath(draft, field, coerced.value)
  }
  if (problems.length > 0)
    return {
      ok: false,
      reason: problems.map((p) => p.reason).join('; '),
      kind: problems.map((p) => p.kind).join('; '),
    }
  draft.source ??= context.defaultSource
  if (typeof draft.text === 'string' && draft.createdAt instanceof Date)
    draft.id ??= deriveMentionId(String(draft.source), draft.createdAt, draft.text)
  return safeParseMention(draft)
}
