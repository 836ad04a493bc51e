import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadConfig } from '../config/index.ts'
import type { Mention } from '../core/index.ts'
import { createRuntime } from './runtime.ts'
import { tickDetection } from './ticker.ts'

const T0 = Date.parse('2026-03-02T08:00:00Z')
const mention: Mention = {
  id: 'test:1',
  source: 'test',
  createdAt: new Date(T0),
  lang: 'en',
  text: 'Acme is down again',
  author: { id: 'u', handle: 'u' },
}

test('the live ticker leaves a workspace importing its backlog alone, then moves it to its clock', async () => {
  const rt = await createRuntime(
    loadConfig({ env: {}, overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent' } }),
  )
  try {
    await rt.store.upsertQuery({ id: 'q', workspaceId: 'ws', brand: 'Acme', query: 'acme', owned: [] })
    const pipeline = await rt.pipelines.get('ws')
    pipeline.clock = { now: () => new Date(T0 + 24 * 3_600_000) }
    const analysed = pipeline.analyze(mention)
    assert.equal(analysed.kind, 'ok')
    if (analysed.kind === 'ok') pipeline.detection.observe(analysed.mention)
    pipeline.backfilling = true
    await tickDetection(rt)
    assert.equal(pipeline.detection.snapshot('q').at, null, 'no interval closed while the backlog is read')
    pipeline.backfilling = false
    await tickDetection(rt)
    assert.equal(pipeline.detection.snapshot('q').at?.getTime(), T0 + 24 * 3_600_000)
  } finally {
    await rt.close()
  }
})
