import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import pg from 'pg'
import { createPostgresStore, createSqliteStore, type Store } from '../store/index.ts'
import { tmp, vigie } from '../test/run-vigie.ts'
import { shellCommands, splitAtSection } from '../test/shell-commands.ts'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

import { needService } from '../test/services.ts'

const databaseUrl = process.env.VIGIE_TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test'
const QUERY = ['--brand', 'Télécomète', '--query', '"Télécomète" OR telecomete OR @telecomete']

/** A PostgreSQL schema of its own for the test, dropped at its end; undefined (skipped) without PostgreSQL. */
const freshSchema = async (t: import('node:test').TestContext) => {
  const db = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 })
  if (!(await needService(t, `PostgreSQL at ${databaseUrl}`, () => db.connect()))) return undefined
  const schema = `vigie_migrate_${process.pid}_${randomBytes(4).toString('hex')}`
  t.after(async () => {
    await db.query(`drop schema if exists "${schema}" cascade`)
    await db.end()
  })
  return schema
}

/** The demo stream, cut at its crisis onset: before (history) and after (the crisis). */
const demoInTwo = () => {
  const dir = tmp()
  const sim = vigie(
    [
      'simulate',
      '--scenario',
      'demo',
      '--days',
      '8',
      '--seed',
      '3',
      '--out',
      'demo.jsonl',
      '--truth',
      'truth.json',
    ],
    { cwd: dir },
  )
  assert.equal(sim.status, 0, sim.stderr)
  const onset = (JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as { events: { onset: string }[] })
    .events[0]!.onset
  const lines = readFileSync(join(dir, 'demo.jsonl'), 'utf8').trim().split('\n')
  const before = lines.filter((l) => (JSON.parse(l) as { createdAt: string }).createdAt < onset)
  const after = lines.slice(before.length)
  assert.ok(before.length > 1000 && after.length > 500)
  writeFileSync(join(dir, 'before.jsonl'), `${before.join('\n')}\n`)
  writeFileSync(join(dir, 'after.jsonl'), `${after.join('\n')}\n`)
  return dir
}

/** What a user sees of a store: mentions, a search, hourly volume, alerts. */
const snapshot = async (store: Store) => {
  const all: string[] = []
  let before: string | undefined
  do {
    const page = await store.listMentions({ workspaceId: 'default', limit: 500, before })
    all.push(...page.items.map((m) => `${m.id} ${m.analysis.sentiment.label} ${m.author.handle}`))
    before = page.next
  } while (before)
  const search = (
    await store.listMentions({ workspaceId: 'default', text: 'connexion', limit: 500 })
  ).items.map((m) => m.id)
  const alerts = (await store.listAlerts({ workspaceId: 'default', limit: 100 })).map((a) =>
    JSON.stringify([a.id, a.kind, a.severity, a.at, a.score, a.explanation]),
  )
  return { count: await store.countMentions('default'), all, search, alerts }
}

