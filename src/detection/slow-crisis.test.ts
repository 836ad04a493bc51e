import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { BrandQuery } from '../core/index.ts'
import { dailyRhythm, generateTraffic, replayStream } from '../test/mention-stream.ts'
import { createDetection, type DetectedAlert } from './index.ts'

const query: BrandQuery = { id: 'q', workspaceId: 'ws', brand: 'Acme', query: 'acme', owned: ['acme'] }
const from = new Date('2026-03-02T00:00:00Z')
const DAY = 24 * 60
const HISTORY_DAYS = 6

/** a week of ordinary talk with a daily rhythm, 30 posts an hour on average, a sixth of them negative */
const ordinary = generateTraffic({
  from,
  minutes: (HISTORY_DAYS + 2) * DAY,
  perHour: dailyRhythm(from, 30),
  negativeShare: 0.15,
  seed: 21,
  idPrefix: 'life',
})

/**
 * A defect reported a little more every hour: angry posts growing from one an hour to seven over 40 hours,
 * following the same daily rhythm; the total never more than about 1.25 times the usual hour.
 */
const slowCrisis = generateTraffic({
  from: new Date(from.getTime() + HISTORY_DAYS * DAY * 60_000),
  minutes: 44 * 60,
  perHour: (minute) => Math.min(7, 7 ** (minute / (40 * 60))) * (dailyRhythm(from, 1)(minute) + 0.2),
  negativeShare: 0.85,
  emotion: 'anger',
  text: 'acme chargers overheating again, still no recall, this is dangerous',
  seed: 22,
  idPrefix: 'defect',
})

const alertsOf = (mentions: typeof ordinary): DetectedAlert[] => {
  const detection = createDetection({ queries: [query] })
  const end = new Date(from.getTime() + (HISTORY_DAYS + 2) * DAY * 60_000)
  return replayStream(detection, mentions, end).filter((a) => a.severity !== 'watch')
}

test('a crisis that builds over nearly two days, never doubling the volume, raises an alert', () => {
  const alerts = alertsOf([...ordinary, ...slowCrisis])
  const onset = from.getTime() + HISTORY_DAYS * DAY * 60_000
  assert.ok(
    alerts.some((a) => a.at.getTime() >= onset),
    `alerts: ${alerts.map((a) => `${a.at.toISOString()} ${a.severity}`).join(', ') || 'none'}`,
  )
  assert.match(alerts[0]!.explanation, /negative in 6 h vs \d+ at these hours usually/)
})

test('the same week without it raises no alert', () => {
  assert.deepEqual(
    alertsOf(ordinary).map((a) => `${a.at.toISOString()} ${a.severity}`),
    [],
  )
})

test('a brand whose talk grows by 60 % for good, in the same tone, raises no alert', () => {
  const grown = generateTraffic({
    from: new Date(from.getTime() + HISTORY_DAYS * DAY * 60_000),
    minutes: 2 * DAY,
    perHour: (minute) => 0.6 * dailyRhythm(from, 30)(minute),
    negativeShare: 0.15,
    seed: 23,
    idPrefix: 'market',
  })
  assert.deepEqual(
    alertsOf([...ordinary, ...grown]).map((a) => `${a.at.toISOString()} ${a.severity}`),
    [],
  )
})
