import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { SentimentModel } from '../analysis/index.ts'
import type { Mention } from '../core/index.ts'
import { scenarioQuery, simulate } from '../simulation/index.ts'
import { analyzeInThread, createBatchAnalysis, IN_THREAD_MENTIONS } from './batch-analysis.ts'
import { loadSarcasticMentions } from './fixtures/sarcastic-mentions.ts'
import { createPipeline } from './pipelines.ts'

const clock = { now: () => new Date(0) }
const brand = scenarioQuery('mixed')
const queries = [
  { id: brand.id, workspaceId: 'ws', brand: brand.brand, query: brand.query, owned: brand.owned },
  { id: 'other', workspaceId: 'ws', brand: 'Other', query: 'fibre OR panne', owned: [] },
]
const stream = simulate({ seed: 3, scenario: 'mixed', days: 1 }).mentions.slice(0, 400)
const sarcasm: Mention[] = loadSarcasticMentions()

const workers = createBatchAnalysis(1)
// until its models are loaded a worker is bypassed (batches are analysed in-thread): wait, to test the worker
before(() => workers.warm())
after(() => workers.close())

const asJson = (results: readonly unknown[]) => results.map((r) => JSON.stringify(r))

test('a worker thread analyses a batch exactly as the main thread does, in order', async () => {
  const pipeline = createPipeline({ workspaceId: 'ws', queries, clock })
  const inThread = analyzeInThread(pipeline, stream)
  const inWorker = await workers.analyze(pipeline, stream)
  assert.equal(inWorker.length, stream.length)
  assert.ok(inThread.some((r) => r.kind === 'skip') && inThread.some((r) => r.kind === 'ok'))
  assert.deepEqual(asJson(inWorker), asJson(inThread))
})

test('after corrections, the worker analyses with the workspace model that learned them', async () => {
  const acme = [{ id: 'q', workspaceId: 'ws', brand: 'Acme', query: 'acme', owned: [] }]
  const pipeline = createPipeline({ workspaceId: 'ws', queries: acme, clock })
  const labels = async () =>
    (await workers.analyze(pipeline, sarcasm)).map((r) =>
      r.kind === 'ok' ? r.mention.analysis.sentiment.label : r.kind,
    )
  const before = await labels()
  pipeline.setCorrections(sarcasm.map((m) => ({ text: m.text, lang: 'en', label: 'negative' })))
  const learned = await labels()
  assert.notDeepEqual(learned, before, 'the worker rebuilt the analysis from the new corrections')
  assert.deepEqual(
    asJson(await workers.analyze(pipeline, sarcasm)),
    asJson(analyzeInThread(pipeline, sarcasm)),
  )
})

test('after its queries are swapped, the worker matches the new set', async () => {
  const pipeline = createPipeline({ workspaceId: 'swap', queries: queries.slice(0, 1), clock })
  const matched = async () =>
    new Set(
      (await workers.analyze(pipeline, stream)).flatMap((r) =>
        r.kind === 'ok' ? r.mention.analysis.queries : [],
      ),
    )
  assert.deepEqual([...(await matched())], [brand.id])
  pipeline.setQueries(queries.slice(1))
  assert.deepEqual([...(await matched())], ['other'])
  assert.deepEqual(asJson(await workers.analyze(pipeline, stream)), asJson(analyzeInThread(pipeline, stream)))
})

test('a pipeline given its own model object is analysed on the calling thread', async () => {
  const alwaysPositive: SentimentModel = {
    name: 'always positive',
    score: () => ({ label: 'positive', score: 1, confidence: 1 }),
  }
  const pipeline = createPipeline({ workspaceId: 'ws', queries, clock, sentiment: alwaysPositive })
  const results = await workers.analyze(pipeline, stream.slice(0, 50))
  const labels = new Set(
    results.flatMap((r) => (r.kind === 'ok' ? [r.mention.analysis.sentiment.label] : [])),
  )
  assert.deepEqual([...labels], ['positive'])
})

test('a batch the worker cannot analyse fails with the reason, and the next batch is analysed', async () => {
  const pipeline = createPipeline({ workspaceId: 'ws', queries, clock })
  const broken = { ...stream[0]!, text: undefined } as unknown as Mention
  await assert.rejects(workers.analyze(pipeline, [broken]), (e: Error) => /analysis worker/.test(e.message))
  assert.equal((await workers.analyze(pipeline, stream.slice(0, 10))).length, 10)
})

test('short imports stay on the calling thread, and so do batches that come while a worker starts', async () => {
  const starting = createBatchAnalysis(1)
  try {
    const pipeline = createPipeline({ workspaceId: 'ws', queries, clock })
    const broken = { ...stream[0]!, text: undefined } as unknown as Mention
    // in-thread, the broken mention throws here rather than coming back as a worker's error
    const inThread = (e: Error) => !/analysis worker/.test(e.message)
    const batch = Array.from({ length: 1000 }, () => broken)
    for (let n = 0; n < IN_THREAD_MENTIONS; n += batch.length)
      await assert.rejects(starting.analyze(pipeline, batch), inThread)
    const warming = starting.warm() // starts the worker, which takes a while to load its models
    await assert.rejects(starting.analyze(pipeline, [broken]), inThread)
    await warming
    await assert.rejects(starting.analyze(pipeline, [broken]), /analysis worker/)
  } finally {
    await starting.close()
  }
})

test('closing the workers fails a batch still in flight instead of leaving it waiting', async () => {
  const closing = createBatchAnalysis(1)
  await closing.warm()
  const pipeline = createPipeline({ workspaceId: 'ws', queries, clock })
  const outcome = assert.rejects(closing.analyze(pipeline, stream), /closed/)
  await closing.close()
  await outcome
})

test('a worker warmed with a pipeline has its analysis built, and analyses its batches as the main thread does', async () => {
  const warmed = createBatchAnalysis(1)
  try {
    const pipeline = createPipeline({ workspaceId: 'warm', queries, clock })
    await warmed.warm([pipeline])
    assert.deepEqual(
      asJson(await warmed.analyze(pipeline, stream)),
      asJson(analyzeInThread(pipeline, stream)),
    )
  } finally {
    await warmed.close()
  }
})
