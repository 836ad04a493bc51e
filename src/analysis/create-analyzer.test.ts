import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { AnalyzedMention, type BrandQuery, type Mention, parseMention } from '../core/index.ts'
import { createAnalysisRun, createAnalyzer } from './create-analyzer.ts'
import { createSeenSet } from './drop-seen.ts'
import type { EmotionModel, SentimentModel } from './models/port.ts'
import { compileQueries, matchQueries } from './query/index.ts'
import { fail, ok, type Step } from './step.ts'

const mentions: Mention[] = readFileSync(new URL('./fixtures/mentions.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => parseMention(JSON.parse(line)))
const mention = (n: number): Mention => mentions[n - 1]!

const queries: BrandQuery[] = [
  { id: 'orange', workspaceId: 'w', brand: 'Orange', query: 'orange', owned: ['orange_fr'] },
]
const analyzer = (over: { matchQueries?: Step; sentiment?: SentimentModel; emotions?: EmotionModel } = {}) =>
  createAnalyzer({
    seen: createSeenSet(1000),
    matchQueries: matchQueries(compileQueries(queries), queries),
    ...over,
  })

test('analyses a matching French complaint: language, negative sentiment, anger, query, likely cause', () => {
  const result = analyzer()('w', mention(1))
  assert.equal(result.kind, 'ok')
  if (result.kind !== 'ok') return
  const { analysis } = AnalyzedMention.parse(result.mention)
  assert.equal(result.mention.workspaceId, 'w')
  assert.equal(analysis.lang, 'fr')
  assert.equal(analysis.sentiment.label, 'negative')
  assert.ok(analysis.emotions.anger > 0)
  assert.deepEqual(analysis.queries, ['orange'])
  assert.ok(['data_breach_outage', 'customer_service'].includes(analysis.cause), analysis.cause)
})

test('analyses an English post as positive with joy', () => {
  const result = analyzer()('w', mention(2))
  assert.equal(result.kind, 'ok')
  if (result.kind !== 'ok') return
  assert.equal(result.mention.analysis.lang, 'en')
  assert.equal(result.mention.analysis.sentiment.label, 'positive')
  assert.ok(result.mention.analysis.emotions.joy > 0)
})

test('reads the title with the text', () => {
  const result = analyzer()('w', mention(3))
  assert.equal(result.kind, 'ok')
  if (result.kind === 'ok') assert.equal(result.mention.analysis.lang, 'fr')
})

test('a Spanish post that matches is kept with lang und', () => {
  const result = analyzer()('w', {
    ...mention(4),
    text: 'Me encanta Orange, nada que decir de mi nueva tarifa',
  })
  assert.equal(result.kind, 'ok')
  if (result.kind === 'ok') assert.equal(result.mention.analysis.lang, 'und')
})

test('stops at drop-seen for a mention seen before', () => {
  const analyze = analyzer()
  assert.equal(analyze('w', mention(1)).kind, 'ok')
  assert.deepEqual(analyze('w', mention(1)), { kind: 'skip', reason: 'duplicate', step: 'drop-seen' })
})

test('stops at match-queries for a post about no brand, before any model runs', () => {
  const throwing: SentimentModel = {
    name: 'never',
    score() {
      throw new Error('the models must not run on unmatched posts')
    },
  }
  const result = analyzer({ sentiment: throwing })('w', mention(5))
  assert.deepEqual(result, { kind: 'skip', reason: 'no brand query matched', step: 'match-queries' })
})

test('reports a failing step by name', () => {
  const broken: Step = { name: 'match-queries', run: () => fail('matcher not ready') }
  assert.deepEqual(analyzer({ matchQueries: broken })('w', mention(2)), {
    kind: 'fail',
    reason: 'matcher not ready',
    step: 'match-queries',
  })
})

test('uses the models it is given, with the detected language', () => {
  const calls: string[] = []
  const sentiment: SentimentModel = {
    name: 'fake',
    score: (_text, lang) => {
      calls.push(`sentiment:${lang}`)
      return { label: 'positive', score: 0.9, confidence: 0.9 }
    },
  }
  const emotions: EmotionModel = {
    name: 'fake',
    score: (_text, lang) => {
      calls.push(`emotions:${lang}`)
      return { anger: 0, fear: 0, sadness: 0, joy: 1, surprise: 0, disgust: 0 }
    },
  }
  const passAll: Step = { name: 'match-queries', run: () => ok }
  const result = analyzer({ matchQueries: passAll, sentiment, emotions })('w', mention(1))
  assert.deepEqual(calls, ['sentiment:fr', 'emotions:fr'])
  assert.equal(result.kind, 'ok')
  if (result.kind !== 'ok') return
  assert.equal(result.mention.analysis.sentiment.score, 0.9)
  assert.deepEqual(result.mention.analysis.queries, [])
  assert.equal(result.mention.analysis.owned, false)
})

test('createAnalysisRun gives the same analysis or outcome as createAnalyzer, without copying the mention', () => {
  const deps = () => ({
    seen: createSeenSet(1000),
    matchQueries: matchQueries(compileQueries(queries), queries),
  })
  const analyze = createAnalyzer(deps())
  const run = createAnalysisRun(deps())
  for (const m of [...mentions, mentions[0]!]) {
    const expected = analyze('w', m)
    const actual = run('w', m)
    if (expected.kind === 'ok') assert.deepEqual(actual, { kind: 'ok', analysis: expected.mention.analysis })
    else assert.deepEqual(actual, expected)
  }
})
