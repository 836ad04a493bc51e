import type { Command } from 'commander'
import type { Config } from '../config/index.ts'
import { type Clock, systemClock } from '../core/index.ts'
import type { Store } from '../store/index.ts'
import { configFrom } from './context.ts'

/** Opens the data folder's store (migrated), runs `body`, closes it whatever happens: commands that only read or write records. */
export const withStore = async <T>(
  cmd: Command,
  body: (rt: { store: Store; clock: Clock; config: Config }) => Promise<T>,
): Promise<T> => {
  const { createLogger, openStore } = await import('../runtime/index.ts')
  const config = configFrom(cmd)
  const { store } = await openStore(config, createLogger(config.log.level))
  try {
    return await body({ store, clock: systemClock, config })
  } finally {
    await store.close()
  }
}
