import type { IngestSummary } from '../runtime/index.ts'
import type { Rejection } from '../sources/index.ts'

const count = (n: number) => n.toLocaleString('en-US')

type Kinds = IngestSummary['rejectedKinds']

/** `(lines 4, 9, 12 …)`: where a kind of rejection was seen, `…` when there were more. */
const where = (kind: Kinds[string]) => {
  const [word, list] = kind.lines.length > 0 ? ['line', kind.lines] : ['item', kind.items]
  if (list.length === 0) return ''
  const more = kind.count > list.length ? ' …' : ''
  return ` (${word}${list.length > 1 || more ? 's' : ''} ${list.map(count).join(', ')}${more})`
}

const positionOf = (r: Rejection) => (r.line ? `line ${r.line}: ` : r.item ? `item ${r.item}: ` : '')

/**
 * Rejections grouped by kind, most frequent first, each with a few positions and, when the kind leaves out
 * the row's own values, the first full reason.
 */
export const describeRejections = (
  s: Pick<IngestSummary, 'rejectedCount' | 'rejectedKinds' | 'rejected'>,
) => {
  if (s.rejectedCount === 0) return []
  const lines = [`rejected ${count(s.rejectedCount)} row${s.rejectedCount > 1 ? 's' : ''}:`]
  const kinds = Object.entries(s.rejectedKinds).sort(([, a], [, b]) => b.count - a.count)
  for (const [kind, seen] of kinds) {
    lines.push(`  ${count(seen.count)} × ${kind}${where(seen)}`)
    const example = s.rejected.find((r) => (r.kind ?? r.reason) === kind)
    if (example && example.reason !== kind) lines.push(`      e.g. ${positionOf(example)}${example.reason}`)
  }
  return lines
}

/** What happened to every row, on stderr (stdout stays free for data); every rejection is a dead letter. */
export const printSummary = (s: IngestSummary) => {
  const lines = [
    `read ${count(s.read)} rows: ${count(s.stored)} stored, ${count(s.duplicates)} already stored, ${count(s.rejectedCount)} rejected`,
    ...Object.entries(s.skipped).map(([reason, n]) => `  skipped ${count(n)}: ${reason}`),
    ...describeRejections(s),
  ]
  if (s.rejectedCount > 0) lines.push('  (every rejected row is kept with its reason as a dead letter)')
  if (s.alerts > 0) lines.push(`${count(s.alerts)} alerts raised`)
  process.stderr.write(`${lines.join('\n')}\n`)
}
