import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const WEB = join(ROOT, 'src', 'web')
const CACHE = join(ROOT, 'node_modules', '.cache', 'vigie-dashboard')

const sourcesOf = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourcesOf(path)
    return name.endsWith('.test.ts') ? [] : [path]
  })

/** A digest of the dashboard's sources and the locked dependencies: a new one means a new build. */
const digestOfSources = () => {
  const hash = createHash('sha256')
  for (const path of [...sourcesOf(WEB).sort(), join(ROOT, 'package-lock.json')])
    hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path)).update('\0')
  return hash.digest('hex').slice(0, 16)
}

const runVite = (outDir: string) =>
  new Promise<void>((resolve, reject) => {
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
    const args = [vite, 'build', '--config', join(WEB, 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir']
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
    let errors = ''
    child.stderr.on('data', (chunk) => {
      errors += String(chunk)
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build failed (${code}): ${errors}`)),
    )
  })

/**
 * The dashboard built from the sources as they are now, for browser tests: built once per change of the
 * sources into node_modules/.cache (a clean clone, or dist/web older than an edit, never gets stale files).
 * Test files running at once each build into their own folder and keep the first one renamed in place.
 */
export const builtDashboard = async (): Promise<string> => {
  const dir = join(CACHE, digestOfSources())
  if (existsSync(join(dir, 'index.html'))) return dir
  const building = `${dir}.${process.pid}`
  await runVite(building)
  try {
    renameSync(building, dir)
  } catch {
    rmSync(building, { recursive: true, force: true }) // another test file got there first
  }
  return dir
}
