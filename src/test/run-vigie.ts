import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../../bin/vigie.js', import.meta.url))

/** Runs the CLI as a user would (tests only), in `cwd` when given. */
export const vigie = (
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string } = {},
) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: options.cwd,
    input: options.input,
    env: { ...process.env, VIGIE_LOG_LEVEL: 'warn', ...options.env },
  })

export const tmp = () => mkdtempSync(join(tmpdir(), 'vigie-cli-'))

/** A long-running CLI process (`vigie worker`), tests only: what it wrote on stderr, and how it ended. */
export const startVigie = (args: string[], options: { env?: Record<string, string> } = {}) => {
  const child = spawn(process.execPath, [bin, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, VIGIE_LOG_LEVEL: 'warn', ...options.env },
  })
  let output = ''
  const gather = (chunk: Buffer) => {
    output += chunk.toString('utf8')
  }
  child.stdout.on('data', gather)
  child.stderr.on('data', gather)
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  return { child, exited, output: () => output }
}
