import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, test } from 'node:test'
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { needService } from '../../test/services.ts'
import { buildMention } from '../contract/build-mention.ts'
import { toMentionRow } from '../kysely/mention-row.ts'
import type { StoreTables } from '../kysely/schema.ts'
import { storeContract } from '../store.contract.ts'
import { createPostgresStore } from './create-postgres-store.ts'
import { postgresMigrations } from './migrations.ts'

// Trust auth on the test server: whichever of these roles exists.
const candidates = ['root', 'postgres'].map((user) => `postgres://${user}@127.0.0.1:5432/test`)

const connect = async (connectionString: string) => {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 2000 })
  await client.connect()
  return client
}

const findServer = async (): Promise<string> => {
  let lastError: unknown
  for (const connectionString of candidates) {
    try {
      await (await connect(connectionString)).end()
      return connectionString
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}

const server = await findServer().catch(() => undefined)

// Each test gets its own schema, dropped at the end, so runs never see each other's data.
const schemas: string[] = []
// the pid alone is not unique when test runs share the server from different containers (pid namespaces)
const run = `${process.pid}_${randomBytes(4).toString('hex')}`
after(async () => {
  if (server === undefined) return
  const client = await connect(server)
  for (const schema of schemas) await client.query(`drop schema if exists "${schema}" cascade`)
  await client.end()
})

if (server === undefined) {
  test('the PostgreSQL store keeps the store contract', async (t) => {
    await needService(t, 'PostgreSQL at 127.0.0.1:5432 (database test)', findServer)
  })
} else {
  storeContract('postgresql', async () => {
    const schema = `vigie_test_${run}_${schemas.length}`
    schemas.push(schema)
    return createPostgresStore({ connectionString: server, schema })
  })
}

/** A schema of its own (dropped after the run) migrated up to `version`, as an older Vigie left it. */
const schemaAtVersion = async (connectionString: string, name: string, version: string) => {
  const schema = `vigie_test_${run}_${name}`
  schemas.push(schema)
  const db = new Kysely<StoreTables>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString, options: `-c search_path=${schema}` }),
    }),
  })
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db)
  const migrator = new Migrator({ db, provider: postgresMigrations, migrationTableSchema: schema })
  assert.equal((await migrator.migrateTo(version)).error, undefined)
  return { schema, db }
}

test('on PostgreSQL, mentions stored before ligatures were folded are found after the upgrade', async (t) => {
  if (server === undefined)
    return void (await needService(t, 'PostgreSQL at 127.0.0.1:5432 (database test)', findServer))
  const { schema, db } = await schemaAtVersion(server, 'upgrade', '0004_installation')
  // the row as that version stored it, without the later columns
  const { dominant_emotion: _later, ...row } = toMentionRow(
    buildMention({ id: 'old', text: 'Franchement écœurant, à Łódź' }),
  )
  await db.insertInto('mentions').values(row).execute()
  // that version's search (the store of today reads columns added since)
  const { rows } = await sql`select id from mentions
    where search @@ plainto_tsquery('simple', vigie_fold('ecoeurant lodz'))`.execute(db)
  assert.deepEqual(rows, [])
  await db.destroy()
  const store = createPostgresStore({ connectionString: server, schema })
  try {
    await store.migrate()
    const found = await store.listMentions({ workspaceId: 'acme', text: 'ecoeurant lodz' })
    assert.deepEqual(
      found.items.map((m) => m.id),
      ['old'],
    )
  } finally {
    await store.close()
  }
})

