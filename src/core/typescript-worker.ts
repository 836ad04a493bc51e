import { Worker } from 'node:worker_threads'

/**
 * A worker thread whose entry is a TypeScript module. The worker registers tsx itself (the process may run
 * through tsx's API, whose hooks a worker does not inherit), so it starts with no inherited flags.
 */
export const startTypeScriptWorker = (entry: URL, workerData?: unknown): Worker => {
  const tsx = import.meta.resolve('tsx/esm/api')
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(boot, { eval: true, execArgv: [], workerData })
}
