import type { Rejection } from '../sources/index.ts'

/** Rejections alike (same kind), counted, with the first few positions as examples. */
export interface RejectionKind {
  count: number
  /** up to `EXAMPLES` lines (files) or items (JSON documents), in reading order */
  lines: number[]
  items: number[]
}

const EXAMPLES = 3

/** Counts a rejection under its kind (`rejection.kind`, or its reason when it has none). */
export const countRejection = (kinds: Record<string, RejectionKind>, rejection: Rejection) => {
  const key = rejection.kind ?? rejection.reason
  const kind = kinds[key] ?? { count: 0, lines: [], items: [] }
  kinds[key] = kind
  kind.count++
  if (kind.lines.length + kind.items.length >= EXAMPLES) return
  if (rejection.line !== undefined) kind.lines.push(rejection.line)
  else if (rejection.item !== undefined) kind.items.push(rejection.item)
}
