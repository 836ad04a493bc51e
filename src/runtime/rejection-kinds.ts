import type { RejectionGroup } from '../core/index.ts'
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

const positionOf = (r: Rejection) => (r.line ? `line ${r.line}: ` : r.item ? `item ${r.item}: ` : '')
const PAYLOAD_CHARS = 300

/** The kinds counted by `countRejection`, most frequent first, each with its first example. */
export const groupRejections = (
  kinds: Record<string, RejectionKind>,
  kept: readonly Rejection[],
): RejectionGroup[] =>
  Object.entries(kinds)
    .sort(([, a], [, b]) => b.count - a.count)
    .map(([reason, kind]) => {
      const first = kept.find((r) => (r.kind ?? r.reason) === reason)
      const payload = first?.payload ?? ''
      return {
        reason,
        count: kind.count,
        lines: kind.lines,
        items: kind.items,
        example: first ? `${positionOf(first)}${first.reason}` : reason,
        examplePayload: payload.length > PAYLOAD_CHARS ? `${payload.slice(0, PAYLOAD_CHARS)}…` : payload,
      }
    })
