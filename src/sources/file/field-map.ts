import { AppError } from '../../core/index.ts'

/** The mention fields an import can fill, in dotted form (see docs/mention-format.md). */
export const MENTION_FIELDS = [
  'id',
  'source',
  'url',
  'createdAt',
  'text',
  'title',
  'lang',
  'author.id',
  'author.handle',
  'author.name',
  'author.followers',
  'author.verified',
  'metrics.likes',
  'metrics.reposts',
  'metrics.replies',
  'repostOf',
  'replyTo',
] as const
export type MentionField = (typeof MENTION_FIELDS)[number]

/** Mention field → where to read it: a CSV column name, or a dotted path in a JSONL object. */
export type FieldMap = Partial<Record<MentionField, string>>

const isMentionField = (name: string): name is MentionField =>
  (MENTION_FIELDS as readonly string[]).includes(name)

/** Checks a map given in code; throws an `invalid` AppError naming every unknown target field. */
export const checkFieldMap = (map: Record<string, string>): FieldMap => {
  const unknown = Object.keys(map).filter((field) => !isMentionField(field))
  if (unknown.length > 0) {
    throw new AppError(
      'invalid',
      `unknown mention field${unknown.length > 1 ? 's' : ''} in the map: ${unknown.join(', ')} ` +
        `(known: ${MENTION_FIELDS.join(', ')})`,
    )
  }
  const empty = Object.entries(map).filter(([, column]) => column.trim() === '')
  if (empty.length > 0) {
    throw new AppError('invalid', `no column given for: ${empty.map(([field]) => field).join(', ')}`)
  }
  return map as FieldMap
}

/**
 * Parses a `--map` string: `text=tweet_text,createdAt=tweet_created,author.handle=name`.
 * Column names are trimmed; a column containing `,` or `=` cannot be named this way.
 */
export const parseFieldMap = (spec: string): FieldMap => {
  const map: Record<string, string> = {}
  for (const pair of spec.split(',')) {
    if (pair.trim() === '') continue
    const eq = pair.indexOf('=')
    if (eq < 0) throw new AppError('invalid', `"${pair.trim()}" in the map is not field=column`)
    const field = pair.slice(0, eq).trim()
    if (field in map) throw new AppError('invalid', `${field} is mapped twice`)
    map[field] = pair.slice(eq + 1).trim()
  }
  if (Object.keys(map).length === 0) throw new AppError('invalid', 'the map is empty')
  return checkFieldMap(map)
}
