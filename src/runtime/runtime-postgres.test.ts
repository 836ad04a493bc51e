import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { loadConfig } from '../config/index.ts'
import { createFileConnector } from '../sources/index.ts'
import { needService } from '../test/services.ts'
import { createRuntime, ingest } from './index.ts'

const url = process.env.VIGIE_TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test'
const fixture = fileURLToPath(new URL('./fixtures/import.jsonl', import.meta.url))

test('the same pipeline runs on PostgreSQL when the config says so', async (t) => {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  if (!(await needService(t, 'PostgreSQL', () => probe.connect()))) return
  const schema = `vigie_rt_${process.pid}_${Date.now()}`
  try {
    const rt = await createRuntime(
      loadConfig({
        env: {},
        overrides: {
          'store.kind': 'postgres',
          'store.url': url,
          'store.schema': schema,
          'log.level': 'silent',
        },
      }),
    )
    try {
      await rt.store.upsertWorkspace({ id: 'ws', name: 'ws', createdAt: new Date(0) })
      await rt.store.upsertQuery({ id: 'q', workspaceId: 'ws', brand: 'T', query: 'telecomete', owned: [] })
      const summary = await ingest({
        rt,
        workspaceId: 'ws',
        connector: createFileConnector({ path: fixture }),
        sourceKey: 'f',
      })
      assert.equal(summary.stored, 2)
      assert.equal((await rt.store.listMentions({ workspaceId: 'ws', text: 'telecomete' })).items.length, 2)
    } finally {
      await rt.close()
    }
  } finally {
    await probe.query(`drop schema if exists "${schema}" cascade`)
    await probe.end()
  }
})
