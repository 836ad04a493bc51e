import { FOLD_LIGATURES_SQL } from '../ligatures.ts'

/**
 * The full-text index of the SQLite store lives in its own file beside the database (`vigie.search.db` next
 * to `vigie.db`), attached to every connection as `search`. Mentions are written without it; the index
 * catches up afterwards, in bulk: on a long import a background thread does it while ingest goes on (its
 * write lock is the search file's, so it never holds up the mentions' writes), and a search always
 * catches up first, so it sees every mention stored before it. The index is contentless (it keeps no copy
 * of the texts) and keyed by the mention's `seq`.
 */

/** `data/vigie.db` → `data/vigie.search.db`; an in-memory database gets an in-memory index. */
export const searchPathOf = (path: string): string =>
  path === ':memory:' || path === '' ? ':memory:' : `${path.replace(/\.db$/u, '')}.search.db`

/**
 * What the index holds, as a number: an index of an older format is emptied and built again by the next
 * catch-up (the first search, or the indexer thread). 1: ligatures spelled out (`écœurant` → `ecoeurant`).
 */
export const SEARCH_FORMAT = 1

/** Run on every connection once `search` is attached; idempotent. */
export const SEARCH_SCHEMA: readonly string[] = [
  'pragma search.journal_mode = wal',
  'pragma search.synchronous = normal',
  // `upto`: every mention whose seq is at most this is in the index
  'create table if not exists search.indexed (one integer primary key check (one = 1), upto integer not null)',
  'insert or ignore into search.indexed (one, upto) values (1, 0)',
  // an index without this table is of format 0 (before ligatures were folded)
  'create table if not exists search.format (one integer primary key check (one = 1), version integer not null)',
  'insert or ignore into search.format (one, version) values (1, 0)',
  // contentless_delete: a purge removes a workspace's rows by rowid alone
  `create virtual table if not exists search.mentions_fts using fts5(
    title, text, content = '', contentless_delete = 1, tokenize = "unicode61 remove_diacritics 2")`,
]

/** Mentions indexed per transaction: a large backlog is indexed in steps that each hold the lock briefly. */
const INDEX_STEP = 20_000

/** Executes one statement on a connection where the store and `search` are both attached. */
export type RunSql = (sqlText: string, parameters: readonly unknown[]) => Promise<Record<string, unknown>[]>

/**
 * One step of catching up, to run inside a transaction: indexes up to `INDEX_STEP` mentions not yet in the
 * index. Returns how many mentions are still behind (0 when caught up). Whoever runs it first takes the
 * search file's write lock, so two indexers (the thread, a search on the main connection, another process)
 * never index the same mentions twice. If mentions at the end were deleted and their `seq` may be reused,
 * their index rows go too.
 */
export const catchUpStep = async (run: RunSql): Promise<number> => {
  // the write lock first: a read before it would pin a snapshot that another indexer's commit could make stale
  await run('update search.indexed set upto = upto', [])
  const { upto, last, format } = await indexState(run)
  if (format !== SEARCH_FORMAT) {
    await run("insert into search.mentions_fts (mentions_fts) values ('delete-all')", [])
    await run('update search.indexed set upto = 0', [])
    await run('update search.format set version = ?', [SEARCH_FORMAT])
    return last
  }
  if (last < upto) {
    await run('delete from search.mentions_fts where rowid > ?', [last])
    await run('update search.indexed set upto = ?', [last])
    return 0
  }
  if (last === upto) return 0
  const to = Math.min(last, upto + INDEX_STEP)
  await run(
    `insert into search.mentions_fts (rowid, title, text)
      select seq, ${FOLD_LIGATURES_SQL}(title), ${FOLD_LIGATURES_SQL}(text) from main.mentions where seq > ? and seq <= ?`,
    [upto, to],
  )
  await run('update search.indexed set upto = ?', [to])
  return last - to
}

/**
 * Indexes every mention not yet in the index, a step per transaction (`inTransaction` runs a step in one on
 * the caller's connection). An index already caught up costs one read and writes nothing.
 */
export const catchUp = async (
  run: RunSql,
  inTransaction: (step: (run: RunSql) => Promise<number>) => Promise<number>,
): Promise<void> => {
  const { upto, last, format } = await indexState(run)
  if (upto === last && format === SEARCH_FORMAT) return
  while ((await inTransaction(catchUpStep)) > 0) {}
}

/** How far the index goes, its format and the last mention's seq. */
const indexState = async (run: RunSql): Promise<{ upto: number; last: number; format: number }> => {
  const [row] = await run(
    `select upto, (select version from search.format) as format,
      (select coalesce(max(seq), 0) from main.mentions) as last from search.indexed`,
    [],
  )
  return { upto: Number(row?.upto ?? 0), last: Number(row?.last ?? 0), format: Number(row?.format ?? 0) }
}

/** Removes a workspace's mentions from the index; run in the transaction that deletes them, before. */
export const UNINDEX_WORKSPACE =
  'delete from search.mentions_fts where rowid in (select seq from main.mentions where workspace_id = ?)'

/**
 * Run in the same transaction, after the delete: SQLite gives the next mention max(seq) + 1, so when the
 * last mentions went, their seqs come back and must not count as indexed.
 */
export const REWIND_INDEX =
  'update search.indexed set upto = min(upto, (select coalesce(max(seq), 0) from main.mentions))'
