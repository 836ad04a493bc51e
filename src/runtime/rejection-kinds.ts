import type { RejectionGroup } from '../core/index.ts'
import type { Rejection } from '../sources/index.ts'

/** Rejections alike (same kind), counted, with the first few positions as examples. */
export interface RejectionKind {
  count: number
  /** up to `EXAMPLES` lines (files) or items (JSON documents), in reading order */
  lines: number[]
  items: number[]
}

/** example positions kept per kind of rejection */
export const EXAMPLES = 3

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

/**
 * Rejections counted by kind as they come (`countRejection`), the first of each kind kept as its example:
 * `groups()` is what `groupRejections` makes of them.
 */
export const createRejectionTally = () => {
  const kinds: Record<string, RejectionKind> = {}
  const firsts: Rejection[] = []
  return {
    add(rejection: Rejection) {
      if (!((rejection.kind ?? rejection.reason) in kinds)) firsts.push(rejection)
      countRejection(kinds, rejection)
    },
    groups: (): RejectionGroup[] => groupRejections(kinds, firsts),
  }
}
