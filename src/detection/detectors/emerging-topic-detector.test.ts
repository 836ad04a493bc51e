import assert from 'node:assert/strict'
import { test } from 'node:test'
import { type AnalyzedMention, type BrandQuery, neutralEmotions } from '../../core/index.ts'
import { analyzedMention, createRandom, replayStream } from '../../test/mention-stream.ts'

import { createDetection } from '../index.ts'

const query: BrandQuery = { id: 'q', workspaceId: 'ws', brand: 'Numéra', query: 'numera', owned: ['numera'] }
const start = new Date('2026-03-02T00:00:00Z')
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000)

// ordinary chatter: each post a few words drawn from a vocabulary of everyday brand talk
const VOCABULARY = (
  'forfait box fibre appli facture offre prix client conseiller boutique mobile reseau debit wifi tele ' +
  'abonnement option carte sim portable telephone promo code colis retard livraison question aide ' +
  'horaires magasin nouveau modele ecran batterie photo musique sport match serie film week vacances'
).split(' ')

const chatter = (from: number, minutes: number, perHour: number, seed: number): AnalyzedMention[] => {
  const random = createRandom(seed)
  const out: AnalyzedMention[] = []
  for (let minute = 0; minute < minutes; minute++) {
    if (random() >= perHour / 60) continue
    const words = Array.from({ length: 5 }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)])
    const roll = random()
    out.push(
      analyzedMention({
        id: `c${seed}:${minute}`,
        createdAt: at(from + minute + random()),
        text: `numera ${words.join(' ')}`,
        author: { id: `c${seed}-${minute}`, handle: `c${seed}_${minute}` },
        analysis: {
          sentiment:
            roll < 0.2
              ? { label: 'negative', score: -0.6, confidence: 0.7 }
              : roll < 0.5
                ? { label: 'positive', score: 0.6, confidence: 0.7 }
                : { label: 'neutral', score: 0, confidence: 0.7 },
        },
      }),
    )
  }
  return out
}

const story = (
  from: number,
  n: number,
  text: (i: number) => string,
  over: Partial<AnalyzedMention> & { negative?: boolean } = {},
): AnalyzedMention[] =>
  Array.from({ length: n }, (_, i) =>
    analyzedMention({
      id: `s${from}:${i}`,
      createdAt: at(from + (i * 40) / n),
      text: text(i),
      author: { id: `s${from}-${i}`, handle: `voice${i}` },
      analysis: {
        sentiment:
          over.negative === false
            ? { label: 'positive', score: 0.6, confidence: 0.7 }
            : { label: 'negative', score: -0.7, confidence: 0.8 },
      },
      ...over,
    }),
  )

const DAYS = 3 * 24 * 60
const serious = <A extends { severity: string }>(alerts: A[]): A[] =>
  alerts.filter((a) => a.severity !== 'watch')
const leak = (i: number) =>
  [
    `numera mes donnees clients en vente sur un forum, iban compris ${i}`,
    `fuite de donnees chez numera ? mon iban circule ${i}`,
    `numera piratage : des iban de clients en vente ${i}`,
  ][i % 3]!

test('a new subject raised by many voices alerts even when the volume barely moves', () => {
  const ordinary = chatter(0, DAYS, 20, 1)
  // for an hour, a dozen of the usual twenty posts speak of IBANs for sale instead
  const alerts = replayStream(
    createDetection({ queries: [query] }),
    [...ordinary, ...story(DAYS - 600, 12, leak)],
    at(DAYS),
  )
  const raised = serious(alerts)
  assert.ok(raised.length > 0, 'the leak is alerted')
  assert.match(raised[0]!.explanation, /new topic: \d+ voices in 60 min on "[^"]*iban/)
  assert.ok(raised[0]!.at.getTime() - at(DAYS - 600).getTime() <= 60 * 60_000)
})

test('a query with no history alerts within 30 minutes on crisis vocabulary from several authors', () => {
  const crash = (i: number) =>
    [
      `helicopter crashed into the numera building, people injured ${i}`,
      `numera tower: a helicopter crash, emergency services there ${i}`,
      `breaking: crash at numera offices, several dead ${i}`,
    ][i % 3]!
  const alerts = replayStream(createDetection({ queries: [query] }), story(0, 18, crash), at(90))
  const raised = serious(alerts)
  assert.ok(raised.length > 0)
  assert.ok(raised[0]!.at.getTime() <= at(30).getTime(), `alerted at ${raised[0]!.at.toISOString()}`)
})

