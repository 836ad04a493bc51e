import { after, test } from 'node:test'
import pg from 'pg'
import { needService } from '../../test/services.ts'
import { storeContract } from '../store.contract.ts'
import { createPostgresStore } from './create-postgres-store.ts'

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

if (server === undefined) {
  test('the PostgreSQL store keeps the store contract', async (t) => {
    await needService(t, 'PostgreSQL at 127.0.0.1:5432 (database test)', findServer)
  })
} else {
  // Each test gets its own schema, dropped at the end, so runs never see each other's data.
  const schemas: string[] = []
  after(async () => {
    const client = await connect(server)
    for (const schema of schemas) await client.query(`drop schema if exists "${schema}" cascade`)
    await client.end()
  })
  storeContract('postgresql', async () => {
    const schema = `vigie_test_${process.pid}_${schemas.length}`
    schemas.push(schema)
    return createPostgresStore({ connectionString: server, schema })
  })
}
