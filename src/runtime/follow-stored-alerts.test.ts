import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { createApp } from '../api/index.ts'
import { loadConfig } from '../config/index.ts'
import type { DetectedAlert } from '../detection/index.ts'
import { actAsAdmin } from '../test/act-as-admin.ts'
import { createRuntime, followStoredAlerts, type Runtime, raiseAlerts } from './index.ts'

const WS = 'acme'
const detected = (minutes: number): DetectedAlert => ({
  at: new Date(Date.UTC(2026, 2, 14, 10, minutes)),
  workspaceId: WS,
  queryId: 'q',
  kind: 'crisis',
  severity: 'alert',
  score: 70,
  explanation: `alert at minute ${minutes}`,
  mentions: [],
  details: {},
})

const runtimeOn = (dataDir: string) =>
  createRuntime(loadConfig({ env: {}, overrides: { 'store.dataDir': dataDir, 'log.level': 'silent' } }))

/** Reads SSE events off a live stream: `next(id)` waits for the alert with this explanation. */
const openStream = async (url: string, token: string) => {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  assert.equal(res.status, 200)
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let text = ''
  const until = async (done: (t: string) => boolean) => {
    while (!done(text)) {
      const { value, done: ended } = await reader.read()
      if (ended) throw new Error(`stream ended: ${text}`)
      text += decoder.decode(value, { stream: true })
    }
  }
  await until((t) => t.includes(': connected'))
  return {
    waitFor: (explanation: string) => until((t) => t.includes(`"explanation":"${explanation}"`)),
    count: (explanation: string) => text.split(`"explanation":"${explanation}"`).length - 1,
    close: () => reader.cancel(),
  }
}

/** `serve` on a data folder, and a second runtime on the same folder as `vigie ingest --detect` would be. */
const withServerAndIngest = async (
  body: (served: Runtime, ingest: Runtime, streamUrl: string, token: string) => Promise<void>,
) => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-follow-'))
  const served = await runtimeOn(dir)
  await served.store.upsertWorkspace({ id: WS, name: WS, createdAt: new Date(0) })
  const app = createApp({ store: served.store, hub: served.hub, meter: served.meter, version: 'test' })
  const { token } = await actAsAdmin(app, served.store)
  const ingest = await runtimeOn(dir)
  try {
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    await body(served, ingest, `${address}/api/v1/workspaces/${WS}/stream`, token)
  } finally {
    await app.close()
    await ingest.close()
    await served.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

test(
  'alerts another runtime stores on the same SQLite folder reach the served stream',
  { timeout: 30_000 },
  () =>
    withServerAndIngest(async (served, ingest, url, token) => {
      const follower = await followStoredAlerts(served, 20)
      try {
        const stream = await openStream(url, token)
        await raiseAlerts(ingest, [detected(1), detected(2)])
        await stream.waitFor('alert at minute 2')
        assert.equal(stream.count('alert at minute 1'), 1)
        await stream.close()
      } finally {
        follower.stop()
      }
    }),
)

test('the server publishes its own alerts once, and an alert stored before it started not at all', () =>
  withServerAndIngest(async (served, ingest, url, token) => {
    await raiseAlerts(ingest, [detected(0)])
    const follower = await followStoredAlerts(served, 3_600_000) // looks only when the test asks
    try {
      const stream = await openStream(url, token)
      await raiseAlerts(served, [detected(1)]) // published at once, as it is raised
      await stream.waitFor('alert at minute 1')
      assert.equal(await follower.poll(), 0)
      await raiseAlerts(ingest, [detected(2)])
      // stored status changes and replayed detections are not new alerts
      await ingest.store.setAlertStatus(
        WS,
        (await ingest.store.listAlerts({ workspaceId: WS }))[0]!.id,
        'resolved',
      )
      await raiseAlerts(ingest, [detected(1)])
      assert.equal(await follower.poll(), 1)
      await stream.waitFor('alert at minute 2')
      assert.equal(stream.count('alert at minute 0'), 0)
      assert.equal(stream.count('alert at minute 1'), 1)
      assert.equal(stream.count('alert at minute 2'), 1)
      await stream.close()
    } finally {
      follower.stop()
    }
  }))