test("a new query's first burst of crash and dead posts, retweets of news accounts by unknown authors, alerts before its baseline is learnt", () => {
  // a research export: no authors, old-style retweets of a few news accounts and a few posts of witnesses
  const lines = [
    'RT @newsdesk: helicopter crashed into the numera tower, several dead',
    'RT @citynews: numera tower crash: casualties reported',
    'helicopter crash at the numera tower, i heard it from my flat',
    'RT @newsdesk: helicopter crashed into the numera tower, several dead',
    'RT @radioflash: numera building crash, people injured',
    'omg a crash at numera, is everyone ok',
    'RT @citynews: numera tower crash: casualties reported',
    'RT @newsdesk: helicopter crashed into the numera tower, several dead',
    'numera tower, crash, ambulances everywhere',
    'RT @radioflash: numera building crash, people injured',
    'RT @citynews: numera tower crash: casualties reported',
    'my brother works at numera, the crash was on his floor',
    'RT @newsdesk: helicopter crashed into the numera tower, several dead',
    'RT @radioflash: numera building crash, people injured',
  ]
  const burst = lines.map((text, i) =>
    analyzedMention({
      id: `u:${i}`,
      createdAt: at(i * 2.5),
      text,
      author: { id: 'unknown', handle: 'unknown' },
      analysis: { sentiment: { label: 'negative', score: -0.7, confidence: 0.8 } },
    }),
  )
  const raised = serious(replayStream(createDetection({ queries: [query] }), burst, at(90)))
  assert.ok(raised.length > 0, 'the crash is alerted')
  assert.ok(raised[0]!.at.getTime() <= at(30).getTime(), `alerted at ${raised[0]!.at.toISOString()}`)
  assert.match(raised[0]!.explanation, /distinct voices in 30 min use crisis terms/)
})

test('one post reshared many times, or one account repeating itself, is not a topic', () => {
  const ordinary = chatter(0, DAYS, 20, 2)
  const original = analyzedMention({
    id: 'x:orig',
    createdAt: at(DAYS - 600),
    text: 'numera coupure iban fuite piratage',
    analysis: { sentiment: { label: 'negative', score: -0.8, confidence: 0.9 } },
  })
  const reshares = story(DAYS - 599, 30, () => 'numera coupure iban fuite piratage', { repostOf: 'x:orig' })
  const bot = story(DAYS - 300, 30, () => 'numera arnaque iban promo fuite', {
    author: { id: 'bot', handle: 'spam_bot' },
  })
  const detection = createDetection({ queries: [query] })
  replayStream(detection, [...ordinary, original, ...reshares, ...bot], at(DAYS))
  const shot = createDetection({ queries: [query] })
  const signals: number[] = []
  const sorted = [...ordinary, original, ...reshares, ...bot].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
  )
  for (const m of sorted) {
    shot.advance(m.createdAt)
    shot.observe(m)
    signals.push(shot.snapshot('q').signals.emerging_topic?.score ?? 0)
  }
  assert.ok(Math.max(...signals) < 0.3, `topic score ${Math.max(...signals)}`)
})

test('a harmless burst of news or praise raises no alert', () => {
  const ordinary = chatter(0, DAYS, 20, 3)
  const launch = story(
    DAYS - 600,
    25,
    (i) => `numera lance son nouveau smartphone pliable, superbe design ${i}`,
    { negative: false },
  )
  const alerts = replayStream(createDetection({ queries: [query] }), [...ordinary, ...launch], at(DAYS))
  assert.deepEqual(serious(alerts), [])
})

test('in an established stream, a complaint cluster on words it always uses weighs less than a new subject', () => {
  const ordinary = chatter(0, DAYS, 20, 1)
  const familiar = (i: number) => `numera reseau debit wifi box encore lent ${i}`
  const topScore = (cluster: (i: number) => string) => {
    const detection = createDetection({ queries: [query] })
    let top = 0
    const stream = [...ordinary, ...story(DAYS - 600, 12, cluster)].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
    )
    for (const m of stream) {
      detection.advance(m.createdAt)
      detection.observe(m)
      top = Math.max(top, detection.snapshot('q').signals.emerging_topic?.score ?? 0)
    }
    return top
  }
  const news = topScore(leak)
  const usual = topScore(familiar)
  assert.ok(news > 0.5, `a new subject: ${news}`)
  assert.ok(usual < news * 0.65, `usual words ${usual} against new ones ${news}`)
})

