import type { Command } from 'commander'
import type { Config } from '../config/index.ts'
import { loadConfig } from '../config/index.ts'

/** Options every command accepts. */
export interface GlobalOptions {
  config?: string
  data?: string
  logLevel?: string
}

/** The config for a command: file, then VIGIE_* environment, then the command line. */
export const configFrom = (cmd: Command, extra: Record<string, unknown> = {}): Config => {
  const g = cmd.optsWithGlobals<GlobalOptions>()
  return loadConfig({
    file: g.config,
    env: process.env,
    overrides: { 'store.dataDir': g.data, 'log.level': g.logLevel, ...extra },
  })
}
