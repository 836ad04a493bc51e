import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { loadConfig } from '../config/index.ts'
import { createFileConnector } from '../sources/index.ts'
import { needService } from '../test/services.ts'
import { createRuntime, followStoredAlerts, ingest, raiseAlerts } from './index.ts'

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

test('on PostgreSQL, a server follows the alerts another runtime stores, each once', async (t) => {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  if (!(await needService(t, 'PostgreSQL', () => probe.connect()))) return
  const schema = `vigie_follow_${process.pid}_${Date.now()}`
  const config = loadConfig({
    env: {},
    overrides: { 'store.kind': 'postgres', 'store.url': url, 'store.schema': schema, 'log.level': 'silent' },
  })
  try {
    const served = await createRuntime(config)
    const other = await createRuntime(config)
    const follower = await followStoredAlerts(served, 3_600_000)
    try {
      const received: string[] = []
      served.hub.subscribe('ws', (a) => received.push(a.explanation))
      const alert = (minutes: number, explanation: string) => ({
        at: new Date(Date.UTC(2026, 2, 14, 10, minutes)),
        workspaceId: 'ws',
        queryId: 'q',
        kind: 'crisis',
        severity: 'alert' as const,
        score: 70,
        explanation,
        mentions: [],
        details: {},
      })
      await raiseAlerts(served, [alert(0, 'own')])
      await Promise.all([raiseAlerts(other, [alert(1, 'first')]), raiseAlerts(other, [alert(2, 'second')])])
      assert.equal(await follower.poll(), 2)
      assert.equal(await follower.poll(), 0)
      assert.deepEqual(received.sort(), ['first', 'own', 'second'])
    } finally {
      follower.stop()
      await other.close()
      await served.close()
    }
  } finally {
    await probe.query(`drop schema if exists "${schema}" cascade`)
    await probe.end()
  }
})