test('a burst of crisis vocabulary weighs less in a query with hundreds of posts of history than in one of the same age with a few dozen', () => {
  const outage = (i: number) => `numera panne chez moi depuis ce matin ${i}`
  const topScore = (before: AnalyzedMention[], from: number) => {
    const detection = createDetection({ queries: [query] })
    let top = 0
    const stream = [...before, ...story(from, 7, outage)].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
    )
    for (const m of stream) {
      detection.advance(m.createdAt)
      detection.observe(m)
      if (m.createdAt.getTime() >= at(from).getTime())
        top = Math.max(top, detection.snapshot('q').signals.emerging_topic?.score ?? 0)
    }
    return top
  }
  // three days of talk without crisis words: six posts an hour, or one
  const thick = topScore(chatter(0, DAYS, 6, 4), DAYS - 600)
  const thin = topScore(chatter(0, DAYS, 1, 4), DAYS - 600)
  assert.ok(thin > 0.5, `a query with little history: ${thin}`)
  assert.ok(thick < thin * 0.8, `hundreds of posts of history ${thick} against a few dozen ${thin}`)
})

test('in a quiet stream of a few posts a day, a dozen outage complaints in 40 minutes alert within 25 minutes', () => {
  const quiet = chatter(0, 7 * 24 * 60, 0.125, 5)
  const from = 7 * 24 * 60
  const outage = (i: number) =>
    [
      `numera en panne chez moi, plus de reseau ${i}`,
      `toujours la panne numera, aucun reseau depuis ce matin ${i}`,
      `panne generale chez numera ?? ${i}`,
    ][i % 3]!
  const raised = serious(
    replayStream(
      createDetection({ queries: [query] }),
      [...quiet, ...story(from, 12, outage)],
      at(from + 120),
    ),
  )
  assert.ok(raised.length > 0, 'the outage is alerted')
  assert.ok(raised[0]!.at.getTime() <= at(from + 25).getTime(), `alerted at ${raised[0]!.at.toISOString()}`)
})

/** `perHour` new voices an hour for `hours`, evenly spread, each writing `text(i)` */
const trickle = (
  from: number,
  hours: number,
  perHour: number,
  text: (i: number) => string,
  negative = true,
) =>
  Array.from({ length: hours * perHour }, (_, i) =>
    analyzedMention({
      id: `t${from}:${i}`,
      createdAt: at(from + (i * 60) / perHour + 0.5),
      text: text(i),
      author: { id: `t${from}-${i}`, handle: `trickle${i}` },
      analysis: {
        sentiment: negative
          ? { label: 'negative', score: -0.7, confidence: 0.8 }
          : { label: 'positive', score: 0.7, confidence: 0.8 },
        emotions: { ...neutralEmotions(), ...(negative ? { anger: 0.7 } : { joy: 0.7 }) },
      },
    }),
  )

const topicScores = (mentions: AnalyzedMention[], from: number, to: number) => {
  const detection = createDetection({ queries: [query] })
  const scores: { minute: number; score: number; explanation: string }[] = []
  const sorted = [...mentions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
  let next = from
  for (const m of sorted) {
    while (next <= to && at(next) <= m.createdAt) {
      detection.advance(at(next))
      const s = detection.snapshot('q').signals.emerging_topic
      scores.push({ minute: next, score: s?.score ?? 0, explanation: s?.explanation ?? '' })
      next += 5
    }
    detection.observe(m)
  }
  return scores
}

const hacked = (i: number) =>
  [
    `#numerahack mon compte numera vidé, quelle honte ${i}`,
    `encore un client pirate #numerahack, numera ne repond pas ${i}`,
    `#numerahack des comptes numera vides ce matin ${i}`,
  ][i % 3]!

test('in a busy stream, a new subject raised by a few voices an hour for six hours is told over six hours though no hour stands out', () => {
  const ordinary = chatter(0, DAYS, 200, 7)
  const onset = DAYS - 480
  const scores = topicScores([...ordinary, ...trickle(onset, 6, 5, hacked)], onset - 60, onset + 360)
  const firstHour = scores.filter((s) => s.minute > onset && s.minute <= onset + 60)
  const sixth = scores.filter((s) => s.minute > onset + 300)
  assert.ok(Math.max(...firstHour.map((s) => s.score)) < 0.3, 'one hour of five voices is a murmur')
  const best = sixth.reduce((b, s) => (s.score > b.score ? s : b))
  assert.ok(best.score >= 0.5, `six hours of them are a topic (${best.score})`)
  assert.match(best.explanation, /new topic: \d+ voices in 360 min on "[^"]*numerahack/)
})

test('a new subject that a few voices an hour praise for six hours stays silent', () => {
  const ordinary = chatter(0, DAYS, 200, 7)
  const onset = DAYS - 480
  const praise = (i: number) => `#numeralove super service numera, merci ${i}`
  const scores = topicScores([...ordinary, ...trickle(onset, 6, 5, praise, false)], onset, onset + 360)
  assert.ok(Math.max(...scores.map((s) => s.score)) < 0.3)
})
