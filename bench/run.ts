/**
 * `npm run bench [-- name...]`: runs every `bench/*.bench.ts` (or those whose name contains an argument)
 * and prints one table: figure, unit, baseline measured in the same run, and the ratio.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchRow } from './row.ts'

const here = dirname(fileURLToPath(import.meta.url))
const filters = process.argv.slice(2)
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort()

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2))
const rows: { file: string; row: BenchRow }[] = []
for (const file of files) {
  process.stdout.write(`running ${file}…\n`)
  const mod = (await import(join(here, file))) as { default: () => Promise<BenchRow[]> }
  for (const row of await mod.default()) rows.push({ file, row })
}
const table = rows.map(({ file, row }) => [
  file.replace('.bench.ts', ''),
  row.name,
  `${fmt(row.value)} ${row.unit}`,
  row.baseline ? `${fmt(row.baseline.value)} (${row.baseline.name})` : '',
  row.baseline && row.baseline.value > 0 ? `${(row.value / row.baseline.value).toFixed(1)}×` : '',
])
const header = ['bench', 'figure', 'value', 'baseline (same run)', 'ratio']
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)))
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`)
for (const r of table) console.log(line(r))
