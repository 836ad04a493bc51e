import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AnalyzedMention, BrandQuery, Signal } from '../../core/index.ts'
import { analyzedMention, generateTraffic } from '../../test/mention-stream.ts'
import { DetectionSettings, detectors } from '../index.ts'

const query: BrandQuery = { id: 'q', workspaceId: 'ws', brand: 'Acme', query: 'acme', owned: ['acme'] }
const settings = DetectionSettings.parse({})
const t0 = Date.UTC(2026, 2, 2, 12)
const at = (minutes: number) => new Date(t0 + minutes * 60_000)

/** Feeds mentions in time order and returns every signal, closing buckets up to `end` minutes. */
const run = (kind: keyof typeof detectors, mentions: AnalyzedMention[], end: number): Signal[] => {
  const d = detectors[kind]({ query, settings })
  const signals: Signal[] = []
  for (const m of [...mentions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    signals.push(...d.advance(m.createdAt))
    d.observe(m)
  }
  return [...signals, ...d.advance(at(end))]
}
const post = (minute: number, over: Parameters<typeof analyzedMention>[0] = {}) =>
  analyzedMention({ createdAt: at(minute), ...over })

test('virality flags a post whose reshares accelerate, before it peaks, origin first', () => {
  const origin = post(0, { id: 'x:origin', author: { id: 'o', handle: 'angry', followers: 30_000 } })
  const reshares = Array.from({ length: 100 }, (_, i) =>
    post(1 + i * 0.2, { repostOf: i < 10 ? 'x:origin' : `x:r${i - 10}`, id: `x:r${i}` }),
  )
  const signals = run('virality', [origin, ...reshares], 30)
  const strongest = signals.reduce((a, b) => (b.score > a.score ? b : a))
  assert.ok(strongest.score > 0.5, strongest.explanation)
  assert.equal(strongest.mentions[0], 'x:origin')
  assert.ok(strongest.value > 100, `forecast ${strongest.value}`)
  assert.match(strongest.explanation, /@angry/)
  assert.match(strongest.explanation, /forecast \d+ reshares \(\d+–\d+\)$/, 'a forecast with its range')
})

test('a forecast is shown only once enough reshares are seen to make it meaningful', () => {
  const origin = post(0, { id: 'x:o', author: { id: 'o', handle: 'early', followers: 50_000 } })
  const few = Array.from({ length: 5 }, (_, i) => post(1 + i, { repostOf: 'x:o', id: `x:f${i}` }))
  const [signal] = run('virality', [origin, ...few], 10).filter((s) => s.score > 0)
  assert.ok(signal, 'the cascade is followed')
  assert.doesNotMatch(signal.explanation, /forecast/)
})

test('influence rises when a large-audience author joins with a negative post', () => {
  const star = post(2, {
    author: { id: 's', handle: 'star', followers: 2_000_000, verified: true },
    analysis: { sentiment: { label: 'negative', score: -0.8, confidence: 0.9 } },
  })
  const [signal] = run('influence', [star], 5)
  assert.ok(signal!.score > 0.8)
  assert.match(signal!.explanation, /@star \(2M followers, verified\)/)
  assert.ok(
    run('influence', [post(2)], 5).every((s) => s.score === 0),
    'an ordinary author is no influence',
  )
})

test('loss of control grows while the brand stays silent during a surge, and falls when it speaks', () => {
  const background = Array.from({ length: 24 * 12 }, (_, i) => post(-24 * 60 + i * 5 + 1))
  const surge = Array.from({ length: 600 }, (_, i) => post(i * 0.1))
  const silent = run('loss_of_control', [...background, ...surge], 60).filter((s) => s.at >= at(0))
  assert.ok(silent.at(-1)!.score > 0.8, silent.at(-1)!.explanation)
  assert.match(silent.at(-1)!.explanation, /silent for 60 min/)
  const answer = post(55, { author: { id: 'b', handle: 'acme' }, analysis: { owned: true } })
  const spoke = run('loss_of_control', [...background, ...surge, answer], 60).filter((s) => s.at >= at(0))
  assert.ok(spoke.at(-1)!.score < 0.2, spoke.at(-1)!.explanation)
})

test('the crisis lexicon scores a rise of crisis words and names them', () => {
  const usual = Array.from({ length: 12 * 24 }, (_, i) => post(-24 * 60 + i * 5 + 1))
  const storm = Array.from({ length: 30 }, (_, i) =>
    post(i / 6, { text: 'Rappel conso : intoxication, je porte plainte' }),
  )
  const signals = run('lexicon', [...usual, ...storm], 5)
  const last = signals.at(-1)!
  assert.ok(last.score > 0.8)
  assert.match(last.explanation, /"intoxication" ×30/)
})

test('reshares of a story its replies praise are no crisis cue for the lexicon; of one its replies do not praise, they are', () => {
  const usual = Array.from({ length: 12 * 24 }, (_, i) => post(-24 * 60 + i * 5 + 1))
  const story = (replyLabel: 'positive' | 'negative') => {
    const origin = post(0, {
      id: 'x:story',
      text: 'Ma box Acme en panne le jour de mon entretien, le conseiller m’a prêté son bureau',
    })
    const replies = Array.from({ length: 4 }, (_, i) =>
      post(0.2 + i * 0.1, {
        replyTo: 'x:story',
        text: 'bravo Acme',
        analysis: {
          sentiment: { label: replyLabel, score: replyLabel === 'positive' ? 0.6 : -0.6, confidence: 0.8 },
        },
      }),
    )
    const reshares = Array.from({ length: 30 }, (_, i) =>
      post(1 + i / 10, {
        repostOf: 'x:story',
        text: 'RT @lucie: Ma box Acme en panne le jour de mon entretien…',
      }),
    )
    return run('lexicon', [...usual, origin, ...replies, ...reshares], 10).find(
      (s) => s.at.getTime() === at(5).getTime(),
    )!
  }
  const welcome = story('positive')
  const unwelcome = story('negative')
  assert.ok(welcome.score < 0.2, `welcome story ${welcome.score}`)
  assert.ok(unwelcome.score > 0.8, `unwelcome story ${unwelcome.score}`)
  // the story itself and its 30 reshares
  assert.match(unwelcome.explanation, /"panne" ×31/)
})

test('the negative shift counts anger, disgust and fear even when polarity stays neutral', () => {
  const usual = Array.from({ length: 12 * 24 * 2 }, (_, i) => post(-48 * 60 + i * 5 + 1))
  const angry = Array.from({ length: 30 }, (_, i) =>
    post(i / 6, {
      analysis: { emotions: { anger: 0.9, fear: 0, sadness: 0, joy: 0, surprise: 0, disgust: 0.6 } },
    }),
  )
  const last = run('negative_share', [...usual, ...angry], 5).at(-1)!
  assert.ok(last.score > 0.6, last.explanation)
  assert.match(last.explanation, /anger, disgust or fear 100%/)
})

test('a surge mostly in a language Vigie does not read has an unknown tone, half bad, said in the sentence', () => {
  const unread = Array.from({ length: 30 }, (_, i) =>
    post(i * 0.15, { text: 'se fue la luz en toda la ciudad', analysis: { lang: 'und' } }),
  )
  const [signal] = run('negative_share', unread, 5)
  assert.ok(signal!.score >= 0.45 && signal!.score <= 0.5, `score ${signal!.score}`)
  assert.match(signal!.explanation, /100% of posts in a language Vigie does not read/)
  const read = Array.from({ length: 30 }, (_, i) => post(i * 0.15))
  assert.equal(
    run('negative_share', read, 5)[0]!.score,
    0,
    'a neutral conversation read in French or English',
  )
})

test('a rise of negative posts that anger, disgust or fear do not follow weighs less than the same rise angry', () => {
  const usual = Array.from({ length: 12 * 24 * 2 }, (_, i) =>
    post(-48 * 60 + i * 5 + 1, {
      // a fifth of the usual talk is negative, a third of that angry
      analysis:
        i % 5 === 0
          ? {
              sentiment: { label: 'negative', score: -0.6, confidence: 0.8 },
              emotions:
                i % 15 === 0
                  ? { anger: 0.8, fear: 0, sadness: 0, joy: 0, surprise: 0, disgust: 0 }
                  : { anger: 0, fear: 0, sadness: 0.2, joy: 0, surprise: 0, disgust: 0 },
            }
          : {},
    }),
  )
  const wave = (anger: number) =>
    Array.from({ length: 30 }, (_, i) =>
      post(i / 6, {
        analysis:
          i % 3 === 0
            ? {}
            : {
                sentiment: { label: 'negative', score: -0.6, confidence: 0.8 },
                emotions: { anger, fear: 0, sadness: 0, joy: 0.3, surprise: 0.3, disgust: 0 },
              },
      }),
    )
  const mockery = run('negative_share', [...usual, ...wave(0)], 5).at(-1)!
  const complaints = run('negative_share', [...usual, ...wave(0.8)], 5).at(-1)!
  assert.ok(complaints.score > 0.8, complaints.explanation)
  assert.ok(mockery.score <= 0.35, `${mockery.score}: ${mockery.explanation}`)
  assert.match(mockery.explanation, /negative share 67%/)
})

test('the negative share of the last hours is read against a week: a tone souring over a day still scores at its end, and says so', () => {
  const from = at(-5 * 24 * 60)
  const usual = generateTraffic({
    from,
    minutes: 5 * 24 * 60,
    perHour: 20,
    negativeShare: 0.15,
    emotion: 'anger',
    seed: 31,
  })
  // then a day during which the negative share creeps from 15 % to 40 %
  const souring = Array.from({ length: 24 }, (_, hour) =>
    generateTraffic({
      from: at(hour * 60),
      minutes: 60,
      perHour: 20,
      negativeShare: 0.15 + (0.25 * (hour + 1)) / 24,
      emotion: 'anger',
      seed: 40 + hour,
      idPrefix: `sour${hour}`,
    }),
  ).flat()
  const calm = generateTraffic({
    from: at(0),
    minutes: 24 * 60,
    perHour: 20,
    negativeShare: 0.15,
    emotion: 'anger',
    seed: 32,
    idPrefix: 'calm',
  })
  const last = (mentions: AnalyzedMention[]) =>
    run('negative_share', mentions, 24 * 60).filter((s) => s.at.getTime() > at(22 * 60).getTime())
  const soured = last([...usual, ...souring])
  assert.ok(
    soured.every((s) => s.score > 0.35),
    `lowest ${Math.min(...soured.map((s) => s.score))}`,
  )
  assert.match(soured.at(-1)!.explanation, /over 6 h, \d+% vs 1\d% over a week/)
  const stayed = last([...usual, ...calm])
  assert.ok(
    Math.max(...stayed.map((s) => s.score)) < 0.3,
    `highest ${Math.max(...stayed.map((s) => s.score))}`,
  )
})
