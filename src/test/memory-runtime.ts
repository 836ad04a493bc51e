import { loadConfig } from '../config/index.ts'
import { createRuntime, type Runtime } from '../runtime/index.ts'

/**
 * A runtime for tests: the store in memory, no log, analysis in the calling thread, the in-process bus (its
 * `publish` resolves once the subscribers handled the message). `overrides` sets more settings by path
 * (`'network.allowHosts': ['127.0.0.1']`).
 */
export const createMemoryRuntime = (overrides: Record<string, unknown> = {}): Promise<Runtime> =>
  createRuntime(
    loadConfig({
      env: {},
      overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent', 'analysis.workers': 0, ...overrides },
    }),
  )
