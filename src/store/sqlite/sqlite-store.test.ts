import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import Database from 'better-sqlite3'
import { Migrator } from 'kysely'
import { buildMention, buildTimeline, loadFixtureMentions } from '../contract/build-mention.ts'
import { chunksOf } from '../kysely/chunk-sizes.ts'
import { toMentionRow } from '../kysely/mention-row.ts'
import { storeContract } from '../store.contract.ts'
import { createSqliteStore } from './create-sqlite-store.ts'
import { sqliteMigrations } from './migrations.ts'
import { openSqlite } from './open-sqlite.ts'
import { searchPathOf } from './search-index.ts'

const dir = mkdtempSync(join(tmpdir(), 'vigie-sqlite-store-'))
after(() => rmSync(dir, { recursive: true, force: true }))
let files = 0
const tempFile = () => join(dir, `store-${files++}.db`)

/** A new database file migrated up to `migration` and closed, as an older version left it. */
const databaseAt = async (migration: string) => {
  const path = tempFile()
  const old = openSqlite(path)
  const { error } = await new Migrator({ db: old, provider: sqliteMigrations }).migrateTo(migration)
  assert.equal(error, undefined)
  await old.destroy()
  return path
}

/** A mention row written as an older version's schema holds it (`row`: its columns by name). */
const insertMention = (raw: Database.Database, row: object) =>
  raw
    .prepare(
      `insert into mentions (${Object.keys(row).join(', ')}) values (${Object.keys(row)
        .map((c) => `@${c}`)
        .join(', ')})`,
    )
    .run(row)

storeContract('sqlite in memory', async () => createSqliteStore({ path: ':memory:' }))
storeContract('sqlite file', async () => createSqliteStore({ path: tempFile() }))

test('mentions, alerts, cursors and the installation secret survive closing and reopening the file', async () => {
  const path = tempFile()
  const first = createSqliteStore({ path })
  await first.migrate()
  const mentions = loadFixtureMentions()
  await first.saveMentions([...mentions, ...buildTimeline(3, { queries: ['q'] })])
  await first.setCursor('acme', 'rss', '42')
  const secret = await first.installationSecret()
  await first.close()

  const reopened = createSqliteStore({ path })
  await reopened.migrate()
  assert.equal(await reopened.countMentions('acme'), 6)
  assert.deepEqual(await reopened.getMention('acme', mentions[0]?.id ?? ''), mentions[0])
  assert.equal(await reopened.getCursor('acme', 'rss'), '42')
  assert.equal(await reopened.installationSecret(), secret)
  assert.equal((await reopened.listMentions({ workspaceId: 'acme', text: 'numericable' })).items.length, 1)
  assert.deepEqual(await reopened.saveMentions(mentions), { inserted: 0, duplicates: 3 })
  await reopened.close()
})

test('a database file is opened in WAL mode', async () => {
  const path = tempFile()
  const store = createSqliteStore({ path })
  await store.migrate()
  await store.close()
  const raw = new Database(path, { readonly: true })
  assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal')
  raw.close()
})

test('batches of any size are cut into a few reusable statement shapes', () => {
  const sizes = (n: number) => chunksOf(Array.from({ length: n }, (_, i) => i)).map((c) => c.length)
  assert.deepEqual(sizes(1137), [500, 500, 128, 8, 1])
  assert.deepEqual(sizes(500), [500])
  assert.deepEqual(sizes(0), [])
  assert.equal(new Set(Array.from({ length: 2000 }, (_, n) => sizes(n)).flat()).size, 10)
})

test('alerts of a database from before alert numbering are kept and numbered by the upgrade', async () => {
  const path = await databaseAt('0003_search_in_own_file')
  const raw = new Database(path)
  const insert = raw.prepare(
    `insert into alerts (workspace_id, id, query_id, at, kind, severity, score, explanation, mentions, status, details)
     values ('acme', ?, 'q1', ?, 'crisis', 'alert', 70, 'why', '[]', 'acknowledged', '{}')`,
  )
  insert.run('later', 2000)
  insert.run('earlier', 1000)
  raw.close()

  const store = createSqliteStore({ path })
  await store.migrate()
  assert.deepEqual(
    (await store.listAlerts({ workspaceId: 'acme' })).map((a) => [a.id, a.status]),
    [
      ['later', 'acknowledged'],
      ['earlier', 'acknowledged'],
    ],
  )
  const { last } = await store.listAlertsStoredAfter({})
  assert.equal(last, 2)
  await store.saveAlert({ ...(await store.getAlert('acme', 'later'))!, id: 'new' })
  assert.deepEqual(
    (await store.listAlertsStoredAfter({ after: last })).items.map((a) => a.id),
    ['new'],
  )
  await store.close()
})

