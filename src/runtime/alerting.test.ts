import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { loadConfig } from '../config/index.ts'
import type { DetectedAlert } from '../detection/index.ts'
import { createRuntime, raiseAlerts } from './index.ts'

const detected: DetectedAlert = {
  at: new Date('2026-03-14T10:30:00Z'),
  workspaceId: 'acme',
  queryId: 'q',
  kind: 'crisis',
  severity: 'alert',
  score: 70,
  explanation: 'why',
  mentions: [],
  details: {},
}
const runtimeOn = (dataDir: string) =>
  createRuntime(loadConfig({ env: {}, overrides: { 'store.dataDir': dataDir, 'log.level': 'silent' } }))

test('an alert id is the same for the same detection in one installation, and cannot be worked out from outside', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-alert-id-'))
  const [serve, ingest, elsewhere] = [await runtimeOn(dir), await runtimeOn(dir), await runtimeOn(':memory:')]
  try {
    const [a] = await raiseAlerts(serve, [detected])
    const [again] = await raiseAlerts(ingest, [detected])
    const [other] = await raiseAlerts(elsewhere, [detected])
    assert.equal(again!.id, a!.id, 'two processes on one data folder give the same detection one id')
    assert.equal((await serve.store.listAlerts({ workspaceId: 'acme' })).length, 1)
    assert.notEqual(other!.id, a!.id, 'another installation gives it another id')
    assert.match(a!.id, /^[0-9a-f]{32}$/)
    // what anyone could compute from the detection alone (the former id) is not the id
    const plain = `${detected.workspaceId}|${detected.queryId}|${detected.kind}|${detected.severity}|${detected.at.toISOString()}`
    const guessable = createHash('sha256').update(plain).digest('hex')
    assert.ok(!guessable.startsWith(a!.id.slice(0, 20)))
  } finally {
    await Promise.all([serve.close(), ingest.close(), elsewhere.close()])
    rmSync(dir, { recursive: true, force: true })
  }
})
