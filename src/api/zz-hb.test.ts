import { test } from 'node:test'
import { createTestApp } from '../test/api-test-app.ts'
test('x', async () => {
  const h = await createTestApp({ heartbeatMs: 5 })
  const address = await h.app.listen({ port: 0, host: '127.0.0.1' })
  h.app.server.on('connection', (s) => { const t0=Date.now(); console.log('conn', s.remotePort); s.on('close', () => console.log('socket closed after', s.remotePort, Date.now()-t0)) })
  const res = await fetch(`${address}/api/workspaces/acme/stream`, { headers: { connection: 'close' } })
  const r = res.body!.getReader(); await r.read(); await r.read()
  await r.cancel()
  while (h.hub.subscriberCount('acme') > 0) await new Promise((resolve) => setImmediate(resolve))
  let t = Date.now()
  await h.app.close(); console.log('app close', Date.now()-t); t=Date.now()
})
