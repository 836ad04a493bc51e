/**
 * The body of the search indexer thread: its own connection to the store, with the search file attached,
 * catches the full-text index up whenever the store says it wrote mentions, and closes on request.
 */
import { parentPort, workerData } from 'node:worker_threads'
import Database, { type Statement } from 'better-sqlite3'
import { registerFoldLigatures } from '../ligatures.ts'
import { catchUp, type RunSql, SEARCH_SCHEMA } from './search-index.ts'

const port = parentPort
if (!port) throw new Error('search-indexer-thread.ts runs only as a worker thread')
const { path, searchPath } = workerData as { path: string; searchPath: string }

const db = new Database(path)
db.pragma('busy_timeout = 5000')
registerFoldLigatures(db)
db.prepare('attach database ? as search').run(searchPath)
for (const statement of SEARCH_SCHEMA) db.exec(statement)

// the same few statements at every pass: prepared once
const statements = new Map<string, Statement>()
const run: RunSql = async (sqlText, parameters) => {
  let statement = statements.get(sqlText)
  if (!statement) {
    statement = db.prepare(sqlText)
    statements.set(sqlText, statement)
  }
  if (statement.reader) return statement.all(...parameters) as Record<string, unknown>[]
  statement.run(...parameters)
  return []
}

const inTransaction = async (step: (run: RunSql) => Promise<number>): Promise<number> => {
  db.exec('begin')
  try {
    const behind = await step(run)
    db.exec('commit')
    return behind
  } catch (error) {
    if (db.inTransaction) db.exec('rollback')
    throw error
  }
}

port.on('message', async (message: 'catch-up' | 'close') => {
  if (message === 'close') {
    db.close()
    port.postMessage({ closed: true })
    return
  }
  try {
    await catchUp(run, inTransaction)
    // The store's write-ahead log is copied back into its file here, after each pass, rather than inside
    // the commit of the import that fills it (SQLite's autocheckpoint): that copy and its sync of the disk
    // then leave the writing thread. Passive: never waits for the writer, never blocks it.
    db.pragma('main.wal_checkpoint(PASSIVE)')
    port.postMessage({ indexed: true })
  } catch (error) {
    // a search catches up on its own connection: a failed step here only delays the index
    port.postMessage({ error: error instanceof Error ? error.message : String(error) })
  }
})
