/**
 * The varied profiles of the simulator (issue "hold up on real data"): streams of other rhythms, sizes
 * and languages, harmless bursts and crises of other shapes, each replayed like the original runs, and
 * one row per profile so a detector tuned on `mixed` shows where it breaks.
 */
import { DEFAULT_DAYS, VARIED_PROFILES, type VariedProfileName } from '../src/simulation/index.ts'
import { quantile } from './quantile.ts'
import type { CrisisOutcome, RunOutcome } from './scenario-outcomes.ts'
import type { EvalSection } from './section.ts'

/** Every varied profile once at its default length; the short cold start four times (one crisis each). */
export const VARIED_RUNS: { scenario: VariedProfileName; seed: number; days: number }[] =
  VARIED_PROFILES.flatMap((scenario) =>
    (scenario === 'cold_start' ? [1, 2, 3, 4] : [1]).map((seed) => ({
      scenario,
      seed,
      days: DEFAULT_DAYS[scenario],
    })),
  )

const fmt = (x: number, digits = 1) => (Number.isNaN(x) ? '-' : x.toFixed(digits))

const row = (label: string, runs: readonly RunOutcome[]): (string | number)[] => {
  const crises: CrisisOutcome[] = runs.flatMap((r) => r.crises)
  const detected = crises.filter((c) => c.detected)
  const delays = detected.map((c) => c.delayMinutes ?? 0)
  const quietDays = runs.reduce((n, r) => n + r.quietDays, 0)
  const falseAlerts = runs.reduce((n, r) => n + r.falseAlerts.length, 0)
  return [
    label,
    runs.reduce((n, r) => n + r.days, 0),
    crises.length === 0
      ? '-'
      : `${detected.length}/${crises.length} = ${fmt((100 * detected.length) / crises.length)} %`,
    `${falseAlerts} in ${fmt(quietDays)} d`,
    fmt(quietDays > 0 ? (30 * falseAlerts) / quietDays : Number.NaN, 2),
    fmt(quantile(delays, 0.5)),
    fmt(quantile(delays, 0.9)),
    runs.reduce((n, r) => n + r.watchAlerts, 0),
  ]
}

/** One row per profile (the original scenarios first), then the totals of the original and the varied profiles. */
export const profileSection = (
  original: readonly RunOutcome[],
  varied: readonly RunOutcome[],
  seconds: number,
): EvalSection => {
  const names = (runs: readonly RunOutcome[]) => [...new Set(runs.map((r) => r.scenario))]
  const perProfile = (runs: readonly RunOutcome[]) =>
    names(runs).map((name) =>
      row(
        name,
        runs.filter((r) => r.scenario === name),
      ),
    )
  return {
    title: 'Crisis detection per simulated profile (default settings, level alert or above)',
    columns: [
      'profile',
      'days',
      'crises detected',
      'false alerts',
      'per 30 quiet days',
      'median delay (min)',
      'p90 delay (min)',
      'watch alerts',
    ],
    rows: [
      ...perProfile(original),
      ...perProfile(varied),
      row('original profiles', original),
      row('varied profiles', varied),
    ],
    notes: [
      `varied runs: ${VARIED_RUNS.map((r) => `${r.scenario}${r.seed > 1 ? ` seed ${r.seed}` : ''} × ${r.days} d`).join(', ')}; ${seconds.toFixed(0)} s.`,
      'Profiles without a crisis measure false alerts only. Quiet days exclude crisis windows; harmless bursts are quiet time.',
    ],
  }
}
