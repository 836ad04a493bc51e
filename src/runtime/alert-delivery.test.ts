import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from 'node:test'
import { verifyWebhookSignature } from '../alerts/index.ts'
import { loadConfig } from '../config/index.ts'
import { createDemoStream, scenarioQuery } from '../simulation/index.ts'
import { createMemoryConnector } from '../sources/index.ts'
import { createRuntime, replay } from './index.ts'

const SECRET = 'a-long-enough-test-secret'

test('a crisis found in a replay is stored, pushed live and POSTed signed to the webhook', async () => {
  const received: { body: string; valid: boolean }[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => {
      body += c
    })
    req.on('end', () => {
      const ts = String(req.headers['x-vigie-timestamp'])
      const sig = String(req.headers['x-vigie-signature'])
      received.push({ body, valid: verifyWebhookSignature(SECRET, ts, body, sig) })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  const rt = await createRuntime(
    loadConfig({
      env: {},
      overrides: {
        'store.dataDir': ':memory:',
        'log.level': 'silent',
        'alerts.webhook': { url, secret: SECRET },
      },
    }),
  )
  try {
    const stream = createDemoStream({ seed: 7, start: new Date('2026-03-10T09:30:00Z') })
    const connector = createMemoryConnector(
      [...stream.backlog, ...stream.crisis.map((c) => c.mention)],
      'test',
    )
    const live: string[] = []
    rt.hub.subscribe('demo', (a) => live.push(a.id))
    const q = scenarioQuery('demo')
    const result = await replay({
      rt,
      connector,
      sourceKey: 'test',
      workspaceId: 'demo',
      query: { ...q, workspaceId: 'demo' },
      speed: 'max',
    })
    assert.ok(result.alertsRaised.length >= 1, 'the crisis is detected')
    const stored = await rt.store.listAlerts({ workspaceId: 'demo' })
    assert.equal(stored.length, result.alertsRaised.length)
    assert.deepEqual(live.sort(), stored.map((a) => a.id).sort())
    for (let i = 0; i < 50 && received.length < stored.length; i++)
      await new Promise((r) => setTimeout(r, 100))
    assert.equal(received.length, stored.length)
    assert.ok(
      received.every((r) => r.valid),
      'every delivery is signed with the secret',
    )
    const first = JSON.parse(received[0]!.body) as { alert: { explanation: string; mentions: string[] } }
    assert.ok(first.alert.explanation.length > 20)
    assert.ok(first.alert.mentions.length > 0)
  } finally {
    await rt.close()
    server.close()
  }
})
