import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseBacktestEvents } from './backtest-event.ts'
import { formatBacktestReport } from './format-backtest-report.ts'
import { type BacktestAlert, scoreEvents } from './score-events.ts'

const t = (hours: number, minutes = 0) =>
  new Date(Date.UTC(2026, 0, 5) + hours * 3_600_000 + minutes * 60_000)
const events = [
  { id: 'c1', kind: 'crisis', queryId: 'acme', onset: t(10), end: t(14) },
  { id: 'c2', kind: 'crisis', queryId: 'acme', onset: t(30), end: t(33) },
  { id: 'c3', kind: 'crisis', queryId: 'bolt', onset: t(50) },
  { id: 'v1', kind: 'positive_viral', queryId: 'acme', onset: t(70), end: t(72) },
]

test('a crisis counts as detected from its first alert inside its window, with the delay from onset', () => {
  const alerts: BacktestAlert[] = [
    { at: t(10, 12), queryId: 'acme', severity: 'alert' },
    { at: t(10, 4), queryId: 'acme', severity: 'watch' }, // below alert level: does not count
    { at: t(11), queryId: 'acme', severity: 'crisis' },
    { at: t(50, 6), queryId: 'bolt', severity: 'crisis' },
  ]
  const score = scoreEvents({ alerts, events, quietDays: 28 })
  const [c1, c2, c3] = score.events
  assert.deepEqual([c1?.alerted, c1?.delayMs, c1?.alerts], [true, 12 * 60_000, 2])
  assert.equal(c2?.alerted, false)
  assert.equal(c3?.delayMs, 6 * 60_000)
  assert.equal(score.detectedCrises, 2)
  assert.equal(score.recall, 2 / 3)
  assert.equal(score.medianDelayMs, 9 * 60_000)
})

test('alerts outside crisis windows, during a trap or on another query are false alerts', () => {
  const alerts: BacktestAlert[] = [
    { at: t(20), queryId: 'acme', severity: 'alert' }, // quiet time
    { at: t(71), queryId: 'acme', severity: 'alert' }, // positive viral post
    { at: t(12), queryId: 'bolt', severity: 'alert' }, // acme's crisis, bolt's alert
    { at: t(12), queryId: 'acme', severity: 'alert' }, // legitimate
    { at: t(40), queryId: 'acme', severity: 'watch' }, // below alert level
  ]
  const score = scoreEvents({ alerts, events, quietDays: 14 })
  assert.equal(score.falseAlerts, 3)
  assert.equal(score.falseAlertsPerWeek, 1.5)
  assert.ok(Math.abs(score.falseAlertsPer30Days - (3 / 14) * 30) < 1e-12)
  assert.equal(score.events[3]?.alerted, true)
})

test('an event without an end stays open for the configured number of hours', () => {
  const alerts: BacktestAlert[] = [{ at: t(52), queryId: 'bolt', severity: 'alert' }]
  assert.equal(scoreEvents({ alerts, events, quietDays: 7, openEventHours: 1 }).detectedCrises, 0)
  assert.equal(scoreEvents({ alerts, events, quietDays: 7, openEventHours: 3 }).detectedCrises, 1)
})

test('counting watch alerts too is a choice of the caller', () => {
  const alerts: BacktestAlert[] = [{ at: t(31), queryId: 'acme', severity: 'watch' }]
  assert.equal(scoreEvents({ alerts, events, quietDays: 7 }).detectedCrises, 0)
  assert.equal(scoreEvents({ alerts, events, quietDays: 7, minSeverity: 'watch' }).detectedCrises, 1)
})

test('with no crisis and no quiet time, recall, rates and delay are unknown rather than zero', () => {
  const score = scoreEvents({ alerts: [], events: [], quietDays: 0 })
  assert.ok(Number.isNaN(score.recall))
  assert.ok(Number.isNaN(score.falseAlertsPerWeek))
  assert.equal(score.medianDelayMs, undefined)
  assert.match(formatBacktestReport(score), /recall over crises: 0\/0 \(n\/a\)/)
})

test('the report shows each event outcome and the summary figures', () => {
  const alerts: BacktestAlert[] = [
    { at: t(10, 12), queryId: 'acme', severity: 'alert' },
    { at: t(71), queryId: 'acme', severity: 'alert' },
  ]
  const text = formatBacktestReport(scoreEvents({ alerts, events, quietDays: 7 }))
  assert.match(text, /c1 +crisis +acme +2026-01-05 10:00 +detected +12\.0 +1/)
  assert.match(text, /c2 +crisis +acme .+MISSED/)
  assert.match(text, /v1 +positive_viral .+FALSE ALERT/)
  assert.match(text, /recall over crises: 1\/3 \(33\.3 %\)/)
  assert.match(text, /false alerts: 1 over 7\.0 quiet query-days = 1\.00 per week \(4\.29 per 30 days\)/)
  assert.match(text, /median delay after onset: 12\.0 min/)
})

test('ground truth is read from a JSON array or from JSON lines', () => {
  const line = '{"kind":"crisis","onset":"2026-01-05T10:00:00Z","queryId":"acme"}'
  assert.deepEqual(
    parseBacktestEvents(`[${line}]`, 'g.json'),
    parseBacktestEvents(`${line}\n\n${line}`, 'g.jsonl').slice(1),
  )
  assert.equal(parseBacktestEvents(line, 'g.jsonl')[0]?.onset.getTime(), t(10).getTime())
})

test('a malformed ground-truth file is refused with the place of the problem', () => {
  assert.throws(() => parseBacktestEvents('{"kind":"crisis"}', 'g.jsonl'), /g\.jsonl: 0\.onset/)
  assert.throws(() => parseBacktestEvents('{"kind":', 'g.jsonl'), /g\.jsonl:1: not JSON/)
  const reversed = '{"kind":"crisis","onset":"2026-01-05T10:00:00Z","end":"2026-01-05T09:00:00Z"}'
  assert.throws(() => parseBacktestEvents(reversed, 'g.jsonl'), /event 0 ends before its onset/)
})