test('on PostgreSQL, migrating is not disturbed by other schemas altered and dropped on the same server', async (t) => {
  if (server === undefined)
    return void (await needService(t, 'PostgreSQL at 127.0.0.1:5432 (database test)', findServer))
  // another installation (or another test run) churning its tables while ours migrate: Kysely's own catalog
  // lookup read every schema's columns and failed on a column dropped under it
  const churn = await connect(server)
  let stop = false
  const other = `vigie_test_${run}_churn`
  const churning = (async () => {
    for (let round = 0; !stop; round++) {
      await churn.query(`create schema if not exists "${other}"`)
      await churn.query(`create table "${other}".t${round % 4} (id serial, a int, b int, c int)`)
      await churn.query(`alter table "${other}".t${round % 4} drop column a, drop column b`)
      await churn.query(`drop schema "${other}" cascade`)
    }
  })()
  try {
    for (let i = 0; i < 6; i++) {
      const schema = `vigie_test_${run}_beside_churn_${i}`
      schemas.push(schema)
      const store = createPostgresStore({ connectionString: server, schema })
      try {
        await store.migrate()
        await store.migrate() // the second run finds every migration done
      } finally {
        await store.close()
      }
    }
  } finally {
    stop = true
    await churning
    await churn.query(`drop schema if exists "${other}" cascade`)
    await churn.end()
  }
})

/** The rows of a table of the schema, counted per partition (`tableoid`). */
const rowsPerPartition = async (schema: string, table: string) => {
  const client = await connect(server!)
  try {
    const { rows } = await client.query<{ partition: string; n: string }>(
      `select c.relname as partition, count(*) as n from "${schema}"."${table}" t
        join pg_class c on c.oid = t.tableoid group by 1 order by 1`,
    )
    return Object.fromEntries(rows.map((r) => [r.partition, Number(r.n)]))
  } finally {
    await client.end()
  }
}

const freshStore = async (name: string) => {
  const schema = `vigie_test_${run}_${name}`
  schemas.push(schema)
  const store = createPostgresStore({ connectionString: server!, schema })
  await store.migrate()
  return { schema, store }
}

test('on PostgreSQL, mentions and their per-query rows of several months land in their months’ partitions', async (t) => {
  if (server === undefined)
    return void (await needService(t, 'PostgreSQL at 127.0.0.1:5432 (database test)', findServer))
  const { schema, store } = await freshStore('months')
  t.after(() => store.close())
  const at = (month: number, day: number) => Date.UTC(2026, month, day, 12)
  await store.saveMentions([
    buildMention({ id: 'jan', at: at(0, 31), queries: ['q'] }),
    buildMention({ id: 'feb-1', at: Date.UTC(2026, 1, 1), queries: ['q'] }),
    buildMention({ id: 'feb-2', at: at(1, 28) }),
  ])
  await store.saveMentions([buildMention({ id: 'dec', at: at(11, 31), queries: ['q'] })])
  assert.deepEqual(await rowsPerPartition(schema, 'mentions'), {
    mentions_2026_01: 1,
    mentions_2026_02: 2,
    mentions_2026_12: 1,
  })
  assert.deepEqual(await rowsPerPartition(schema, 'mention_queries'), {
    mention_queries_2026_01: 1,
    mention_queries_2026_02: 1,
    mention_queries_2026_12: 1,
  })
  const listed = await store.listMentions({ workspaceId: 'acme' })
  assert.deepEqual(
    listed.items.map((m) => m.id),
    ['dec', 'feb-2', 'feb-1', 'jan'],
  )
})

test('on PostgreSQL, a mention id stored in one month and delivered again with another month’s time is stored once', async (t) => {
  if (server === undefined)
    return void (await needService(t, 'PostgreSQL at 127.0.0.1:5432 (database test)', findServer))
  const { schema, store } = await freshStore('duplicates')
  t.after(() => store.close())
  const first = buildMention({ id: 'same', at: Date.UTC(2026, 2, 10), text: 'first', queries: ['q'] })
  const again = buildMention({ id: 'same', at: Date.UTC(2026, 4, 10), text: 'again', queries: ['q'] })
  assert.deepEqual(await store.saveMentions([first]), { inserted: 1, duplicates: 0 })
  assert.deepEqual(
    await store.saveMentions([again, buildMention({ id: 'other', at: Date.UTC(2026, 4, 11) })]),
    {
      inserted: 1,
      duplicates: 1,
    },
  )
  // another workspace may use the same id
  assert.deepEqual(await store.saveMentions([{ ...again, workspaceId: 'globex' }]), {
    inserted: 1,
    duplicates: 0,
  })
  assert.deepEqual(await rowsPerPartition(schema, 'mentions'), { mentions_2026_03: 1, mentions_2026_05: 2 })
  assert.deepEqual(await rowsPerPartition(schema, 'mention_queries'), {
    mention_queries_2026_03: 1,
    mention_queries_2026_05: 1,
  })
  const listed = await store.listMentions({ workspaceId: 'acme' })
  assert.deepEqual(
    listed.items.map((m) => [m.id, m.text]),
    [
      ['other', 'mention other'],
      ['same', 'first'],
    ],
  )
  // once purged, the id is free again
  await store.purgeWorkspace('acme')
  assert.deepEqual(await store.saveMentions([again]), { inserted: 1, duplicates: 0 })
  assert.equal(await store.countMentions('acme'), 1)
})

