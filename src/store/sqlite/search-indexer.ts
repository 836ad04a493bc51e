import type { Worker } from 'node:worker_threads'
import { startTypeScriptWorker } from '../../core/index.ts'

/** Mentions saved since the store opened before the indexer thread starts: short imports never pay for it. */
export const THREAD_AFTER_ROWS = 10_000

/** Keeps the full-text index of a store file close behind its writes, on a thread of its own. */
export interface SearchIndexer {
  /** The store saved `rows` new mentions (committed). */
  saved(rows: number): void
  /** Waits for the thread to finish what it was doing and stops it. */
  close(): Promise<void>
}

/**
 * Starts the thread once `THREAD_AFTER_ROWS` mentions were saved, then asks it to catch up after every
 * save (a request made while it works is answered by its next pass). Nothing is lost if it stops or fails:
 * the index is only ever behind, and a search catches up first.
 */
export const createSearchIndexer = (
  path: string,
  searchPath: string,
  onError: (message: string) => void,
): SearchIndexer => {
  let savedRows = 0
  let worker: Worker | undefined
  let busy = false
  let again = false
  let failed = false
  let closing = false
  const request = (w: Worker) => {
    if (busy) {
      again = true
      return
    }
    busy = true
    w.ref()
    w.postMessage('catch-up')
  }
  const start = (): Worker => {
    const w = startTypeScriptWorker(new URL('./search-indexer-thread.ts', import.meta.url), {
      path,
      searchPath,
    })
    w.unref()
    w.on('message', (message: { indexed?: true; closed?: true; error?: string }) => {
      if (message.closed) return void w.terminate()
      if (message.error) onError(message.error)
      busy = false
      if (closing) return
      if (again) {
        again = false
        request(w)
      } else w.unref()
    })
    w.on('error', (error) => {
      // the thread is not started again: searches keep the index caught up on their own
      failed = true
      onError(error.message)
    })
    w.on('exit', () => {
      if (worker === w) worker = undefined
      busy = false
    })
    return w
  }
  return {
    saved(rows) {
      savedRows += rows
      if (rows === 0 || savedRows < THREAD_AFTER_ROWS || failed) return
      worker ??= start()
      request(worker)
    },
    async close() {
      const w = worker
      worker = undefined
      if (!w) return
      closing = true
      const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()))
      w.ref()
      // messages are handled in order: the catch-up under way, then the close, after which it is stopped
      w.postMessage('close')
      await exited
    },
  }
}
