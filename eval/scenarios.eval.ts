/**
 * Crisis detection on simulated scenarios (issue #4): `mixed` runs (crises of every size, speed and
 * cause, plus positive viral posts, campaigns and source outages as traps) and `quiet` runs (ordinary
 * traffic only), each replayed causally through the product's pipeline with default settings and
 * scored by `scoreEvents` at level alert or above. Needs no shared data: it simulates.
 */
import { type SimulateOptions, simulate } from '../src/simulation/index.ts'
import { beforeNote, previousFigures } from './previous-figures.ts'
import { quantile } from './quantile.ts'
import { replayScenario } from './replay-scenario.ts'
import { type CrisisOutcome, describeRun, type RunOutcome } from './scenario-outcomes.ts'
import { breakdownSection, delaySection, describeMissed, trapSection } from './scenario-tables.ts'
import type { EvalSection } from './section.ts'
import { profileSection, VARIED_RUNS } from './varied-profiles.ts'

/** ~25 crises per 60-day mixed run: three seeds hold ≥ 50 crises and run in about a minute on one core. */
const RUNS = [
  { scenario: 'mixed', seed: 1, days: 60 },
  { scenario: 'mixed', seed: 2, days: 60 },
  { scenario: 'mixed', seed: 3, days: 60 },
  { scenario: 'quiet', seed: 1, days: 30 },
  { scenario: 'quiet', seed: 2, days: 30 },
] as const
const TARGETS = { recall: 0.95, falsePer30: 1, medianDelay: 10 }

const per30 = (runs: readonly RunOutcome[]) => {
  const days = runs.reduce((n, r) => n + r.quietDays, 0)
  const alerts = runs.reduce((n, r) => n + r.falseAlerts.length, 0)
  return { days, alerts, rate: days > 0 ? (30 * alerts) / days : Number.NaN }
}
const fmt = (x: number, digits = 2) => (Number.isNaN(x) ? '-' : x.toFixed(digits))
const verdict = (ok: boolean) => (ok ? 'yes' : 'NO')

const headline = (
  runs: readonly RunOutcome[],
  crises: readonly CrisisOutcome[],
  seconds: number,
): EvalSection => {
  const detected = crises.filter((c) => c.detected)
  const recall = detected.length / crises.length
  const own = crises.filter((c) => c.ownEvidence).length / crises.length
  const delays = detected.map((c) => c.delayMinutes ?? 0)
  const ownDelays = crises.filter((c) => c.ownEvidence).map((c) => c.delayMinutes ?? 0)
  const all = per30(runs)
  const quiet = per30(runs.filter((r) => r.scenario === 'quiet'))
  const mixed = per30(runs.filter((r) => r.scenario !== 'quiet'))
  const median = quantile(delays, 0.5)
  return {
    title: 'Crisis detection on simulated scenarios (default settings, level alert or above)',
    columns: ['measure', 'value', 'target', 'met'],
    rows: [
      [
        'crises detected',
        `${detected.length}/${crises.length} = ${fmt(100 * recall, 1)} %`,
        '>= 95 %',
        verdict(recall >= TARGETS.recall),
      ],
      ["  ... with the crisis's own posts as evidence", `${fmt(100 * own, 1)} %`, '-', '-'],
      [
        'false alerts per 30 quiet days per brand',
        `${fmt(all.rate)} (${all.alerts} in ${fmt(all.days, 1)} d)`,
        '<= 1',
        verdict(all.rate <= TARGETS.falsePer30),
      ],
      ['  ... quiet runs only', `${fmt(quiet.rate)} (${quiet.alerts} in ${fmt(quiet.days, 1)} d)`, '-', '-'],
      [
        '  ... mixed runs, outside crisis windows',
        `${fmt(mixed.rate)} (${mixed.alerts} in ${fmt(mixed.days, 1)} d)`,
        '-',
        '-',
      ],
      ['median delay after onset (min)', fmt(median, 1), '<= 10', verdict(median <= TARGETS.medianDelay)],
      ['p90 delay after onset (min)', fmt(quantile(delays, 0.9), 1), '-', '-'],
      [
        'median / p90 delay, own-evidence detections (min)',
        `${fmt(quantile(ownDelays, 0.5), 1)} / ${fmt(quantile(ownDelays, 0.9), 1)}`,
        '-',
        '-',
      ],
      ['watch-level alerts (not counted)', runs.reduce((n, r) => n + r.watchAlerts, 0), '-', '-'],
    ],
    notes: [
      `runs: ${RUNS.map((r) => `${r.scenario} seed ${r.seed} × ${r.days} d`).join(', ')}; ${seconds.toFixed(0)} s on this machine.`,
      beforeNote(previousFigures().scenarios.commit, previousFigures().scenarios),
      'Replayed causally: advance(createdAt) before observe, advance(end) after; engagement counters removed, so only reshares seen in the stream count.',
      'A crisis counts as detected when an alert (alert or crisis) falls between its onset and its end (activity < 5 % of peak), as `vigie backtest` scores it;',
      '"own evidence": that first alert also listed one of the crisis\'s own posts (windows of overlapping crises can credit another crisis\'s alert).',
      'Quiet days: the replayed time outside crisis windows (traps included), summed over runs, one brand query per run.',
      ...describeMissed(crises),
    ],
  }
}

const replay = (options: SimulateOptions) => {
  const sim = simulate(options)
  return describeRun(sim, replayScenario(sim))
}

/** `VIGIE_EVAL_PROFILES=original` (or `varied`) runs only those; both by default. */
const wanted = (which: 'original' | 'varied') => {
  const only = process.env.VIGIE_EVAL_PROFILES
  return only === undefined || only === '' || only === 'all' || only === which
}

export default async (_sharedDir: string): Promise<EvalSection[]> => {
  const started = Date.now()
  const runs = wanted('original') ? RUNS.map(replay) : []
  const crises = runs.flatMap((r) => r.crises)
  const seconds = (Date.now() - started) / 1000
  const original =
    runs.length > 0
      ? [headline(runs, crises, seconds), breakdownSection(crises), delaySection(crises), trapSection(runs)]
      : []
  if (!wanted('varied')) return original
  const variedStarted = Date.now()
  const varied = VARIED_RUNS.map(replay)
  const variedCrises = varied.flatMap((r) => r.crises)
  const variedSeconds = (Date.now() - variedStarted) / 1000
  return [
    ...original,
    profileSection(runs, varied, variedSeconds),
    {
      ...breakdownSection(variedCrises),
      title: 'Varied profiles: crises by speed, size, cause and language',
    },
    trapSection(varied, ' in the varied profiles'),
  ]
}
