import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AnalyzedMention, BrandQuery } from '../core/index.ts'
import { analyzedMention, dailyRhythm, generateTraffic, replayStream } from '../test/mention-stream.ts'
import { type AlertDetails, createDetection } from './index.ts'

const query: BrandQuery = { id: 'q', workspaceId: 'ws', brand: 'Orange', query: 'orange', owned: ['orange'] }
const start = new Date('2026-03-02T00:00:00Z')
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000)
const onset = 2 * 24 * 60 + 15 * 60
const quiet = generateTraffic({
  from: start,
  minutes: 3 * 24 * 60,
  perHour: dailyRhythm(start, 30),
  seed: 21,
})

const crisisStream = (): AnalyzedMention[] => {
  const origin = analyzedMention({
    id: 'x:origin',
    createdAt: at(onset),
    text: 'Intoxication après avoir bu du jus Orange, rappel immédiat svp',
    author: { id: 'v', handle: 'victime', followers: 4_000 },
    analysis: { sentiment: { label: 'negative', score: -0.9, confidence: 0.9 }, cause: 'product_defect' },
  })
  const star = analyzedMention({
    id: 'x:star',
    createdAt: at(onset + 2),
    text: 'Scandale Orange : intoxication alimentaire, des dizaines de cas',
    author: { id: 's', handle: 'journaliste', followers: 850_000, verified: true },
    analysis: { sentiment: { label: 'negative', score: -0.8, confidence: 0.9 }, cause: 'product_defect' },
  })
  const reshares = generateTraffic({
    from: at(onset + 1),
    minutes: 90,
    perHour: 700,
    negativeShare: 0.8,
    emotion: 'anger',
    seed: 22,
    idPrefix: 'rs',
    text: 'intoxication jus Orange rappel',
  }).map((m, i) => ({
    ...m,
    repostOf: i % 3 === 0 ? 'x:origin' : undefined,
    analysis: { ...m.analysis, cause: 'product_defect' as const },
  }))
  return [...quiet, origin, star, ...reshares]
}

test('an alert names the signals and their magnitudes, the top post and the likely cause', () => {
  const [first] = replayStream(createDetection({ queries: [query] }), crisisStream(), at(3 * 24 * 60))
  assert.ok(first)
  assert.match(
    first.explanation,
    /^Orange: \d+ mentions in 5 min vs [\d.]+ expected \([\d.]+×\); negative share \d+% vs \d+% usual/,
  )
  assert.match(first.explanation, /likely cause: product defect/)
  assert.match(first.explanation, /top post by @/)
  assert.equal(first.kind, 'crisis')
  assert.equal(first.workspaceId, 'ws')
})

test('an alert lists the origin post first and carries the details of the conversation', () => {
  const alerts = replayStream(createDetection({ queries: [query] }), crisisStream(), at(3 * 24 * 60))
  const last = alerts.at(-1)!
  assert.equal(last.mentions[0], 'x:origin')
  assert.ok(last.mentions.includes('x:star'))
  const d = last.details as unknown as AlertDetails
  assert.equal(d.origin, 'x:origin')
  assert.equal(d.likelyCause, 'product_defect')
  assert.ok(d.topTerms.some((t) => t.term === 'intoxication'))
  assert.ok(!d.topTerms.some((t) => t.term === 'orange'), 'the brand is not a top term')
  assert.ok(d.emotions.anger > 0.3)
  assert.ok(d.sentiment.negativeShare > 0.5)
  assert.deepEqual(Object.keys(d.signals).sort(), [
    'influence',
    'lexicon',
    'loss_of_control',
    'negative_share',
    'virality',
    'volume',
  ])
  assert.ok(d.amplifiers.length > 0)
  assert.deepEqual(d.sources, [{ source: 'test', count: d.sentiment.mentions }])
})

test('a planned campaign, the brand posting and fans resharing, reads at most as a watch', () => {
  const launch = Array.from({ length: 8 }, (_, i) =>
    analyzedMention({
      id: `own:${i}`,
      createdAt: at(onset + i * 10),
      text: 'Découvrez la nouvelle offre Orange !',
      author: { id: 'orange', handle: 'orange', followers: 500_000, verified: true },
      analysis: { owned: true, sentiment: { label: 'positive', score: 0.8, confidence: 0.9 } },
    }),
  )
  const fans = generateTraffic({
    from: at(onset + 2),
    minutes: 120,
    perHour: 900,
    negativeShare: 0.08,
    positiveShare: 0.7,
    seed: 23,
    idPrefix: 'fan',
    text: 'la nouvelle offre Orange est top',
  }).map((m, i) => ({ ...m, repostOf: `own:${i % 8}` }))
  const alerts = replayStream(
    createDetection({ queries: [query] }),
    [...quiet, ...launch, ...fans],
    at(3 * 24 * 60),
  )
  assert.deepEqual(
    alerts.filter((a) => a.severity !== 'watch'),
    [],
  )
})

test('a snapshot shows the level, the score and each signal of a query', () => {
  const detection = createDetection({ queries: [query] })
  replayStream(
    detection,
    crisisStream().filter((m) => m.createdAt < at(onset + 30)),
    at(onset + 30),
  )
  const state = detection.snapshot('q')
  assert.equal(state.level, 'crisis')
  assert.ok(state.score >= 80)
  assert.ok(state.signals.volume!.value > state.signals.volume!.baseline)
  assert.throws(() => detection.snapshot('nope'), /no brand query nope/)
})
