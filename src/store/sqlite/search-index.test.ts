import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import Database from 'better-sqlite3'
import { Migrator } from 'kysely'
import { buildMention, buildTimeline } from '../contract/build-mention.ts'
import { createSqliteStore } from './create-sqlite-store.ts'
import { sqliteMigrations } from './migrations.ts'
import { openSqlite } from './open-sqlite.ts'
import { searchPathOf } from './search-index.ts'
import { createSearchIndexer, THREAD_AFTER_ROWS } from './search-indexer.ts'

const dir = mkdtempSync(join(tmpdir(), 'vigie-search-index-'))
after(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const tempFile = () => join(dir, `store-${files++}.db`)

const indexedUpTo = (path: string): number => {
  const raw = new Database(searchPathOf(path), { readonly: true })
  try {
    return Number((raw.prepare('select upto from indexed').get() as { upto: number }).upto)
  } finally {
    raw.close()
  }
}

/** A migrated store on `path`. */
const openStore = async (path: string) => {
  const store = createSqliteStore({ path })
  await store.migrate()
  return store
}

const found = async (store: ReturnType<typeof createSqliteStore>, text: string) =>
  (await store.listMentions({ workspaceId: 'acme', text, limit: 200 })).items.map((m) => m.id)

test('the search index is a file beside the database, named after it', () => {
  assert.equal(searchPathOf('/data/vigie.db'), '/data/vigie.search.db')
  assert.equal(searchPathOf('/data/other'), '/data/other.search.db')
  assert.equal(searchPathOf(':memory:'), ':memory:')
})

test('after a long import a background thread indexes the mentions without any search asking', async () => {
  const path = tempFile()
  const store = await openStore(path)
  const rows = THREAD_AFTER_ROWS + 700
  const mentions = buildTimeline(rows).map((m, i) => ({ ...m, text: i % 100 === 0 ? 'panne usine' : m.text }))
  for (let start = 0; start < rows; start += 500)
    await store.saveNewMentions(mentions.slice(start, start + 500))
  // polls the file: no timing is asserted, only that the index reaches the last mention
  for (let tries = 0; indexedUpTo(path) < rows && tries < 600; tries++) await sleep(50)
  assert.equal(indexedUpTo(path), rows)
  assert.equal((await found(store, 'usine')).length, rows / 100)
  await store.close()
})

test('a search sees mentions stored just before it, before any indexing ran', async () => {
  const path = tempFile()
  const store = await openStore(path)
  await store.saveMentions([buildMention({ id: 'a', text: 'Grève à la centrale de Numéricable' })])
  assert.equal(indexedUpTo(path), 0)
  assert.deepEqual(await found(store, 'numericable greve'), ['a'])
  assert.equal(indexedUpTo(path), 1)
  await store.close()
})

test('after a purge, new mentions that reuse the freed row numbers are indexed, and the old texts are gone', async () => {
  const store = await openStore(tempFile())
  await store.saveMentions([
    buildMention({ id: 'keep', workspaceId: 'other', text: 'rien à signaler' }),
    buildMention({ id: 'old', text: 'ancienne panne' }),
  ])
  assert.deepEqual(await found(store, 'panne'), ['old'])
  await store.purgeWorkspace('acme')
  // SQLite gives the next row the freed number: it must not count as already indexed
  await store.saveMentions([buildMention({ id: 'new', text: 'nouvelle colère' })])
  assert.deepEqual(await found(store, 'panne'), [])
  assert.deepEqual(await found(store, 'colere'), ['new'])
  await store.close()
})

test('a database from before the index had its own file is searchable after the upgrade', async () => {
  const path = tempFile()
  const old = openSqlite(path)
  const { error } = await new Migrator({ db: old, provider: sqliteMigrations }).migrateTo('0002_corrections')
  assert.equal(error, undefined)
  await old.destroy()
  const before = createSqliteStore({ path })
  // written as an older version did, through its triggers, before the upgrade drops them
  const raw = new Database(path)
  raw
    .prepare(
      `insert into mentions (workspace_id, id, created_at, owned, source, text, author_id, author_handle, lang,
        sentiment_label, cause, queries, sentiment_score, sentiment_confidence, anger, fear, sadness, joy,
        surprise, disgust) values ('acme', 'legacy', 0, 0, 'test', 'vieille usine', 'a', 'a', 'fr', 'neutral',
        'none', '[]', 0, 0, 0, 0, 0, 0, 0, 0)`,
    )
    .run()
  raw.close()
  await before.migrate()
  assert.deepEqual(await found(before, 'usine'), ['legacy'])
  const check = new Database(path, { readonly: true })
  const leftovers = check
    .prepare(
      `select name from sqlite_master where type in ('trigger', 'table') and name like 'mentions_fts%'`,
    )
    .all()
  check.close()
  assert.deepEqual(leftovers, [])
  await before.close()
})

test('a lost search file is rebuilt from the mentions at the next search', async () => {
  const path = tempFile()
  const first = await openStore(path)
  await first.saveMentions([buildMention({ id: 'a', text: 'rappel de produit' })])
  assert.deepEqual(await found(first, 'rappel'), ['a'])
  await first.close()
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${searchPathOf(path)}${suffix}`, { force: true })
  const reopened = await openStore(path)
  assert.deepEqual(await found(reopened, 'rappel'), ['a'])
  await reopened.close()
})

test('an indexer thread that cannot open the store reports it once and is not restarted', async () => {
  const errors: string[] = []
  const missing = join(dir, 'no-such-folder', 'vigie.db')
  const indexer = createSearchIndexer(missing, searchPathOf(missing), (message) => errors.push(message))
  indexer.saved(THREAD_AFTER_ROWS)
  for (let tries = 0; errors.length === 0 && tries < 600; tries++) await sleep(50)
  indexer.saved(500)
  // a restarted thread would fail the same way: give it the time a first one took to report, and more
  for (let tries = 0; errors.length === 1 && tries < 40; tries++) await sleep(50)
  assert.equal(errors.length, 1)
  assert.match(errors[0] ?? '', /unable to open database|directory does not exist/i)
  await indexer.close()
})
