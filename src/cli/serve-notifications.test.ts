import assert from 'node:assert/strict'
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { signBody } from '../sources/index.ts'
import { createSqliteStore } from '../store/index.ts'
import { freePort } from '../test/bus-workspace.ts'
import { tmp, vigie } from '../test/run-vigie.ts'
import { startSmtpServer } from '../test/smtp-test-server.ts'

const bin = fileURLToPath(new URL('../../bin/vigie.js', import.meta.url))

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 50))
  assert.ok(check(), what)
}

/** Starts `vigie serve` and resolves with what it printed once it says it runs. */
const startServe = async (args: string[]) => {
  const server = spawn(process.execPath, [bin, 'serve', ...args], {
    env: { ...process.env, VIGIE_LOG_LEVEL: 'warn' },
  })
  let stderr = ''
  server.stderr.setEncoding('utf8')
  await new Promise<void>((resolve, reject) => {
    server.stderr.on('data', (chunk: string) => {
      stderr += chunk
      if (stderr.includes('Vigie is running')) resolve()
    })
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)))
  })
  return { server, stderr: () => stderr }
}

const stop = async (server: ChildProcess) => {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = once(server, 'exit')
  server.kill()
  await exited
}

test('vigie serve emails a mention pushed to its webhook, and an alert stored by another process, as the rules say', async () => {
  const smtp = await startSmtpServer()
  const data = join(tmp(), 'data')
  const cli = (...args: string[]) => {
    const r = vigie([...args, '--data', data])
    assert.equal(r.status, 0, r.stderr)
    return r.stdout.trim()
  }
  cli('workspaces', 'create', '--name', 'Acme', '--id', 'acme', '--query', 'acme')
  cli('users', 'create', '--email', 'ops@acme.example', '--role', 'admin')
  const token = cli('tokens', 'create', '--email', 'ops@acme.example')
  const config = join(tmp(), 'vigie.config.json')
  writeFileSync(
    config,
    JSON.stringify({
      notifications: { smtp: { host: '127.0.0.1', port: smtp.port, from: 'Vigie <vigie@acme.example>' } },
      sources: [{ workspace: 'acme', id: 'hook', kind: 'webhook' }],
      ownedAccounts: [{ workspace: 'acme', network: 'twitter', handle: '@Acme' }],
    }),
  )
  const port = await freePort()
  const { server, stderr } = await startServe(['--config', config, '--data', data, '--port', String(port)])
  try {
    const secret = /webhook source hook of acme: its signing secret is (\S+)/.exec(stderr())?.[1]
    assert.ok(secret, stderr())
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`http://127.0.0.1:${port}/api/v1/workspaces/acme${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
      })
    const owned = await (await api('/owned-accounts')).json()
    assert.deepEqual(owned, { accounts: [{ network: 'twitter', handle: 'acme' }] })
    for (const [id, trigger, to] of [
      ['every-mention', { kind: 'mention', queryId: 'main' }, 'team@acme.example'],
      ['alerts', { kind: 'alert', minSeverity: 'watch' }, 'crisis@acme.example'],
    ] as const) {
      const rule = await api(`/notification-rules/${id}`, {
        method: 'PUT',
        body: JSON.stringify({ name: id, trigger, channel: { kind: 'email', to: [to] } }),
      })
      assert.equal(rule.status, 201, await rule.text())
    }
    const body = JSON.stringify([
      { id: 't1', source: 'twitter', text: 'Acme outage in Lyon', createdAt: new Date().toISOString() },
    ])
    const pushed = await fetch(`http://127.0.0.1:${port}/api/v1/workspaces/acme/ingest?source=hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-vigie-signature': signBody(secret, body) },
      body,
    })
    assert.equal(pushed.status, 200, await pushed.text())
    await until(() => smtp.mails.length >= 1, 'the mention email did not arrive')
    assert.deepEqual(smtp.mails[0]?.to, ['team@acme.example'])
    assert.match(smtp.mails[0]!.raw, /Acme outage in Lyon/)

    // `vigie ingest --detect` in another process stores an alert: the server follows it and emails it
    const store = createSqliteStore({ path: join(data, 'vigie.db') })
    await store.saveAlert({
      id: 'alert-e2e',
      workspaceId: 'acme',
      queryId: 'main',
      at: new Date(),
      kind: 'volume',
      severity: 'alert',
      score: 71,
      explanation: 'Volume 9x the usual',
      mentions: ['twitter:t1'],
      status: 'open',
      details: {},
    })
    await store.close()
    await until(
      () => smtp.mails.some((m) => m.to.includes('crisis@acme.example')),
      'the alert email did not arrive',
    )
  } finally {
    await stop(server)
    await smtp.close()
  }
})
