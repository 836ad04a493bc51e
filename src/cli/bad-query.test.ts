import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { createSqliteStore } from '../store/index.ts'
import { freePort } from '../test/bus-workspace.ts'

const bin = fileURLToPath(new URL('../../bin/vigie.js', import.meta.url))
const input = fileURLToPath(new URL('../runtime/fixtures/import.jsonl', import.meta.url))
const vigie = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VIGIE_LOG_LEVEL: 'warn' },
  })
const tmp = () => mkdtempSync(join(tmpdir(), 'vigie-cli-'))

const storedQueries = async (data: string) => {
  const store = createSqliteStore({ path: join(data, 'vigie.db') })
  try {
    await store.migrate()
    return await store.listQueries('default')
  } finally {
    await store.close()
  }
}

test('ingest refuses a bad --query with its position and exit code 2, stores nothing, and later runs still work', async () => {
  const data = tmp()
  for (const [query, message] of [
    ['orange AND', /query orange: expected a term after AND at column 11/],
    [`${'('.repeat(20_000)}orange${')'.repeat(20_000)}`, /query orange: query too long: .* at column 10001/],
    [`${'('.repeat(200)}orange${')'.repeat(200)}`, /query orange: too deeply nested: .* at column 101/],
  ] as const) {
    const r = vigie('ingest', '--data', data, '--input', input, '--brand', 'Orange', '--query', query)
    assert.equal(r.status, 2, r.stderr)
    assert.match(r.stderr, message)
    assert.doesNotMatch(r.stderr, /internal error|RangeError/)
  }
  assert.deepEqual(await storedQueries(data), [])
  const next = vigie(
    'ingest',
    '--data',
    data,
    '--input',
    input,
    '--brand',
    'Télécomète',
    '--query',
    'telecomete',
  )
  assert.equal(next.status, 0, next.stderr)
  assert.match(next.stderr, /2 stored/)
})

/** A data folder as an older version left it: a query that is now refused beside a good one. */
const olderDataFolder = async () => {
  const data = tmp()
  const store = createSqliteStore({ path: join(data, 'vigie.db') })
  await store.migrate()
  await store.upsertWorkspace({ id: 'default', name: 'default', createdAt: new Date(0) })
  await store.upsertQuery({ id: 'old', workspaceId: 'default', brand: 'Old', query: 'orange AND', owned: [] })
  await store.upsertQuery({ id: 'tc', workspaceId: 'default', brand: 'TC', query: 'telecomete', owned: [] })
  await store.close()
  return data
}

test('ingest on a data folder holding a bad query from an older version skips it with a logged error', async () => {
  const data = await olderDataFolder()
  const r = vigie('ingest', '--data', data, '--input', input, '--detect')
  assert.equal(r.status, 0, r.stderr)
  assert.match(
    r.stderr,
    /brand query old of workspace default is skipped: expected a term after AND at column 11/,
  )
  assert.match(r.stderr, /2 stored/)
})

test('serve on a data folder holding a bad query starts, logs it, and lists the query with its error', async () => {
  const data = await olderDataFolder()
  // an operator account and its token, made with the CLI on the data folder
  assert.equal(
    vigie('users', 'create', '--data', data, '--email', 'ops@example.org', '--role', 'admin').status,
    0,
  )
  const token = vigie('tokens', 'create', '--data', data, '--email', 'ops@example.org').stdout.trim()
  const port = await freePort()
  const server = spawn(process.execPath, [bin, 'serve', '--data', data, '--port', String(port)], {
    env: { ...process.env, VIGIE_LOG_LEVEL: 'warn' },
  })
  try {
    let stderr = ''
    server.stderr.setEncoding('utf8')
    const running = new Promise<void>((resolve, reject) => {
      server.stderr.on('data', (chunk: string) => {
        stderr += chunk
        if (stderr.includes('Vigie is running')) resolve()
      })
      server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)))
    })
    await running
    assert.match(stderr, /brand query old of workspace default is skipped: expected a term after AND/)
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/workspaces/default/queries`, {
      headers: { authorization: `Bearer ${token}` },
    })
    const { items } = (await res.json()) as { items: { id: string; error?: { reason: string } }[] }
    assert.equal(items.find((q) => q.id === 'old')?.error?.reason, 'expected a term after AND')
    assert.equal(items.find((q) => q.id === 'tc')?.error, undefined)
  } finally {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = once(server, 'exit')
      server.kill()
      await exited
    }
  }
})
