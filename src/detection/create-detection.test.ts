import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { BrandQuery } from '../core/index.ts'
import { dailyRhythm, generateTraffic, replayStream } from '../test/mention-stream.ts'
import { createDetection, type DetectedAlert } from './index.ts'

const query: BrandQuery = { id: 'q', workspaceId: 'ws', brand: 'Orange', query: 'orange', owned: ['orange'] }
const start = new Date('2026-03-02T00:00:00Z')
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000)
const DAY = 24 * 60
const quiet = (days: number, seed = 1) =>
  generateTraffic({
    from: start,
    minutes: days * DAY,
    perHour: dailyRhythm(start, 30),
    seed,
    idPrefix: `quiet${seed}`,
  })
const run = (
  mentions: Parameters<typeof replayStream>[1],
  end: Date,
  settings?: Parameters<typeof createDetection>[0]['settings'],
) => replayStream(createDetection({ queries: [query], ...(settings ? { settings } : {}) }), mentions, end)
const serious = (alerts: DetectedAlert[]) => alerts.filter((a) => a.severity !== 'watch')
const rank = { watch: 1, alert: 2, crisis: 3 } as const

test('a week of quiet traffic with a daily rhythm raises no alert', () => {
  assert.deepEqual(run(quiet(7), at(7 * DAY)), [])
})

test('a sudden surge of angry posts alerts within the first buckets, once per level, escalating', () => {
  const onset = 3 * DAY + 14 * 60
  const surge = generateTraffic({
    from: at(onset),
    minutes: 120,
    perHour: 900,
    negativeShare: 0.75,
    emotion: 'anger',
    seed: 7,
    idPrefix: 'surge',
    text: 'boycott Orange, scandale des factures',
  })
  const alerts = run([...quiet(4), ...surge], at(4 * DAY))
  assert.ok(alerts.length >= 1 && alerts.length <= 3, `one alert per level at most, got ${alerts.length}`)
  const first = alerts[0]!
  assert.ok(
    first.at.getTime() - at(onset).getTime() <= 15 * 60_000,
    `first alert after ${first.at.toISOString()}`,
  )
  assert.ok(serious(alerts).length >= 1)
  assert.equal(alerts.at(-1)!.severity, 'crisis')
  for (let i = 1; i < alerts.length; i++) assert.ok(rank[alerts[i]!.severity] > rank[alerts[i - 1]!.severity])
})

test('a wave of mockery read as negative, without harsh emotion or crisis terms, stays below crisis; the same wave angry and naming a scandal reaches it', () => {
  const onset = 3 * DAY + 14 * 60
  const wave = (emotion?: 'anger') =>
    generateTraffic({
      from: at(onset),
      minutes: 120,
      perHour: 900,
      negativeShare: 0.6,
      emotion,
      seed: 7,
      idPrefix: 'wave',
      text: emotion ? 'what a scandal, Orange 🤡' : 'nobody: absolutely nobody: Orange 🤡',
    })
  const meme = run([...quiet(4), ...wave()], at(4 * DAY))
  assert.ok(meme.length > 0, 'the surge itself is seen')
  assert.ok(
    meme.every((a) => a.severity !== 'crisis'),
    `no crisis: ${meme.map((a) => `${a.severity} ${a.score}`).join(', ')}`,
  )
  const angry = run([...quiet(4), ...wave('anger')], at(4 * DAY))
  assert.equal(angry.at(-1)?.severity, 'crisis')
})

test('without crisis terms heard in the last hours a surge counts for three quarters, and a setting of 0 turns that off', () => {
  const onset = 3 * DAY + 14 * 60
  const wave = (text: string) =>
    generateTraffic({
      from: at(onset),
      minutes: 120,
      perHour: 900,
      negativeShare: 0.9,
      emotion: 'anger',
      seed: 7,
      idPrefix: 'wave',
      text,
    })
  const top = (alerts: readonly DetectedAlert[]) => Math.max(0, ...alerts.map((a) => a.score))
  const plain = 'this Orange service is awful'
  const unheard = run([...quiet(4), ...wave(plain)], at(4 * DAY))
  const ungated = run([...quiet(4), ...wave(plain)], at(4 * DAY), { lexicon: { withinHours: 0 } })
  const named = run([...quiet(4), ...wave(`${plain}, a scandal`)], at(4 * DAY))
  assert.ok(top(ungated) >= 80, `the angry wave alone scores high: ${top(ungated)}`)
  assert.ok(top(unheard) <= 0.75 * top(ungated) + 0.1, `${top(unheard)} vs ${top(ungated)}`)
  assert.ok(unheard.every((a) => a.severity !== 'crisis'))
  assert.ok(
    unheard.some((a) =>
      /no crisis terms in the last 6 h/.test(
        (a.details as { explanations?: { en: string } }).explanations?.en ?? '',
      ),
    ),
    'the sentence says why',
  )
  assert.equal(named.at(-1)?.severity, 'crisis', 'the same wave naming a scandal is a crisis')
  assert.ok(named.every((a) => !/no crisis terms/.test(a.explanation)))
})

test('a crisis that builds up raises a new alert only when it escalates', () => {
  const onset = 2 * DAY + 10 * 60
  const ramp = generateTraffic({
    from: at(onset),
    minutes: 180,
    perHour: (m) => 40 + m * 8,
    negativeShare: 0.6,
    emotion: 'disgust',
    seed: 3,
    idPrefix: 'ramp',
  })
  const alerts = run([...quiet(3), ...ramp], at(3 * DAY))
  assert.ok(alerts.length >= 2, `expected escalation, got ${alerts.map((a) => a.severity).join(',')}`)
  for (let i = 1; i < alerts.length; i++) assert.ok(rank[alerts[i]!.severity] > rank[alerts[i - 1]!.severity])
})

