import { formatTable } from './format-table.ts'
import type { BacktestScore, EventOutcome } from './score-events.ts'

const minutes = (ms: number | undefined) => (ms === undefined ? '-' : (ms / 60_000).toFixed(1))
const isoMinute = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ')

const verdict = (outcome: EventOutcome) => {
  if (outcome.event.kind === 'crisis') return outcome.alerted ? 'detected' : 'MISSED'
  return outcome.alerted ? 'FALSE ALERT' : 'quiet (ok)'
}

/** The table `vigie backtest` prints: one line per event, then recall, false alerts and delay. */
export const formatBacktestReport = (score: BacktestScore): string => {
  const rows = score.events.map((outcome, i) => [
    outcome.event.id ?? String(i + 1),
    outcome.event.kind,
    outcome.event.queryId ?? '-',
    isoMinute(outcome.event.onset),
    verdict(outcome),
    minutes(outcome.delayMs),
    outcome.alerts,
  ])
  const table = formatTable(
    ['event', 'kind', 'query', 'onset (UTC)', 'outcome', 'delay (min)', 'alerts'],
    rows,
  )
  const recall = Number.isNaN(score.recall) ? 'n/a' : `${(100 * score.recall).toFixed(1)} %`
  const rate = (value: number) => (Number.isNaN(value) ? 'n/a' : value.toFixed(2))
  return [
    table,
    '',
    `alerts counted: level ${score.minSeverity} or above`,
    `recall over crises: ${score.detectedCrises}/${score.crises} (${recall})`,
    `false alerts: ${score.falseAlerts} over ${score.quietDays.toFixed(1)} quiet query-days = ` +
      `${rate(score.falseAlertsPerWeek)} per week (${rate(score.falseAlertsPer30Days)} per 30 days)`,
    `median delay after onset: ${minutes(score.medianDelayMs)} min`,
  ].join('\n')
}
