/**
 * Virality forecast on simulated cascades (issue #4): one hour after each original post, the
 * product's `forecastCascade` sees only the reshares up to that hour and predicts the final count;
 * the truth is the number of reshares in the simulated stream. Compared with the naive forecast
 * "final = count at 1 h" in the same run. Needs no shared data: it simulates.
 */
import {
  type CascadeEvent,
  DetectionSettings,
  type ForecastOptions,
  forecastCascade,
} from '../src/detection/index.ts'
import { simulate } from '../src/simulation/index.ts'
import { collectCascades, type SimulatedCascade } from './collect-cascades.ts'
import { quantile } from './quantile.ts'
import type { EvalSection } from './section.ts'

const HOUR = 3_600_000
const RUNS = [1, 2, 3].map((seed) => ({ scenario: 'mixed', seed, days: 60 }))
/** the simulator's reaction delays stop at 5 days: cascades posted a week before the end are complete */
const COMPLETE_AFTER_MS = 7 * 24 * HOUR
const MIN_FINAL = 10
const TARGET = 0.2

type Forecast = (seen: CascadeEvent[], hour: Date) => number
const median = (xs: number[]) => quantile(xs, 0.5)

/** The forecasts compared, on the same cascades; the first is the product's, called as its virality detector does. */
const methods = (options: ForecastOptions): [string, Forecast][] => [
  ['forecastCascade, product settings', (seen, hour) => forecastCascade(seen, hour, options).predictedFinal],
  ['naive: final = count at 1 h', (seen) => seen.length - 1],
  [
    'what-if: median resharer audience',
    (seen, hour) => {
      const resharerFollowers = median(seen.slice(1).map((e) => e.followers))
      return forecastCascade(seen, hour, { ...options, resharerFollowers }).predictedFinal
    },
  ],
  // the simulator's own reaction kernel and audience exponent (docs/simulator.md): the ceiling here
  [
    "what-if: the simulator's kernel and exponent",
    (seen, hour) => forecastCascade(seen, hour, SIMULATOR_MODEL).predictedFinal,
  ],
]
const SIMULATOR_MODEL: ForecastOptions = {
  kernel: { kind: 'shifted_power', shiftSeconds: 240, exponent: 0.6 },
  followerExponent: 0.65,
}

interface Case {
  final: number
  atHour: number
  /** one prediction per method, in the order of `methods` */
  predicted: number[]
  origin: string
}

const caseOf = (cascade: SimulatedCascade, origin: string, forecasts: [string, Forecast][]): Case => {
  const hour = new Date(cascade.events[0]!.at.getTime() + HOUR)
  const seen = cascade.events.filter((e) => e.at.getTime() <= hour.getTime())
  return {
    final: cascade.events.length - 1,
    atHour: seen.length - 1,
    predicted: forecasts.map(([, forecast]) => forecast(seen, hour)),
    origin,
  }
}

const errorsOf = (cases: readonly Case[], i: number) =>
  cases.map((c) => Math.abs(c.predicted[i]! - c.final) / c.final)
const signedOf = (cases: readonly Case[], i: number) =>
  cases.map((c) => (c.predicted[i]! - c.final) / c.final)
const pct = (x: number) => (Number.isNaN(x) ? '-' : `${(100 * x).toFixed(1)} %`)

const rowsFor = (label: string, cases: readonly Case[], names: string[]): (string | number)[][] =>
  names.map((method, i) => [
    label,
    method,
    cases.length,
    pct(median(errorsOf(cases, i))),
    pct(quantile(errorsOf(cases, i), 0.75)),
    pct(median(signedOf(cases, i))),
  ])

export default async (_sharedDir: string): Promise<EvalSection> => {
  const { defaultFollowers, kernel } = DetectionSettings.parse({}).virality
  const forecasts = methods(kernel ? { kernel } : {})
  const names = forecasts.map(([name]) => name)
  const cases: Case[] = []
  for (const options of RUNS) {
    const sim = simulate(options)
    const lastComplete = Date.parse(sim.truth.end) - COMPLETE_AFTER_MS
    for (const cascade of collectCascades(sim.mentions, defaultFollowers)) {
      if (cascade.events[0]!.at.getTime() > lastComplete) continue
      const event = sim.labels.get(cascade.rootId)?.event
      const origin =
        event === undefined ? 'ordinary post' : (sim.truth.events[event]?.kind ?? 'ordinary post')
      const c = caseOf(cascade, origin, forecasts)
      if (c.final >= MIN_FINAL && c.final > c.atHour) cases.push(c)
    }
  }
  const all = median(errorsOf(cases, 0))
  const rows = [
    ...rowsFor('all', cases, names),
    ...rowsFor(
      'final >= 100',
      cases.filter((c) => c.final >= 100),
      names,
    ),
  ]
  for (const origin of [...new Set(cases.map((c) => c.origin))].sort()) {
    rows.push(
      ...rowsFor(
        `origin: ${origin}`,
        cases.filter((c) => c.origin === origin),
        names,
      ),
    )
  }
  return {
    title: 'Virality forecast one hour after the post, simulated cascades',
    columns: ['cascades', 'method', 'n', 'median |rel. error|', 'p75 |rel. error|', 'median signed error'],
    rows,
    notes: [
      `target: median relative error <= ${TARGET * 100} % (all cascades, product settings): ${all <= TARGET ? 'met' : 'NOT met'} (${pct(all)}).`,
      `cascades: reposts chained by repostOf in ${RUNS.map((r) => `mixed seed ${r.seed} × ${r.days} d`).join(', ')};`,
      `kept: >= ${MIN_FINAL} reshares at the end, more than at 1 h, posted >= 7 days before the run ends (the simulator's delays stop at 5 days);`,
      `${cases.filter((c) => c.atHour < 5).length} of them had fewer than 5 reshares at 1 h. Only the events up to 1 h are given to the forecasts.`,
      `product settings: forecastCascade with the default DetectionSettings' virality kernel (${kernel ? kernel.kind : 'SEISMIC'}), as the virality detector calls it.`,
      "what-if rows: the typical resharer audience as the median (not the capped mean) of those seen; the simulator's own",
      'kernel (Δt + 240 s)^-1.6 and audience exponent 0.65 (docs/simulator.md), i.e. what a forecaster matched to this simulator can reach.',
    ],
  }
}
