import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { BrandQuery, Mention } from '../core/index.ts'
import type { SentimentCorrectionRecord, Store } from '../store/index.ts'
import { createPipelines } from './create-pipelines.ts'

const query: BrandQuery = { id: 'q', workspaceId: 'a', brand: 'Acme', query: 'acme', owned: [] }
const sarcasm = (text: string): SentimentCorrectionRecord => ({
  workspaceId: 'a',
  mentionId: text,
  label: 'negative',
  text,
  lang: 'en',
  at: new Date(0),
})
const corrections = [
  'Thanks Acme for the wonderful two hour wait on the phone',
  'Thanks Acme for the lovely four hour wait at the counter',
  'Thanks Acme for the amazing five hour wait for my refund',
].map(sarcasm)
const mention: Mention = {
  id: 'test:new',
  source: 'test',
  createdAt: new Date(0),
  lang: 'en',
  text: 'Thanks Acme for the fantastic six hour wait at the store',
  author: { id: 'u', handle: 'u' },
}

/** A store whose reads of corrections wait until the test answers them, in the order it chooses. */
const createSlowStore = () => {
  const pending: ((rows: SentimentCorrectionRecord[]) => void)[] = []
  const store = {
    listQueries: async () => [query],
    getWorkspace: async () => undefined,
    listOwnedAccounts: async () => [],
    listCorrections: () => new Promise<SentimentCorrectionRecord[]>((resolve) => pending.push(resolve)),
  } as unknown as Store
  return { store, pending }
}

/** Lets the pipelines reach their next store read. */
const settle = () => new Promise((resolve) => setImmediate(resolve))

const labelOf = async (pipelines: ReturnType<typeof createPipelines>) => {
  const result = (await pipelines.get('a')).analyze(mention)
  return result.kind === 'ok' ? result.mention.analysis.sentiment.label : result.kind
}

test('when two re-learnings overlap, the older one finishing last does not undo the newer one', async () => {
  const { store, pending } = createSlowStore()
  const pipelines = createPipelines({ store, clock: { now: () => new Date(0) } })
  const built = pipelines.get('a')
  await settle()
  pending.shift()?.([])
  await built
  const older = pipelines.reloadSentiment('a')
  const newer = pipelines.reloadSentiment('a')
  await settle()
  const [answerOlder, answerNewer] = pending
  answerNewer?.(corrections)
  await newer
  answerOlder?.([])
  await older
  assert.equal(await labelOf(pipelines), 'negative')
})

test('re-learning a workspace whose pipeline is not built yet builds it with its corrections', async () => {
  const { store, pending } = createSlowStore()
  const pipelines = createPipelines({ store, clock: { now: () => new Date(0) } })
  const reloaded = pipelines.reloadSentiment('a')
  await settle()
  pending.shift()?.(corrections)
  await reloaded
  assert.equal(pipelines.all().length, 1)
  assert.equal(await labelOf(pipelines), 'negative')
})

const storeOf = (queries: BrandQuery[]) =>
  ({
    listQueries: async () => queries,
    listCorrections: async () => [],
    listOwnedAccounts: async () => [],
    getWorkspace: async () => undefined,
  }) as unknown as Store

test('callers asking at once for a workspace get the same pipeline', async () => {
  const pipelines = createPipelines({ store: storeOf([query]), clock: { now: () => new Date(0) } })
  const [a, b] = await Promise.all([pipelines.get('a'), pipelines.get('a')])
  assert.equal(a, b)
  assert.equal(await pipelines.reload('a'), a)
  assert.equal(await pipelines.restart('a'), a)
  assert.deepEqual(pipelines.all(), [a])
})

test('a stored query that no longer parses is left out and reported; the others still match', async () => {
  const broken = [
    { ...query, id: 'dangling', query: 'acme AND' },
    { ...query, id: 'nested', query: `${'('.repeat(20_000)}acme${')'.repeat(20_000)}` },
  ]
  const reported: string[] = []
  const pipelines = createPipelines({
    store: storeOf([broken[0]!, query, broken[1]!]),
    clock: { now: () => new Date(0) },
    onInvalidQuery: (q, error) => reported.push(`${q.id}: ${error.message}`),
  })
  const pipeline = await pipelines.get('a')
  assert.deepEqual(
    pipeline.queries.map((q) => q.id),
    ['q'],
  )
  assert.deepEqual(reported, [
    'dangling: expected a term after AND at column 9',
    'nested: query too long: 40004 characters, at most 10000 at column 10001',
  ])
  const result = pipeline.analyze(mention)
  assert.deepEqual(result.kind === 'ok' && result.mention.analysis.queries, ['q'])
})

test('a workspace in French gets a pipeline writing French alerts, and a language change reaches it', async () => {
  let language: 'fr' | 'en' = 'fr'
  const store = {
    ...storeOf([query]),
    getWorkspace: async () => ({ id: 'ws', name: 'ws', createdAt: new Date(0), language }),
  } as unknown as Store
  const pipelines = createPipelines({ store, clock: { now: () => new Date(0) } })
  const languages: string[] = []
  const pipeline = await pipelines.get('ws')
  const setLanguage = pipeline.detection.setLanguage
  pipeline.detection.setLanguage = (l) => {
    languages.push(l)
    setLanguage(l)
  }
  language = 'en'
  await pipelines.reloadSettings('ws')
  assert.deepEqual(languages, ['en'])
})
