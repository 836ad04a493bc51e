import { existsSync, rmSync } from 'node:fs'
import type { Config } from '../config/index.ts'
import { checkDataFolder } from './check-output.ts'

/**
 * Remembers whether the data folder existed before the command, so a command that fails before doing any
 * work can remove the folder it created (and nothing else).
 */
export const watchDataFolder = (config: Config) => {
  const dir =
    config.store.kind === 'sqlite' && config.store.dataDir !== ':memory:' ? config.store.dataDir : undefined
  if (dir !== undefined) checkDataFolder(dir)
  const existed = dir === undefined || existsSync(dir)
  return {
    removeIfCreated() {
      if (!existed && dir !== undefined) rmSync(dir, { recursive: true, force: true })
    },
  }
}