test('a search index built before ligatures were folded is rebuilt, so older mentions are found', async () => {
  const path = tempFile()
  const store = createSqliteStore({ path })
  await store.migrate()
  const mention = buildMention({ id: 'old', text: 'Franchement écœurant' })
  await store.saveMentions([mention])
  await store.close()
  // the search file as the previous version left it: no format table, texts indexed as they are
  const raw = new Database(searchPathOf(path))
  raw.exec("insert into mentions_fts (mentions_fts) values ('delete-all')")
  raw.prepare('insert into mentions_fts (rowid, title, text) values (1, null, ?)').run(mention.text)
  raw.exec('update indexed set upto = 1; drop table format')
  raw.close()

  const reopened = createSqliteStore({ path })
  await reopened.migrate()
  const found = await reopened.listMentions({ workspaceId: 'acme', text: 'ecoeurant' })
  assert.deepEqual(
    found.items.map((m) => m.id),
    ['old'],
  )
  assert.equal((await reopened.listMentions({ workspaceId: 'acme', text: 'franchement' })).items.length, 1)
  await reopened.close()
})

test('the upgrade to the per-query copies fills them from the mentions stored before it', async () => {
  const path = await databaseAt('0008_dashboard_indexes')
  const raw = new Database(path)
  const mention = buildMention({
    id: 'old',
    queries: ['q'],
    source: 'rss',
    emotions: { fear: 0.8 },
    author: { handle: '@Old', followers: 40 },
  })
  // the row as 0008 stored it: the dominant emotion was computed by the engine
  const { dominant_emotion: _computed, ...row } = toMentionRow(mention)
  insertMention(raw, row)
  raw.prepare("insert into mention_queries values ('acme', 'q', ?, 'old', 'neutral')").run(row.created_at)
  raw.close()

  const store = createSqliteStore({ path })
  await store.migrate()
  const filter = {
    workspaceId: 'acme',
    queryId: 'q',
    source: 'rss',
    emotion: 'fear',
    author: 'old',
    minReach: 40,
  } as const
  assert.deepEqual((await store.listMentions({ ...filter, sort: 'reach' })).items, [mention])
  const overview = await store.aggregate({
    workspaceId: 'acme',
    queryId: 'q',
    from: new Date(0),
    to: new Date(row.created_at + 1),
    bucketMs: row.created_at + 1,
  })
  assert.deepEqual(overview.buckets[0]?.emotions.fear, 1)
  assert.deepEqual(overview.topSources, [{ key: 'rss', count: 1 }])
  await store.close()
})

test('the upgrade to hourly counts fills them from the mentions stored before it', async () => {
  const path = await databaseAt('0011_notification_rules')
  const raw = new Database(path)
  const mentions = [0, 1, 2].map((i) =>
    buildMention({
      id: `old${i}`,
      at: Date.UTC(2026, 2, 2, i, 30),
      queries: ['q'],
      source: 'rss',
      sentiment: 'negative',
      emotions: { fear: 0.8 },
    }),
  )
  for (const mention of mentions) {
    const row = toMentionRow(mention)
    insertMention(raw, row)
    raw
      .prepare(`insert into mention_queries (workspace_id, query_id, created_at, mention_id, sentiment_label, source, lang, cause, owned, author_handle, dominant_emotion)
        values ('acme', 'q', ?, ?, 'negative', 'rss', 'fr', 'none', 0, 'author', 'fear')`)
      .run(row.created_at, mention.id)
  }
  raw.close()

  const store = createSqliteStore({ path })
  await store.migrate()
  for (const queryId of [undefined, 'q']) {
    const overview = await store.aggregate({
      workspaceId: 'acme',
      queryId,
      from: new Date(Date.UTC(2026, 2, 2)),
      to: new Date(Date.UTC(2026, 2, 3)),
      bucketMs: 24 * 3_600_000,
    })
    assert.deepEqual(
      [overview.buckets[0]?.total, overview.buckets[0]?.negative, overview.buckets[0]?.emotions.fear],
      [3, 3, 3],
    )
    assert.deepEqual(overview.topSources, [{ key: 'rss', count: 3 }])
  }
  await store.close()
})

test('the upgrade to authors counted per period fills them from the mentions stored before it', async () => {
  const path = await databaseAt('0020_alert_notifications')
  const raw = new Database(path)
  const handles = ['Lea', '@lea', 'bob', 'LEA']
  handles.forEach((handle, i) => {
    const row = toMentionRow(
      buildMention({ id: `old${i}`, at: Date.UTC(2026, 0, 1 + 40 * i), author: { id: handle, handle } }),
    )
    insertMention(raw, row)
    if (i < 2)
      raw
        .prepare(`insert into mention_queries (workspace_id, query_id, created_at, mention_id, sentiment_label, source, lang, cause, owned, author_handle, dominant_emotion)
          values ('acme', 'q', ?, ?, 'neutral', 'test', 'fr', 'none', 0, ?, null)`)
        .run(row.created_at, `old${i}`, handle)
  })
  raw.close()

  const store = createSqliteStore({ path })
  await store.migrate()
  await store.close()
  const counted = new Database(path, { readonly: true })
  const rows = counted
    .prepare(
      `select query_id, author_key, sum(count) as n, count(distinct period) as periods from author_period_counts
       group by query_id, author_key order by query_id, author_key`,
    )
    .all()
  counted.close()
  assert.deepEqual(rows, [
    { query_id: '', author_key: 'bob', n: 1, periods: 1 },
    { query_id: '', author_key: 'lea', n: 3, periods: 3 },
    { query_id: 'q', author_key: 'lea', n: 2, periods: 2 },
  ])
})
