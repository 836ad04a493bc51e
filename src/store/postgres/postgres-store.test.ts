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

test('on PostgreSQL, mentions stored before ligatures were folded are found after the upgrade', async (t) => {
  if (server === undefined)
    return void (await needService(t, 'PostgreSQL at 127.0.0.1:5432 (database test)', findServer))
  const schema = `vigie_test_${run}_upgrade`
  schemas.push(schema)
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: server, options: `-c search_path=${schema}` }),
    }),
  })
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db)
  const migrator = new Migrator({ db, provider: postgresMigrations, migrationTableSchema: schema })
  assert.equal((await migrator.migrateTo('0004_installation')).error, undefined)
  // the row as that version stored it, without the later columns
  const { dominant_emotion: _later, ...row } = toMentionRow(
    buildMention({ id: 'old', text: 'Franchement écœurant, à Łódź' }),
  )
  await (db as Kysely<StoreTables>).insertInto('mentions').values(row).execute()
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
