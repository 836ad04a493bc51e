/**
 * `npm run eval [-- --shared DIR] [name...]`: runs every `eval/*.eval.ts` against the shared data folder
 * (default ../shared) and prints one table per section. A missing data folder is reported, not fatal.
 */
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EvalSection } from './section.ts'

const here = dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const sharedAt = args.indexOf('--shared')
const shared = resolve(sharedAt >= 0 ? args[sharedAt + 1]! : join(here, '..', '..', 'shared'))
const filters = args.filter((_, i) => sharedAt < 0 || (i !== sharedAt && i !== sharedAt + 1))

if (!existsSync(join(shared, 'data'))) {
  console.error(
    `The shared data folder is missing: ${join(shared, 'data')} (pass --shared DIR). Nothing to evaluate.`,
  )
  process.exit(2)
}
const fmt = (v: string | number) =>
  typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v
const print = (s: EvalSection) => {
  const cells = s.rows.map((r) => r.map(fmt))
  const widths = s.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  console.log(`\n## ${s.title}\n${line(s.columns)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`)
  for (const r of cells) console.log(line(r))
  for (const n of s.notes ?? []) console.log(`  note: ${n}`)
}

let failures = 0
const files = readdirSync(here)
  .filter((f) => f.endsWith('.eval.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort()
for (const file of files) {
  try {
    const mod = (await import(join(here, file))) as {
      default: (dir: string) => Promise<EvalSection | EvalSection[]>
    }
    const out = await mod.default(shared)
    for (const s of Array.isArray(out) ? out : [out]) print(s)
  } catch (error) {
    failures++
    console.error(`\n## ${file}: could not run — ${error instanceof Error ? error.message : String(error)}`)
  }
}
process.exit(failures > 0 ? 1 : 0)
