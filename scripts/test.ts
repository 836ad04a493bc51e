/**
 * `npm test`: type-check, lint and format check, the import rules, then every `*.test.ts` under src/,
 * bench/, eval/ and scripts/ with node's test runner. Ends with `N passed, N failed`.
 * Pass file paths or a folder to run only those tests (checks are skipped then): `npm test -- src/store`.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const roots = ['src', 'bench', 'eval', 'scripts']
const findTests = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules' || name === 'fixtures') return []
    if (statSync(path).isDirectory()) return findTests(path)
    return name.endsWith('.test.ts') ? [path] : []
  })

const args = process.argv.slice(2)
const selected = args.length > 0
const files = (selected ? args : roots)
  .flatMap((p) => (statSync(p).isDirectory() ? findTests(p) : [p]))
  .sort()

const run = (label: string, cmd: string, cmdArgs: string[]) => {
  console.log(`\n▶ ${label}`)
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' })
  return r.status === 0
}

let checksPassed = 0
let checksFailed = 0
if (!selected) {
  for (const [label, cmd, cmdArgs] of [
    ['type-check (tsc)', 'npx', ['tsc', '--noEmit', '-p', '.']],
    ['type-check generator B (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'eval/generator-b']],
    ['type-check the dashboard (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'src/web']],
    ['lint and format (biome)', 'npx', ['biome', 'check', '.']],
    ['import rules (dependency-cruiser)', 'npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs']],
  ] as const) {
    if (run(label, cmd, [...cmdArgs])) checksPassed++
    else checksFailed++
  }
}

const tap = join(mkdtempSync(join(tmpdir(), 'vigie-test-')), 'report.tap')
console.log(`\n▶ tests (${files.length} files)`)
spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=2',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
)
const report = readFileSync(tap, 'utf8')
const count = (key: string) => Number(report.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0)
const passed = count('pass') + checksPassed
const failed = count('fail') + count('cancelled') + checksFailed
const skipped = count('skipped')
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
