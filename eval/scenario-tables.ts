/** The tables of the scenario evaluation, from the outcomes of every replayed run pooled together. */
import { quantile } from './quantile.ts'
import { type CrisisOutcome, type FalseAlert, type RunOutcome, TRAPS } from './scenario-outcomes.ts'
import type { EvalSection } from './section.ts'

const round1 = (x: number) => (Number.isNaN(x) ? '-' : Math.round(x * 10) / 10)
const percent = (part: number, whole: number) =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`
const delaysOf = (crises: readonly CrisisOutcome[]) =>
  crises.flatMap((c) => (c.delayMinutes === undefined ? [] : [c.delayMinutes]))

const sizeBand = (size: number) =>
  size < 100 ? 'size < 100' : size < 300 ? 'size 100-299' : size < 1000 ? 'size 300-999' : 'size >= 1000'
const GROUPS: [string, (c: CrisisOutcome) => string][] = [
  ['speed', (c) => c.speed],
  ['size', (c) => sizeBand(c.size)],
  ['cause', (c) => c.cause],
  ['language', (c) => c.lang],
]

/** Detection and delay per crisis speed, size band, cause and language. */
export const breakdownSection = (crises: readonly CrisisOutcome[]): EvalSection => {
  const rows: (string | number)[][] = []
  for (const [group, keyOf] of GROUPS) {
    const keys = [...new Set(crises.map(keyOf))].sort()
    for (const key of keys) {
      const subset = crises.filter((c) => keyOf(c) === key)
      const delays = delaysOf(subset)
      rows.push([
        group,
        key,
        subset.length,
        percent(subset.filter((c) => c.detected).length, subset.length),
        percent(subset.filter((c) => c.ownEvidence).length, subset.length),
        round1(quantile(delays, 0.5)),
        round1(quantile(delays, 0.9)),
      ])
    }
  }
  return {
    title: 'Scenario crises by speed, size, cause and language (level alert or above)',
    columns: [
      'group',
      'value',
      'crises',
      'detected',
      'own evidence',
      'median delay (min)',
      'p90 delay (min)',
    ],
    rows,
  }
}

const DELAY_BINS: [string, number][] = [
  ['<= 5 min', 5],
  ['5-10 min', 10],
  ['10-30 min', 30],
  ['30-60 min', 60],
  ['1-4 h', 240],
  ['4-24 h', 1440],
  ['> 24 h', Number.POSITIVE_INFINITY],
]

/** How long after onset the first alert came, in bins, missed crises last. */
export const delaySection = (crises: readonly CrisisOutcome[]): EvalSection => {
  const delays = delaysOf(crises)
  let from = Number.NEGATIVE_INFINITY
  const rows = DELAY_BINS.map(([label, to]) => {
    const n = delays.filter((d) => d > from && d <= to).length
    from = to
    return [label, n, percent(n, crises.length)]
  })
  const missed = crises.filter((c) => !c.detected).length
  rows.push(['missed', missed, percent(missed, crises.length)])
  return {
    title: 'Scenario crises: delay from onset to the first alert (event time)',
    columns: ['delay', 'crises', 'share'],
    rows,
  }
}

const PARIS_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hour: 'numeric',
  hourCycle: 'h23',
})
const partOfDay = (at: Date) => {
  const hour = Number(PARIS_HOUR.format(at))
  return hour < 7
    ? 'night 0-7h'
    : hour < 12
      ? 'morning 7-12h'
      : hour < 18
        ? 'afternoon 12-18h'
        : 'evening 18-24h'
}

/** Each trap kind, and where the false alerts came from (trap, evidence, time of day in Paris). */
export const trapSection = (runs: readonly RunOutcome[], title = ''): EvalSection => {
  const traps = runs.flatMap((r) => r.traps)
  const original = ['positive_viral', 'campaign', 'source_outage']
  const present = TRAPS.filter((k) => traps.some((t) => t.kind === k))
  const kinds = present.some((k) => !original.includes(k)) ? present : original
  const rows: (string | number)[][] = kinds.map((kind) => {
    const subset = traps.filter((t) => t.kind === kind)
    return [
      `trap: ${kind}`,
      subset.length,
      subset.filter((t) => t.overlapsCrisis).length,
      subset.filter((t) => t.alerts > 0).length,
      subset.reduce((n, t) => n + t.alerts, 0),
    ]
  })
  const falseAlerts = runs.flatMap((r) => r.falseAlerts)
  const count = (pick: (f: FalseAlert) => boolean) => falseAlerts.filter(pick).length
  const mixedOrdinary = runs
    .filter((r) => r.scenario !== 'quiet')
    .flatMap((r) => r.falseAlerts)
    .filter((f) => f.trap === 'none').length
  const varied = kinds !== original
  rows.push([`${varied ? '' : 'mixed: '}outside traps and crises`, '-', '-', '-', mixedOrdinary])
  if (!varied) {
    rows.push([
      'quiet scenario',
      '-',
      '-',
      '-',
      runs.filter((r) => r.scenario === 'quiet').flatMap((r) => r.falseAlerts).length,
    ])
  }
  for (const evidence of [...new Set(falseAlerts.map((f) => f.evidence))].sort()) {
    rows.push([`evidence mostly from: ${evidence}`, '-', '-', '-', count((f) => f.evidence === evidence)])
  }
  for (const part of ['night 0-7h', 'morning 7-12h', 'afternoon 12-18h', 'evening 18-24h']) {
    rows.push([`at ${part} (Paris)`, '-', '-', '-', count((f) => partOfDay(f.at) === part)])
  }
  return {
    title: `Scenario traps and false alerts${title} (level alert or above, outside every crisis window)`,
    columns: ['where', 'events', 'overlapping a crisis', 'with a false alert', 'false alerts'],
    rows,
    notes: [
      'An alert during a trap that overlaps a crisis window is credited to the crisis, not counted as false.',
      "Outage windows include the 2 h after data returns. Evidence = the simulated event behind most of the alert's listed posts.",
    ],
  }
}

/** One line per missed crisis, for the notes. */
export const describeMissed = (crises: readonly CrisisOutcome[]): string[] =>
  crises
    .filter((c) => !c.detected)
    .map((c) => `missed: ${c.speed} ${c.cause} (${c.lang}), ${c.size} mentions`)
