import type { IngestSummary } from '../runtime/index.ts'

/** What happened to every row, on stderr (stdout stays free for data). */
export const printSummary = (s: IngestSummary) => {
  const lines = [
    `read ${s.read} rows: ${s.stored} stored, ${s.duplicates} already stored, ${s.rejectedCount} rejected`,
    ...Object.entries(s.skipped).map(([reason, n]) => `  skipped ${n}: ${reason}`),
    ...s.rejected.slice(0, 20).map((r) => `  rejected ${r.line ? `line ${r.line}` : ''}: ${r.reason}`),
  ]
  if (s.rejectedCount > 20)
    lines.push(`  … and ${s.rejectedCount - 20} more rejected rows (see the dead letters)`)
  if (s.alerts > 0) lines.push(`${s.alerts} alerts raised`)
  process.stderr.write(`${lines.join('\n')}\n`)
}
