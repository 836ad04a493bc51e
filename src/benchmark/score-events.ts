import type { Severity } from '../core/index.ts'
import type { BacktestEvent } from './backtest-event.ts'

export interface BacktestAlert {
  at: Date
  queryId?: string
  severity: Severity
}

export interface EventOutcome {
  event: BacktestEvent
  /** whether an alert at `minSeverity` or above fell inside the event window */
  alerted: boolean
  firstAlertAt?: Date
  /** event time from onset to the first such alert */
  delayMs?: number
  /** such alerts inside the window */
  alerts: number
}

export interface BacktestScore {
  events: EventOutcome[]
  crises: number
  detectedCrises: number
  /** detected crises / crises (NaN without crises) */
  recall: number
  /** alerts at `minSeverity` or above outside every crisis window of their query */
  falseAlerts: number
  quietDays: number
  falseAlertsPerWeek: number
  falseAlertsPer30Days: number
  /** median delay over detected crises; undefined when none was detected */
  medianDelayMs?: number
  minSeverity: Severity
}

const RANK: Record<Severity, number> = { watch: 0, alert: 1, crisis: 2 }
const HOUR = 3_600_000

const median = (values: number[]) => {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * Backtest metrics over event time: which events drew an alert and how fast, recall over crises,
 * false alerts per week of quiet traffic, and the median delay. An alert and an event belong together
 * when their windows overlap in time and their query ids agree (or one of them has none).
 * `quietDays` is the length of quiet traffic watched, summed over queries (query-days).
 */
export const scoreEvents = (input: {
  alerts: readonly BacktestAlert[]
  events: readonly BacktestEvent[]
  quietDays: number
  minSeverity?: Severity
  openEventHours?: number
}): BacktestScore => {
  const minSeverity = input.minSeverity ?? 'alert'
  const openMs = (input.openEventHours ?? 24) * HOUR
  const alerts = input.alerts
    .filter((alert) => RANK[alert.severity] >= RANK[minSeverity])
    .sort((a, b) => a.at.getTime() - b.at.getTime())
  const covers = (event: BacktestEvent, alert: BacktestAlert) => {
    const start = event.onset.getTime()
    const end = event.end?.getTime() ?? start + openMs
    const t = alert.at.getTime()
    const sameQuery = !event.queryId || !alert.queryId || event.queryId === alert.queryId
    return sameQuery && t >= start && t <= end
  }
  const events = input.events.map((event): EventOutcome => {
    const inside = alerts.filter((alert) => covers(event, alert))
    const first = inside[0]
    if (!first) return { event, alerted: false, alerts: 0 }
    const delayMs = first.at.getTime() - event.onset.getTime()
    return { event, alerted: true, firstAlertAt: first.at, delayMs, alerts: inside.length }
  })
  const crises = events.filter((outcome) => outcome.event.kind === 'crisis')
  const detected = crises.filter((outcome) => outcome.alerted)
  const crisisEvents = crises.map((outcome) => outcome.event)
  const falseAlerts = alerts.filter((alert) => !crisisEvents.some((event) => covers(event, alert))).length
  const weeks = input.quietDays / 7
  return {
    events,
    crises: crises.length,
    detectedCrises: detected.length,
    recall: crises.length === 0 ? Number.NaN : detected.length / crises.length,
    falseAlerts,
    quietDays: input.quietDays,
    falseAlertsPerWeek: weeks > 0 ? falseAlerts / weeks : Number.NaN,
    falseAlertsPer30Days: weeks > 0 ? (falseAlerts / input.quietDays) * 30 : Number.NaN,
    medianDelayMs: median(detected.map((outcome) => outcome.delayMs!)),
    minSeverity,
  }
}
