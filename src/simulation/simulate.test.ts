import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseMention } from '../core/index.ts'
import { brandQueryText, TELECOMETE } from './brand.ts'
import { FIRST_SIGHT_MS } from './finalize.ts'
import { createRandom } from './random.ts'
import { parisTime } from './rhythm.ts'
import { SCENARIOS } from './scenarios.ts'
import { simulate } from './simulate.ts'

const HOUR = 3_600_000
const demo = simulate({ seed: 'demo-test', scenario: 'demo' })
const quiet = simulate({ seed: 'quiet-test', scenario: 'quiet', days: 14 })

test('the same seed gives the same mentions and truth; another seed differs', () => {
  const again = simulate({ seed: 'demo-test', scenario: 'demo' })
  assert.equal(JSON.stringify(again.mentions), JSON.stringify(demo.mentions))
  assert.deepEqual(again.truth, demo.truth)
  const other = simulate({ seed: 'other', scenario: 'demo' })
  assert.notEqual(JSON.stringify(other.mentions.slice(0, 50)), JSON.stringify(demo.mentions.slice(0, 50)))
})

test('every mention is valid in the mention format, ids already stable, in event-time order', () => {
  for (const scenario of [demo, quiet]) {
    let last = 0
    for (const mention of scenario.mentions) {
      assert.deepEqual(parseMention(JSON.parse(JSON.stringify(mention))), mention)
      assert.ok(mention.createdAt.getTime() >= last)
      last = mention.createdAt.getTime()
    }
  }
})

test('reposts and replies point at earlier mentions, and the counters match the cascade', () => {
  const seen = new Map<string, number>()
  const reposts = new Map<string, number>()
  const replies = new Map<string, number>()
  for (const m of demo.mentions) {
    for (const [parent, counter] of [
      [m.repostOf, reposts],
      [m.replyTo, replies],
    ] as const) {
      if (parent === undefined) continue
      const parentAt = seen.get(parent)
      assert.ok(parentAt !== undefined && parentAt < m.createdAt.getTime(), `${m.id} → ${parent}`)
      if (m.createdAt.getTime() <= parentAt + FIRST_SIGHT_MS)
        counter.set(parent, (counter.get(parent) ?? 0) + 1)
    }
    seen.set(m.id, m.createdAt.getTime())
  }
  assert.ok(reposts.size > 20 && replies.size > 20)
  for (const m of demo.mentions) {
    assert.equal(m.metrics?.reposts ?? 0, reposts.get(m.id) ?? 0)
    assert.equal(m.metrics?.replies ?? 0, replies.get(m.id) ?? 0)
  }
})

test('the crowd posts less at night than by day, and less at weekends', () => {
  const byHour = new Array<number>(24).fill(0)
  const weekday = { posts: 0, days: new Set<string>() }
  const weekend = { posts: 0, days: new Set<string>() }
  for (const m of quiet.mentions) {
    if (m.repostOf || m.replyTo || m.author.handle.startsWith('telecomete')) continue
    const local = parisTime(m.createdAt.getTime())
    byHour[local.hour] = (byHour[local.hour] ?? 0) + 1
    const bucket = local.weekend ? weekend : weekday
    bucket.posts++
    bucket.days.add(m.createdAt.toISOString().slice(0, 10))
  }
  const night = (byHour[2] ?? 0) + (byHour[3] ?? 0) + (byHour[4] ?? 0)
  const day = (byHour[10] ?? 0) + (byHour[11] ?? 0) + (byHour[12] ?? 0)
  assert.ok(night * 4 < day, `night ${night} vs day ${day}`)
  assert.ok(weekend.posts / weekend.days.size < 0.85 * (weekday.posts / weekday.days.size))
})

test('follower counts are heavy-tailed, with a few verified accounts', () => {
  const authors = new Map(quiet.mentions.map((m) => [m.author.id, m.author]))
  const followers = [...authors.values()].map((a) => a.followers ?? 0).sort((a, b) => a - b)
  const median = followers[Math.floor(followers.length / 2)] ?? 1
  assert.ok((followers.at(-1) ?? 0) > 500 * median, `max ${followers.at(-1)} vs median ${median}`)
  const verified = [...authors.values()].filter((a) => a.verified)
  assert.ok(verified.length >= 3 && verified.length < authors.size / 20)
})