test('on PostgreSQL, the upgrade to month partitions keeps every mention and per-query row', async (t) => {
  if (server === undefined)
    return void (await needService(t, 'PostgreSQL at 127.0.0.1:5432 (database test)', findServer))
  const { schema, db } = await schemaAtVersion(server, 'partition_upgrade', '0021_author_counts')
  // rows as that version stored them: mentions of two months, one per-query row
  const old = [
    buildMention({ id: 'a', at: Date.UTC(2025, 10, 30, 23, 59), text: 'panne réseau', queries: ['q'] }),
    buildMention({ id: 'b', at: Date.UTC(2025, 11, 1), text: 'toujours en panne' }),
  ]
  await db.insertInto('mentions').values(old.map(toMentionRow)).execute()
  await db
    .insertInto('mention_queries')
    .values({
      workspace_id: 'acme',
      query_id: 'q',
      created_at: old[0]!.createdAt.getTime(),
      mention_id: 'a',
      sentiment_label: 'neutral',
    } as never)
    .execute()
  const { rows: seqs } = await sql<{ seq: number }>`select max(seq) as seq from mentions`.execute(db)
  await db.destroy()

  const store = createPostgresStore({ connectionString: server, schema })
  t.after(() => store.close())
  await store.migrate()
  assert.deepEqual(await rowsPerPartition(schema, 'mentions'), { mentions_2025_11: 1, mentions_2025_12: 1 })
  assert.deepEqual(await rowsPerPartition(schema, 'mention_queries'), { mention_queries_2025_11: 1 })
  assert.deepEqual(
    (await store.listMentions({ workspaceId: 'acme', text: 'panne' })).items.map((m) => m.id),
    ['b', 'a'],
  )
  assert.deepEqual(
    (await store.listMentions({ workspaceId: 'acme', queryId: 'q' })).items.map((m) => m.id),
    ['a'],
  )
  // the ids stored before are still taken; new mentions are numbered after the old ones
  assert.deepEqual(
    await store.saveMentions([
      buildMention({ id: 'a', at: Date.UTC(2026, 0, 5) }),
      buildMention({ id: 'c', at: Date.UTC(2026, 0, 5) }),
    ]),
    { inserted: 1, duplicates: 1 },
  )
  const client = await connect(server)
  try {
    const { rows } = await client.query<{ seq: string }>(
      `select seq from "${schema}".mentions where id = 'c'`,
    )
    assert.ok(Number(rows[0]!.seq) > Number(seqs[0]!.seq))
    // the dashboard's indexes are on the partitioned table, each with one index per partition
    const { rows: indexes } = await client.query<{ name: string; parts: string }>(
      `select c.relname as name, count(i.inhrelid) as parts from pg_class c
        left join pg_inherits i on i.inhparent = c.oid
        where c.relnamespace = '${schema}'::regnamespace and c.relkind = 'I'
          and c.relname in ('mentions_by_time', 'mentions_search', 'mentions_by_reach', 'mention_queries_by_reach')
        group by 1 order by 1`,
    )
    // 2025-11, 2025-12, 2026-01 and the default partition
    assert.deepEqual(
      indexes.map((r) => [r.name, Number(r.parts)]),
      [
        ['mention_queries_by_reach', 4],
        ['mentions_by_reach', 4],
        ['mentions_by_time', 4],
        ['mentions_search', 4],
      ],
    )
  } finally {
    await client.end()
  }
})
