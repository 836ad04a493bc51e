/** Lays out rows under a header with aligned columns: numbers to the right, text to the left. */
export const formatTable = (
  columns: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string => {
  const cells = [columns, ...rows].map((row) => row.map(String))
  const widths = columns.map((_, c) => Math.max(...cells.map((row) => row[c]?.length ?? 0)))
  const numeric = columns.map((_, c) => rows.length > 0 && rows.every((row) => typeof row[c] === 'number'))
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd()
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  )
}