test('a positive viral surge reads at most as a watch', () => {
  const viral = generateTraffic({
    from: at(2 * DAY + 12 * 60),
    minutes: 120,
    perHour: 1200,
    negativeShare: 0.05,
    positiveShare: 0.8,
    seed: 5,
    idPrefix: 'viral',
    text: 'love the new Orange ad, brilliant',
  })
  const alerts = run([...quiet(3), ...viral], at(3 * DAY))
  assert.deepEqual(serious(alerts), [])
})

test('the same stream replayed twice gives the same alerts', () => {
  const surge = generateTraffic({
    from: at(DAY + 600),
    minutes: 60,
    perHour: 800,
    negativeShare: 0.8,
    seed: 9,
  })
  const stream = [...quiet(2, 4), ...surge]
  const once = run(stream, at(2 * DAY))
  assert.ok(once.length > 0)
  assert.deepEqual(run(stream, at(2 * DAY)), once)
})

test('a query with no history that is suddenly everywhere still alerts', () => {
  const surge = generateTraffic({
    from: at(0),
    minutes: 60,
    perHour: 2000,
    negativeShare: 0.8,
    emotion: 'anger',
    seed: 11,
  })
  const detection = createDetection({ queries: [query] })
  detection.advance(at(0))
  const alerts = serious(replayStream(detection, surge, at(60)))
  assert.ok(alerts.length >= 1)
  assert.ok(alerts[0]!.at.getTime() <= at(15).getTime(), `alerted at ${alerts[0]!.at.toISOString()}`)
})

test('a new query with ordinary traffic does not alert while its baseline warms up', () => {
  const steady = generateTraffic({ from: at(0), minutes: DAY, perHour: 90, negativeShare: 0.2, seed: 13 })
  assert.deepEqual(serious(run(steady, at(DAY))), [])
})

test('swapping the queries keeps unchanged ones, starts changed and new ones afresh, and drops removed ones', () => {
  const q = (id: string, text = 'orange'): BrandQuery => ({ ...query, id, query: text })
  const surgeOf = (queryId: string, seed: number) =>
    generateTraffic({
      from: at(0),
      minutes: 60,
      perHour: 2000,
      negativeShare: 0.8,
      emotion: 'anger',
      seed,
      queryId,
      idPrefix: queryId,
    })
  const detection = createDetection({ queries: [q('kept'), q('edited'), q('removed')] })
  detection.advance(at(0))
  const surges = [...surgeOf('kept', 21), ...surgeOf('edited', 22), ...surgeOf('removed', 23)]
  replayStream(detection, surges, at(60))
  for (const id of ['kept', 'edited', 'removed']) assert.notEqual(detection.snapshot(id).level, 'normal')

  detection.setQueries([q('kept'), q('edited', 'orange OR sosh'), q('added')])

  const kept = detection.snapshot('kept')
  assert.notEqual(kept.level, 'normal')
  assert.notEqual(kept.at, null)
  for (const id of ['edited', 'added']) {
    const fresh = detection.snapshot(id)
    assert.equal(fresh.level, 'normal')
    assert.equal(fresh.at, null)
  }
  assert.throws(() => detection.snapshot('removed'), /no brand query removed/)
  // the removed query's mentions are ignored; the others go on from the same bucket grid
  const later = replayStream(detection, surgeOf('removed', 24).map(shift(60)), at(120))
  assert.deepEqual(later, [])
  assert.equal(detection.snapshot('kept').at?.getTime(), at(120).getTime())
})

const shift = (minutes: number) => (m: ReturnType<typeof generateTraffic>[number]) => ({
  ...m,
  createdAt: new Date(m.createdAt.getTime() + minutes * 60_000),
})

test('a query seeded with its past judges a surge against it, not as a brand still learning', () => {
  const live = [
    ...generateTraffic({ from: at(7 * DAY), minutes: DAY, perHour: dailyRhythm(at(7 * DAY), 60), seed: 2 }),
    ...generateTraffic({
      from: at(7 * DAY + 14 * 60),
      minutes: 120,
      perHour: 300,
      negativeShare: 0.6,
      emotion: 'anger',
      seed: 3,
      idPrefix: 'surge',
      text: 'Orange panne réseau depuis ce matin',
    }),
  ]
  const history = generateTraffic({ from: start, minutes: 7 * DAY, perHour: dailyRhythm(start, 60), seed: 1 })
  const firstAlert = (seeded: boolean) => {
    const detection = createDetection({ queries: [query] })
    detection.advance(at(7 * DAY))
    if (seeded) assert.equal(detection.seed('q', history), history.length)
    return replayStream(detection, live, at(8 * DAY))[0]
  }
  assert.match(firstAlert(false)!.explanation, /baseline still learning/)
  const seeded = firstAlert(true)!
  assert.doesNotMatch(seeded.explanation, /still learning/)
  const volume = (seeded.details as { signals: Record<string, { baseline: number }> }).signals.volume!
  assert.ok(volume.baseline > 5, `expected from history: ${volume.baseline}`)
})

test('seeding raises no alert from the past, and an unknown query is refused', () => {
  const detection = createDetection({ queries: [query] })
  const crisisPast = generateTraffic({
    from: start,
    minutes: 120,
    perHour: 2000,
    negativeShare: 0.9,
    seed: 4,
  })
  detection.advance(at(DAY))
  detection.seed('q', crisisPast)
  assert.deepEqual(detection.advance(at(DAY + 10)), [])
  assert.throws(() => detection.seed('nope', []), /no brand query nope/)
})
