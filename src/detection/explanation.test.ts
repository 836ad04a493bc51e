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
  assert.match(first.explanation, /origin: @victime \(4k followers\) "Intoxication après avoir bu/)
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
    'emerging_topic',
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

const employeeCrisis = (handle = 'agent_hotline') => {
  const results = analyzedMention({
    id: 'x:results',
    createdAt: at(onset - 20),
    text: 'Résultats trimestriels : Orange gagne 24 000 abonnés fibre',
    author: { id: 'news', handle: 'tech_news', followers: 439_000, verified: true },
    analysis: { sentiment: { label: 'neutral', score: 0, confidence: 0.8 }, cause: 'none' },
  })
  const post = analyzedMention({
    id: 'x:employee',
    createdAt: at(onset),
    text: 'Journée à la hotline Orange : encore 60 abrutis qui savent pas brancher une box',
    author: { id: 'e', handle, followers: 300 },
    analysis: { sentiment: { label: 'negative', score: -0.9, confidence: 0.9 }, cause: 'employee_post' },
  })
  // the reactions complain about the service: customer service is the commonest cause among them
  const reactions = generateTraffic({
    from: at(onset + 1),
    minutes: 60,
    perHour: 600,
    negativeShare: 0.9,
    emotion: 'anger',
    seed: 31,
    idPrefix: 'rx',
    text: 'honteux ce service client Orange',
  }).map((m, i) => ({
    ...m,
    repostOf: i % 2 === 0 ? 'x:employee' : undefined,
    replyTo: i % 2 === 1 ? 'x:employee' : undefined,
    analysis: { ...m.analysis, cause: 'customer_service' as const },
  }))
  return [...quiet, results, post, ...reactions]
}

test('an alert explains from the origin post and its cascade, not from unrelated posts of the hour', () => {
  const alerts = replayStream(createDetection({ queries: [query] }), employeeCrisis(), at(3 * 24 * 60))
  const d = alerts.at(-1)!.details as unknown as AlertDetails
  assert.equal(d.origin, 'x:employee')
  assert.equal(d.originPost?.author, 'agent_hotline')
  assert.equal(d.likelyCause, 'employee_post', "the origin's cause, not the commonest among the replies")
  assert.ok(!d.topPosts.some((p) => p.id === 'x:results'), 'the results post is not a top post')
  assert.ok(!alerts.some((a) => a.mentions.includes('x:results')))
})

test('alert sentences are written in the workspace language, and both languages are kept', () => {
  const detection = createDetection({ queries: [query], settings: { language: 'fr' } })
  const [first] = replayStream(detection, employeeCrisis(), at(3 * 24 * 60))
  assert.ok(first)
  assert.match(first.explanation, /^Orange : \d+ mentions en 5 min contre [\d,]+ attendues/)
  assert.match(first.explanation, /origine : @agent_hotline \(300 abonnés\) « Journée à la hotline/)
  // the outrage says "honteux", not a crisis term: the sentence says the score was weighed down for it
  assert.match(
    first.explanation,
    /cause probable : publication d’un salarié ; aucun terme de crise depuis 6 h : score réduit d’un quart\.$/,
  )
  const d = first.details as unknown as AlertDetails
  assert.equal(d.explanations.fr, first.explanation)
  assert.match(d.explanations.en, /^Orange: \d+ mentions in 5 min vs/)
})

test('a language changed while detection runs applies to the next alert', () => {
  const detection = createDetection({ queries: [query] })
  detection.setLanguage('fr')
  const [first] = replayStream(detection, employeeCrisis(), at(3 * 24 * 60))
  assert.match(first!.explanation, /^Orange : \d+ mentions en 5 min/)
})

test('a handle exported with its @ is written once', () => {
  const [first] = replayStream(
    createDetection({ queries: [query] }),
    employeeCrisis('@agent_hotline'),
    at(3 * 24 * 60),
  )
  assert.match(first!.explanation, /origin: @agent_hotline /)
  assert.doesNotMatch(first!.explanation, /@@/)
})

test('an origin post from an export without authors is said to have an unnamed author', () => {
  const stream = employeeCrisis().map((m) =>
    m.id === 'x:employee' ? { ...m, author: { id: 'unknown', handle: 'unknown' } } : m,
  )
  const [first] = replayStream(createDetection({ queries: [query] }), stream, at(3 * 24 * 60))
  assert.match(first!.explanation, /origin: an unnamed author "Journée à la hotline/)
  assert.doesNotMatch(first!.explanation, /@unknown/)
})
