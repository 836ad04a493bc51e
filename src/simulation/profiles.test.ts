import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Mention } from '../core/index.ts'
import { parisTime } from './rhythm.ts'
import { DEFAULT_DAYS, SCENARIO_NAMES, VARIED_PROFILES } from './scenarios.ts'
import { simulate } from './simulate.ts'

const DAY = 86_400_000
const isOriginal = (m: Mention) => !m.repostOf && !m.replyTo
const perDay = (mentions: Mention[], days: number) => mentions.filter(isOriginal).length / days

test('every varied profile is a scenario with its default length, deterministic for a seed', () => {
  assert.deepEqual(SCENARIO_NAMES.slice(0, 3), ['demo', 'quiet', 'mixed'])
  assert.ok(VARIED_PROFILES.length >= 20)
  for (const name of VARIED_PROFILES) {
    assert.ok(DEFAULT_DAYS[name] >= 2, name)
    if (name === 'massive') continue
    const a = simulate({ seed: 3, scenario: name, days: 3 })
    const b = simulate({ seed: 3, scenario: name, days: 3 })
    assert.equal(JSON.stringify(a.mentions), JSON.stringify(b.mentions), name)
    assert.ok(a.mentions.length > 0, name)
    for (const e of a.truth.events) assert.ok(Date.parse(e.onset) <= Date.parse(e.end), `${name} ${e.kind}`)
  }
})

test('sizes range from a few posts a day to thousands an hour', () => {
  const sparse = simulate({ seed: 1, scenario: 'sparse', days: 30 })
  const daily = perDay(sparse.mentions, 30)
  assert.ok(daily > 3 && daily < 9, `sparse: ${daily} posts a day`)
  const massive = simulate({ seed: 1, scenario: 'massive', days: 1 })
  const hours = new Map<number, number>()
  for (const m of massive.mentions) {
    const hour = Math.floor(m.createdAt.getTime() / 3_600_000)
    hours.set(hour, (hours.get(hour) ?? 0) + 1)
  }
  assert.ok(Math.max(...hours.values()) > 2000)
})

test('the language profiles speak French only, English only, or a mix with Spanish and German', () => {
  const langs = (name: string) =>
    new Set(simulate({ seed: 1, scenario: name, days: 4 }).mentions.flatMap((m) => (m.lang ? [m.lang] : [])))
  assert.deepEqual([...langs('french_only')], ['fr'])
  assert.deepEqual([...langs('english_only')], ['en'])
  assert.deepEqual([...langs('multilingual')].sort(), ['de', 'en', 'es', 'fr'])
})

test('office hours stay quiet at night and at weekends; another time zone is awake at night', () => {
  const office = simulate({ seed: 1, scenario: 'office_hours', days: 14 }).mentions.filter(isOriginal)
  const local = (m: Mention) => parisTime(m.createdAt.getTime())
  const night = office.filter((m) => local(m).hour < 6).length
  const weekend = office.filter((m) => local(m).weekend).length
  assert.ok(
    night * 20 < office.length && weekend * 10 < office.length,
    `${night} ${weekend} ${office.length}`,
  )
  const share = (name: string) => {
    const posts = simulate({ seed: 1, scenario: name, days: 14 }).mentions.filter(isOriginal)
    return posts.filter((m) => local(m).hour >= 0 && local(m).hour < 5).length / posts.length
  }
  assert.ok(share('night_timezone') > 2 * share('quiet'))
})

test('a growing brand ends the run with several times its first week', () => {
  const { mentions } = simulate({ seed: 1, scenario: 'growing', days: 60 })
  const start = mentions[0]?.createdAt.getTime() ?? 0
  const week = (n: number) =>
    mentions.filter((m) => isOriginal(m) && Math.floor((m.createdAt.getTime() - start) / (7 * DAY)) === n)
      .length
  assert.ok(week(7) > 2.5 * week(0), `${week(0)} → ${week(7)}`)
})

test('harmless bursts are events but never crises; spam comes from new accounts with no followers', () => {
  const bots = simulate({ seed: 1, scenario: 'bots' })
  assert.ok(bots.truth.events.length >= 4)
  assert.ok(bots.truth.events.every((e) => e.kind === 'bot_spam' || e.kind === 'hashtag_spam'))
  const spam = bots.mentions.filter((m) => bots.labels.get(m.id)?.event !== undefined)
  assert.ok(spam.length > 500 && spam.every((m) => m.author.followers === 0))
  for (const name of ['product_launch', 'sponsorship', 'tv_ad', 'giveaway', 'news_reshare', 'meme']) {
    const { events } = simulate({ seed: 1, scenario: name }).truth
    assert.ok(events.length === 3 && events.every((e) => e.kind === name && e.size > 100), name)
  }
})

test('a cold start begins with the crisis, covered by many news outlets', () => {
  const sim = simulate({ seed: 2, scenario: 'cold_start' })
  const [crisis] = sim.truth.events
  assert.equal(crisis?.kind, 'crisis')
  assert.equal(sim.mentions[0]?.id, crisis?.originMentionId)
  const news = sim.mentions.filter((m) => m.author.verified && sim.labels.get(m.id)?.event === 0)
  assert.ok(news.length > 50, `${news.length} news posts`)
})

test('an emerging topic barely moves the total volume of its day', () => {
  const sim = simulate({ seed: 1, scenario: 'emerging_topic', days: 17 })
  const topic = sim.truth.events[1]
  const onset = Date.parse(topic?.onset ?? '')
  const inDay = (from: number) =>
    sim.mentions.filter((m) => m.createdAt.getTime() >= from && m.createdAt.getTime() < from + DAY).length
  assert.ok(inDay(onset) < 1.35 * inDay(onset - 7 * DAY), `${inDay(onset)} vs ${inDay(onset - 7 * DAY)}`)
})

test('--volume scales the ordinary traffic of any scenario; a bad factor is refused', () => {
  const base = simulate({ seed: 1, scenario: 'french_only', days: 3 }).mentions.filter(isOriginal).length
  const big = simulate({ seed: 1, scenario: 'french_only', days: 3, volume: 4 }).mentions.filter(isOriginal)
  assert.ok(big.length > 3 * base && big.length < 5 * base, `${base} → ${big.length}`)
  assert.throws(() => simulate({ seed: 1, scenario: 'quiet', volume: 0 }), { code: 'invalid' })
})
