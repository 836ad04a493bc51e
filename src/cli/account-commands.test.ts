import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { createApp } from '../api/index.ts'
import { loadConfig } from '../config/index.ts'
import { createRuntime } from '../runtime/index.ts'
import { tmp, vigie } from '../test/run-vigie.ts'

const inFolder = (data: string) => (args: string[], input?: string) =>
  vigie([...args.slice(0, 2), '--data', data, ...args.slice(2)], { input })

test('the operator commands create a workspace, a user with a password read from stdin, and a token that opens the API', async () => {
  const data = join(tmp(), 'data')
  const run = inFolder(data)
  const ws = run([
    'workspaces',
    'create',
    '--name',
    'Télécomète SA',
    '--query',
    'telecomete',
    '--owned',
    '@Telecomete',
  ])
  assert.equal(ws.status, 0, ws.stderr)
  assert.equal(ws.stdout, 'telecomete-sa\n')
  const user = run(
    [
      'users',
      'create',
      '--email',
      'Lea@Example.org',
      '--role',
      'responder',
      '--workspace',
      'telecomete-sa',
      '--password-stdin',
    ],
    'a long enough secret\nignored second line\n',
  )
  assert.equal(user.status, 0, user.stderr)
  const token = run(['tokens', 'create', '--email', 'lea@example.org']).stdout.trim()
  assert.match(token, /^vgt_/)

  const rt = await createRuntime(
    loadConfig({ env: {}, overrides: { 'store.dataDir': data, 'log.level': 'silent' } }),
  )
  const app = createApp({ store: rt.store, hub: rt.hub, meter: rt.meter, version: 'test' })
  try {
    const queries = await app.inject({
      method: 'GET',
      url: '/api/v1/workspaces/telecomete-sa/queries',
      headers: { authorization: `Bearer ${token}` },
    })
    assert.equal(queries.statusCode, 200)
    assert.deepEqual(queries.json().items[0].owned, ['telecomete'])
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/json' },
      payload: { email: 'lea@example.org', password: 'a long enough secret' },
    })
    assert.equal(login.statusCode, 200)
    assert.deepEqual(login.json().roles, { 'telecomete-sa': 'responder' })
  } finally {
    await app.close()
    await rt.close()
  }
})

test('the operator commands refuse what makes no sense, with the exit code of the error', () => {
  const data = join(tmp(), 'data')
  const run = inFolder(data)
  const noWorkspace = run(['users', 'create', '--email', 'v@example.org', '--role', 'viewer'])
  assert.equal(noWorkspace.status, 2)
  assert.match(noWorkspace.stderr, /a viewer belongs to a workspace/)
  const unknownWorkspace = run([
    'users',
    'create',
    '--email',
    'v@example.org',
    '--role',
    'viewer',
    '--workspace',
    'nope',
  ])
  assert.equal(unknownWorkspace.status, 3)
  assert.equal(run(['users', 'create', '--email', 'admin@example.org', '--role', 'admin']).status, 0)
  const again = run(['users', 'create', '--email', 'ADMIN@example.org', '--role', 'admin'])
  assert.equal(again.status, 4)
  assert.match(again.stderr, /already exists/)
  const short = run(
    ['users', 'create', '--email', 'b@example.org', '--role', 'admin', '--password-stdin'],
    'short\n',
  )
  assert.equal(short.status, 2)
  assert.match(short.stderr, /at least 10 characters/)
  assert.equal(run(['tokens', 'create', '--email', 'nobody@example.org']).status, 3)
  const badQuery = run(['workspaces', 'create', '--name', 'X', '--query', 'acme AND'])
  assert.equal(badQuery.status, 2)
  assert.equal(run(['workspaces', 'create', '--name', 'X', '--id', 'x']).status, 0)
  assert.equal(run(['workspaces', 'create', '--name', 'X', '--id', 'x']).status, 4)
})