test('vigie migrate --to, as the README gives it, moves the embedded store to PostgreSQL: same rows, same search results, and a replay raises the same alerts on both', async (t) => {
  const schema = await freshSchema(t)
  if (!schema) return
  const dir = demoInTwo()
  const history = vigie(['ingest', '--detect', '--input', 'before.jsonl', ...QUERY], { cwd: dir })
  assert.equal(history.status, 0, history.stderr)

  // the README's command, with this machine's database and the test's schema
  const documented = shellCommands(splitAtSection(readme, 'Moving to PostgreSQL').section)
  assert.equal(documented.length, 1)
  const words = documented[0]!.words
  assert.deepEqual(words.slice(0, 3), ['npx', 'vigie', 'migrate'])
  const args = words
    .slice(2)
    .map((w, i, all) => (all[i - 1] === '--to' ? databaseUrl : all[i - 1] === '--schema' ? schema : w))
  assert.deepEqual(args, ['migrate', '--to', databaseUrl, '--schema', schema])
  const moved = vigie(args, { cwd: dir })
  assert.equal(moved.status, 0, moved.stderr)
  assert.match(
    moved.stdout,
    /^copied [\d,]+ rows in \d+ tables \([\d,]+ mentions\) from .* to schema ".*"; counts checked\n$/,
  )
  assert.match(moved.stderr, /^mentions: [\d,]+ of [\d,]+ rows$/m)

  const embedded = createSqliteStore({ path: join(dir, 'data', 'vigie.db') })
  const moved2 = createPostgresStore({ connectionString: databaseUrl, schema })
  t.after(async () => {
    await embedded.close()
    await moved2.close()
  })
  const a = await snapshot(embedded)
  const b = await snapshot(moved2)
  assert.ok(a.count > 1000)
  assert.ok(a.search.length > 0, 'the search finds something to compare')
  assert.deepEqual(b, a)
  assert.equal(await moved2.installationSecret(), await embedded.installationSecret())
  // every copied mention sits in its month's partition, none in the default one, and its id is claimed once
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(`set search_path = "${schema}"`)
    const { rows } = await client.query<{ partition: string; n: string }>(
      'select tableoid::regclass::text as partition, count(*) as n from mentions group by 1',
    )
    const { rows: months } = await client.query<{ month: string }>(
      `select distinct to_char(to_timestamp(created_at / 1000.0) at time zone 'UTC', 'YYYY_MM') as month
        from mentions`,
    )
    assert.deepEqual(rows.map((r) => r.partition).sort(), months.map((m) => `mentions_${m.month}`).sort())
    assert.equal(
      rows.reduce((sum, r) => sum + Number(r.n), 0),
      a.count,
    )
    const ids = await client.query<{ n: string }>('select count(*) as n from mention_ids')
    assert.equal(Number(ids.rows[0]!.n), a.count)
  } finally {
    await client.end()
  }

  // the crisis, read by both installations: the same alerts (ids keyed by the moved installation secret)
  const env = { VIGIE_STORE: 'postgres', VIGIE_DATABASE_URL: databaseUrl, VIGIE_DATABASE_SCHEMA: schema }
  const onEmbedded = vigie(['ingest', '--detect', '--input', 'after.jsonl', ...QUERY], { cwd: dir })
  assert.equal(onEmbedded.status, 0, onEmbedded.stderr)
  const onPostgres = vigie(['ingest', '--detect', '--input', 'after.jsonl', ...QUERY], { cwd: dir, env })
  assert.equal(onPostgres.status, 0, onPostgres.stderr)
  assert.equal(onPostgres.stderr, onEmbedded.stderr)
  const a2 = await snapshot(embedded)
  const b2 = await snapshot(moved2)
  assert.ok(a2.alerts.length > a.alerts.length, 'the crisis raised an alert')
  assert.deepEqual(b2, a2)
})

test('vigie migrate refuses a schema that already holds data, and leaves it as it was', async (t) => {
  const schema = await freshSchema(t)
  if (!schema) return
  const dir = tmp()
  writeFileSync(
    join(dir, 'posts.jsonl'),
    `${JSON.stringify({ id: 'p1', source: 'x', createdAt: '2026-03-01T10:00:00Z', text: 'telecomete encore en panne' })}\n`,
  )
  assert.equal(vigie(['ingest', '--input', 'posts.jsonl', ...QUERY], { cwd: dir }).status, 0)
  assert.equal(vigie(['migrate', '--to', databaseUrl, '--schema', schema], { cwd: dir }).status, 0)
  const again = vigie(['migrate', '--to', databaseUrl, '--schema', schema], { cwd: dir })
  assert.notEqual(again.status, 0)
  assert.match(
    again.stderr,
    new RegExp(`schema "${schema}" already holds data \\(.*mentions.*\\): migrate into an empty schema`),
  )
  const store = createPostgresStore({ connectionString: databaseUrl, schema })
  t.after(() => store.close())
  assert.equal(await store.countMentions('default'), 1)
})

test('vigie migrate tells what is wrong with its target before reading anything', () => {
  const dir = tmp()
  const notUrl = vigie(['migrate', '--to', 'mysql://host/db'], { cwd: dir })
  assert.notEqual(notUrl.status, 0)
  assert.match(notUrl.stderr, /--to must be a postgres:\/\/ URL, not mysql:\/\/host\/db/)
  const noStore = vigie(['migrate', '--to', databaseUrl], { cwd: dir })
  assert.notEqual(noStore.status, 0)
  assert.match(noStore.stderr, /no embedded store at data\/vigie\.db/)
  const onPostgres = vigie(['migrate', '--to', databaseUrl], {
    cwd: dir,
    env: { VIGIE_STORE: 'postgres', VIGIE_DATABASE_URL: databaseUrl },
  })
  assert.notEqual(onPostgres.status, 0)
  assert.match(onPostgres.stderr, /reads the embedded store of the data folder: unset VIGIE_STORE/)
})
