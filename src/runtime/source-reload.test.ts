import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { loadConfig } from '../config/index.ts'
import { tmp, vigie } from '../test/run-vigie.ts'
import { createRuntime, startSources } from './index.ts'

const WS = 'acme'
const EMPTY = JSON.stringify({ kind: 'Listing', data: { after: null, children: [] } })
// what the fake Reddit was asked, path only: which listings the running sources read
const asked: string[] = []
let server: Server
let base: string
before(async () => {
  server = createServer((req, res) => {
    asked.push(new URL(req.url ?? '/', 'http://x').pathname)
    res.writeHead(200, { 'content-type': 'application/json' }).end(EMPTY)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
after(() => server.close())

const until = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 25))
  assert.ok(check(), 'the condition did not come true')
}

test('a running server picks up sources and owned accounts that the CLI changed in its data folder, at its next reload', async () => {
  const data = join(tmp(), 'data')
  const env = { VIGIE_ALLOW_HOSTS: '127.0.0.1' }
  const cli = (...args: string[]) => {
    const r = vigie([...args, '--data', data], { env })
    assert.equal(r.status, 0, r.stderr)
    return r.stdout
  }
  cli('workspaces', 'create', '--name', 'Acme', '--id', WS, '--query', 'acme')
  const rt = await createRuntime(
    loadConfig({
      env: {},
      overrides: { 'store.dataDir': data, 'log.level': 'silent', 'network.allowHosts': ['127.0.0.1'] },
    }),
  )
  // each loop reads once, then waits until stopped: what it read is what it was started with
  const runner = startSources(rt, {
    policy: { allowHosts: ['127.0.0.1'] },
    wait: (_ms, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve())),
  })
  try {
    await runner.reload()
    assert.deepEqual(runner.running(), [])
    // another process declares a source: nothing runs it until the server reloads
    cli(
      'sources',
      'add',
      '--workspace',
      WS,
      '--kind',
      'reddit',
      '--url',
      base,
      '--id',
      'r',
      '--option',
      'subreddits=["france"]',
    )
    await runner.reload()
    assert.deepEqual(
      runner.running().map((s) => s.id),
      ['r'],
    )
    await until(() => asked.includes('/r/france/new.json'))
    assert.equal(asked.includes('/user/acme_official/submitted.json'), false)
    // an owned Reddit account: analysis marks its posts, and the Reddit source restarts to read them
    const listed = cli('workspaces', 'owned', '--workspace', WS, '--add', 'reddit:acme_official')
    assert.equal(listed, 'reddit:acme_official\n')
    await runner.reload()
    assert.deepEqual((await rt.pipelines.get(WS)).ownedAccounts, [
      { network: 'reddit', handle: 'acme_official' },
    ])
    await until(() => asked.includes('/user/acme_official/submitted.json'))
    cli('sources', 'remove', '--workspace', WS, '--id', 'r')
    await runner.reload()
    assert.deepEqual(runner.running(), [])
  } finally {
    await runner.stop()
    await rt.close()
  }
})

test('the runner reloads by itself when given a period', async () => {
  const rt = await createRuntime(
    loadConfig({ env: {}, overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent' } }),
  )
  let reads = 0
  const store = rt.store
  const listWorkspaces = store.listWorkspaces.bind(store)
  store.listWorkspaces = async () => {
    reads++
    return listWorkspaces()
  }
  const runner = startSources(rt, { policy: { allowHosts: [] }, reloadEveryMs: 5 })
  try {
    await until(() => reads >= 2)
  } finally {
    await runner.stop()
  }
  await rt.close()
})
