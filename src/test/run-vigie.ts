import { spawnSync } from 'node:child_process'
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
