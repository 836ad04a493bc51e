/**
 * What one replayed scenario run says: each crisis (detected or not, how fast, and whether the alert
 * that credited it showed the crisis's own posts), each false alert (which trap, what time of day)
 * and how each trap behaved. The headline scoring is the product's `scoreEvents`; the rest is the
 * detail needed to explain it.
 */

import { type BacktestEvent, countQuietDays, scoreEvents } from '../src/benchmark/index.ts'
import type { DetectedAlert } from '../src/detection/index.ts'
import { BURST_KINDS, type Simulation, type TruthEvent } from '../src/simulation/index.ts'

const HOUR = 3_600_000
/** the return of data after an outage is where a detector may see a false spike */
const OUTAGE_AFTERMATH_MS = 2 * HOUR
/** the original traps first, then the harmless bursts of the varied profiles */
export const TRAPS = ['positive_viral', 'campaign', 'source_outage', ...BURST_KINDS] as const
export type TrapKind = (typeof TRAPS)[number]

export interface CrisisOutcome {
  speed: string
  size: number
  cause: string
  lang: string
  detected: boolean
  /** the first crediting alert listed at least one of the crisis's own posts as evidence */
  ownEvidence: boolean
  delayMinutes?: number
}

export interface FalseAlert {
  at: Date
  severity: string
  trap: TrapKind | 'none'
  /** the simulator's event behind most evidence posts, or 'ordinary traffic' */
  evidence: string
}

export interface TrapOutcome {
  kind: TrapKind
  /** false alerts (alert or above, outside every crisis window) during the trap */
  alerts: number
  /** the trap's window overlaps a crisis window: alerts there are credited to the crisis */
  overlapsCrisis: boolean
}

export interface RunOutcome {
  scenario: string
  seed: string
  days: number
  crises: CrisisOutcome[]
  falseAlerts: FalseAlert[]
  traps: TrapOutcome[]
  quietDays: number
  watchAlerts: number
}

const toBacktest = (e: TruthEvent): BacktestEvent => ({
  kind: e.kind,
  onset: new Date(e.onset),
  end: new Date(e.end),
  ...(e.queryId ? { queryId: e.queryId } : {}),
})
const isTrap = (kind: string): kind is TrapKind => (TRAPS as readonly string[]).includes(kind)
const trapWindow = (e: TruthEvent): [number, number] => [
  Date.parse(e.onset),
  Date.parse(e.end) + (e.kind === 'source_outage' ? OUTAGE_AFTERMATH_MS : 0),
]
const within = (t: number, [from, to]: [number, number]) => t >= from && t <= to
const serious = (a: DetectedAlert) => a.severity !== 'watch'

/** The event most of an alert's evidence posts belong to (by the simulator's labels). */
const evidenceOf = (sim: Simulation, alert: DetectedAlert): string => {
  const counts = new Map<number, number>()
  for (const id of alert.mentions) {
    const event = sim.labels.get(id)?.event
    if (event !== undefined) counts.set(event, (counts.get(event) ?? 0) + 1)
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1])
  if (!top || top[1] * 2 < alert.mentions.length) return 'ordinary traffic'
  return sim.truth.events[top[0]]?.kind ?? 'ordinary traffic'
}

const crisisOutcomes = (
  sim: Simulation,
  alerts: readonly DetectedAlert[],
  detected: Map<TruthEvent, Date | undefined>,
) =>
  sim.truth.events.flatMap((event, index): CrisisOutcome[] => {
    if (event.kind !== 'crisis') return []
    const first = detected.get(event)
    const alert = first && alerts.find((a) => serious(a) && a.at.getTime() === first.getTime())
    const ownEvidence = !!alert?.mentions.some((id) => sim.labels.get(id)?.event === index)
    return [
      {
        speed: event.speed,
        size: event.size,
        cause: event.cause ?? 'unknown',
        lang: /\((\w\w)\)$/.exec(event.description)?.[1] ?? '?',
        detected: first !== undefined,
        ownEvidence,
        ...(first ? { delayMinutes: (first.getTime() - Date.parse(event.onset)) / 60_000 } : {}),
      },
    ]
  })

/** Alerts (alert or above) outside every crisis window, with the trap they fell in and their evidence. */
const falseAlertsOf = (
  sim: Simulation,
  alerts: readonly DetectedAlert[],
  crisisWindows: [number, number][],
) => {
  const traps = sim.truth.events.filter((e) => isTrap(e.kind))
  return alerts
    .filter((a) => serious(a) && !crisisWindows.some((w) => within(a.at.getTime(), w)))
    .map((a): FalseAlert => {
      const trap = traps.find((e) => within(a.at.getTime(), trapWindow(e)))
      return {
        at: a.at,
        severity: a.severity,
        trap: (trap?.kind as TrapKind | undefined) ?? 'none',
        evidence: evidenceOf(sim, a),
      }
    })
}

export const describeRun = (sim: Simulation, alerts: readonly DetectedAlert[]): RunOutcome => {
  const events = sim.truth.events.map(toBacktest)
  const queryIds = sim.truth.queries.map((q) => q.id)
  const range = { start: new Date(sim.truth.start), end: new Date(sim.truth.end) }
  const quietDays = countQuietDays({ ...range, queryIds, events })
  const score = scoreEvents({ alerts, events, quietDays, minSeverity: 'alert' })
  const detected = new Map(sim.truth.events.map((e, i) => [e, score.events[i]?.firstAlertAt]))
  const crisisWindows = sim.truth.events
    .filter((e) => e.kind === 'crisis')
    .map((e): [number, number] => [Date.parse(e.onset), Date.parse(e.end)])
  const falseAlerts = falseAlertsOf(sim, alerts, crisisWindows)
  // the breakdown must add up to what the product's scorer counts
  if (falseAlerts.length !== score.falseAlerts) {
    throw new Error(`false alerts: ${falseAlerts.length} here, ${score.falseAlerts} by scoreEvents`)
  }
  const traps = sim.truth.events
    .filter((e) => isTrap(e.kind))
    .map((e): TrapOutcome => {
      const w = trapWindow(e)
      return {
        kind: e.kind as TrapKind,
        alerts: falseAlerts.filter((f) => within(f.at.getTime(), w)).length,
        overlapsCrisis: crisisWindows.some(([a, b]) => a <= w[1] && b >= w[0]),
      }
    })
  return {
    scenario: sim.truth.scenario,
    seed: sim.truth.seed,
    days: sim.truth.days,
    crises: crisisOutcomes(sim, alerts, detected),
    falseAlerts,
    traps,
    quietDays,
    watchAlerts: alerts.length - alerts.filter(serious).length,
  }
}