test('brand posts name the brand in a way its query finds', () => {
  assert.equal(
    brandQueryText(TELECOMETE),
    '"Télécomète" OR "Telecomete" OR "TÉLÉCOMÈTE" OR telecomete OR @telecomete OR @telecomete_aide',
  )
  const originals = demo.mentions.filter((m) => !m.repostOf && !m.replyTo)
  const named = originals.filter((m) => /t[ée]l[ée]com[èe]te/i.test(m.text))
  assert.ok(named.length / originals.length > 0.9, `${named.length}/${originals.length}`)
})

test('the demo crisis starts at its onset and raises volume and negativity over the day before', () => {
  const [crisis] = demo.truth.events
  assert.equal(crisis?.kind, 'crisis')
  assert.equal(crisis?.cause, 'employee_post')
  const onset = Date.parse(crisis?.onset ?? '')
  const origin = demo.mentions.find((m) => m.id === crisis?.originMentionId)
  assert.equal(origin?.createdAt.getTime(), onset)
  const window = (from: number) =>
    demo.mentions.filter((m) => m.createdAt.getTime() >= from && m.createdAt.getTime() < from + 12 * HOUR)
  const negativeShare = (ms: typeof demo.mentions) =>
    ms.filter((m) => demo.labels.get(m.id)?.tone === 'negative').length / ms.length
  const during = window(onset)
  const before = window(onset - 24 * HOUR)
  assert.ok(during.length > 4 * before.length, `${during.length} vs ${before.length}`)
  assert.ok(negativeShare(during) > negativeShare(before) + 0.3)
})

test('the brand stays silent on the crisis until its statement', () => {
  const [crisis] = demo.truth.events
  const onset = Date.parse(crisis?.onset ?? '')
  const response = Date.parse(crisis?.brandResponseAt ?? '')
  assert.ok(response > onset)
  const fromBrand = demo.mentions.filter(
    (m) => m.author.handle === 'telecomete' && demo.labels.get(m.id)?.event === 0,
  )
  assert.ok(fromBrand.length > 0)
  assert.ok(fromBrand.every((m) => m.createdAt.getTime() >= response))
})

test('the quiet scenario injects nothing', () => {
  assert.deepEqual(quiet.truth.events, [])
  assert.ok([...quiet.labels.values()].every((l) => l.event === undefined))
})

test('a long mixed run is planned with at least 50 crises and every kind of trap', () => {
  const plan = SCENARIOS.mixed({
    random: createRandom('plan'),
    start: Date.UTC(2026, 0, 1),
    days: 180,
    brand: TELECOMETE,
  })
  const count = (kind: string) => plan.events.filter((e) => e.kind === kind).length
  assert.ok(count('crisis') >= 50, `${count('crisis')} crises`)
  assert.ok(count('positive_viral') >= 5 && count('campaign') >= 3 && count('source_outage') >= 3)
})

test('a mixed month generates with a gap where a source was out', () => {
  const mixed = simulate({ seed: 5, scenario: 'mixed', days: 30 })
  const outages = mixed.truth.events.filter((e) => e.kind === 'source_outage')
  assert.ok(outages.length > 0 && mixed.truth.events.some((e) => e.kind === 'crisis'))
  for (const outage of outages) {
    const [from, to] = [Date.parse(outage.onset), Date.parse(outage.end)]
    const inGap = mixed.mentions.filter(
      (m) =>
        (outage.source === 'all' || m.source === outage.source) &&
        m.createdAt.getTime() >= from &&
        m.createdAt.getTime() < to,
    )
    assert.equal(inGap.length, 0)
    assert.ok(outage.size > 0)
  }
})

test('an unknown scenario or a bad day count is refused', () => {
  assert.throws(() => simulate({ seed: 1, scenario: 'chaos' }), {
    code: 'invalid',
    message: /known: demo, quiet, mixed/,
  })
  assert.throws(() => simulate({ seed: 1, scenario: 'quiet', days: 0 }), { code: 'invalid' })
})
