/**
 * The body of the search indexer thread: its own connection to the store, with the search file attached,
 * catches the full-text index up whenever the store says it wrote mentions, and closes on request.
 */
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { catchUpStep, indexState, SEARCH_SCHEMA } from './search-index.ts'

const port = parentPort
if (!port) throw new Error('search-indexer-thread.ts runs only as a worker thread')
const { path, searchPath } = workerData as { path: string; searchPath: string }

const db = new Database(path)
db.pragma('busy_timeout = 5000')
db.prepare('attach database ? as search').run(searchPath)
for (const statement of SEARCH_SCHEMA) db.exec(statement)

const run = async (sqlText: string, parameters: readonly unknown[]) => {
  const statement = db.prepare(sqlText)
  if (statement.reader) return statement.all(...parameters) as Record<string, unknown>[]
  statement.run(...parameters)
  return []
}

const catchUp = async () => {
  const { upto, last } = await indexState(run)
  if (upto === last) return
  for (;;) {
    db.exec('begin')
    let behind: number
    try {
      behind = await catchUpStep(run)
      db.exec('commit')
    } catch (error) {
      if (db.inTransaction) db.exec('rollback')
      throw error
    }
    if (behind === 0) return
  }
}

port.on('message', async (message: 'catch-up' | 'close') => {
  if (message === 'close') {
    db.close()
    port.postMessage({ closed: true })
    return
  }
  try {
    await catchUp()
    port.postMessage({ indexed: true })
  } catch (error) {
    // a search catches up on its own connection: a failed step here only delays the index
    port.postMessage({ error: error instanceof Error ? error.message : String(error) })
  }
})
port.postMessage({ ready: true })
