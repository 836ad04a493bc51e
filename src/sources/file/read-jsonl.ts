import type { MentionField } from './field-map.ts'
import type { ReadContext } from './read-context.ts'
import { readLines } from './read-lines.ts'
import { rowToMention } from './row-to-mention.ts'
import type { Positioned } from './with-checkpoints.ts'

const readPath = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
      value,
    )

/** One JSON object per line in the mention format (fields read through the map's dotted paths). */
export async function* readJsonl(c: ReadContext): AsyncGenerator<Positioned> {
  for await (const { line, text, end } of readLines(c.path, c.from, c.scan)) {
    if (text.trim() === '') continue
    const at = { line, payload: text, done: end }
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      const reason = `invalid JSON (${error instanceof Error ? error.message : String(error)})`
      yield { ...at, result: { ok: false, reason, kind: 'invalid JSON' } }
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { ...at, result: { ok: false, reason: 'expected a JSON object', kind: 'expected a JSON object' } }
      continue
    }
    const read = (field: MentionField) => readPath(value, c.map[field] ?? field)
    yield { ...at, result: rowToMention(read, c.row) }
  }
}
