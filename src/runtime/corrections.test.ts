import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createApp } from '../api/index.ts'
import { loadConfig } from '../config/index.ts'
import type { Mention } from '../core/index.ts'
import { actAsAdmin } from '../test/act-as-admin.ts'
import { createPipelines } from './create-pipelines.ts'
import { loadSarcasticMentions } from './fixtures/sarcastic-mentions.ts'
import { createRuntime, type Runtime } from './index.ts'
import { baseSentiment } from './workspace-sentiment.ts'

// The base model reads these as praise; this workspace's analysts know they are sarcasm.
const mentions: Mention[] = loadSarcasticMentions()
const SARCASTIC = ['test:s1', 'test:s2', 'test:s3', 'test:s4']
const fresh = (text: string): Mention => ({ ...mentions[0]!, id: `test:new-${text.length}`, text })
const NEW_SARCASM = fresh('Thanks Acme for the fantastic six hour wait at the store')
const SINCERE = fresh('Acme support is great, quick and friendly')

/** A runtime over in-memory SQLite with workspaces a and b (same brand query, same mentions), and its API. */
const withRuntime = async (body: (rt: Runtime, app: ReturnType<typeof createApp>) => Promise<void>) => {
  const config = loadConfig({ env: {}, overrides: { 'store.dataDir': ':memory:', 'log.level': 'silent' } })
  const rt = await createRuntime(config)
  const app = createApp({
    store: rt.store,
    hub: rt.hub,
    meter: rt.meter,
    version: 'test',
    onCorrection: (ws) => rt.pipelines.reloadSentiment(ws),
  })
  await actAsAdmin(app, rt.store)
  try {
    for (const ws of ['a', 'b']) {
      await rt.store.upsertWorkspace({ id: ws, name: ws, createdAt: new Date(0) })
      await rt.store.upsertQuery({ id: 'q', workspaceId: ws, brand: 'Acme', query: 'acme', owned: [] })
      const pipeline = await rt.pipelines.get(ws)
      const analysed = mentions
        .map((m) => pipeline.analyze(m))
        .flatMap((r) => (r.kind === 'ok' ? [r.mention] : []))
      assert.equal((await rt.store.saveMentions(analysed)).inserted, mentions.length)
    }
    await body(rt, app)
  } finally {
    await app.close()
    await rt.close()
  }
}

const labelIn = async (rt: Runtime, ws: string, mention: Mention) => {
  const result = (await rt.pipelines.get(ws)).analyze(mention)
  assert.equal(result.kind, 'ok')
  return result.kind === 'ok' ? result.mention.analysis.sentiment.label : undefined
}

const correctAsNegative = async (app: ReturnType<typeof createApp>, ws: string) => {
  for (const id of SARCASTIC) {
    const res = await app.inject({
      method: 'PUT',
      url: `/api/v1/workspaces/${ws}/mentions/${id}/sentiment`,
      payload: { label: 'negative' },
    })
    assert.equal(res.statusCode, 200)
  }
}

test('before any correction, both workspaces read the sarcasm as praise', () =>
  withRuntime(async (rt) => {
    for (const ws of ['a', 'b']) {
      assert.equal(await labelIn(rt, ws, NEW_SARCASM), 'positive')
      assert.equal((await rt.store.getMention(ws, 'test:s1'))?.analysis.sentiment.label, 'positive')
    }
  }))

test('corrections in one workspace teach its pipeline, and leave the other workspace and the base model alone', () =>
  withRuntime(async (rt, app) => {
    const texts = [NEW_SARCASM, SINCERE].map((m) => m.text)
    const baseBefore = texts.map((t) => baseSentiment().score(t, 'en'))
    const detection = (await rt.pipelines.get('a')).detection
    await correctAsNegative(app, 'a')

    assert.equal(await labelIn(rt, 'a', NEW_SARCASM), 'negative')
    assert.equal(await labelIn(rt, 'a', SINCERE), 'positive')
    assert.equal(await labelIn(rt, 'b', NEW_SARCASM), 'positive')
    assert.deepEqual(
      texts.map((t) => baseSentiment().score(t, 'en')),
      baseBefore,
    )
    // only the analyzer was swapped: the workspace's detection state goes on
    assert.equal((await rt.pipelines.get('a')).detection, detection)
    assert.equal((await rt.store.getMention('a', 'test:s1'))?.analysis.sentiment.label, 'negative')
    assert.equal((await rt.store.getMention('b', 'test:s1'))?.analysis.sentiment.label, 'positive')
  }))

test('a pipeline built later, as after a restart, learns from the stored corrections', () =>
  withRuntime(async (rt, app) => {
    await correctAsNegative(app, 'a')
    // pipelines built afresh over the same store, as a restarted process builds them
    const restarted = createPipelines({ store: rt.store, clock: rt.clock })
    const labelAfterRestart = async (ws: string) => {
      const result = (await restarted.get(ws)).analyze(NEW_SARCASM)
      return result.kind === 'ok' ? result.mention.analysis.sentiment.label : result.kind
    }
    assert.equal(await labelAfterRestart('a'), 'negative')
    assert.equal(await labelAfterRestart('b'), 'positive')
  }))
