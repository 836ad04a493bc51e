/**
 * Crisis detection on generator B (issue 10): streams of 14 brand profiles written by a helper who never saw
 * the detector (eval/generator-b/, its README says how). Each run is parsed as an import would, stripped of
 * engagement counters (a file's counters are final, detection must judge cascades by what it sees), replayed
 * causally with default settings and scored as `vigie backtest` scores (level alert or above). Seeds 1-2 are
 * development runs; seed 3 is kept for the final check (VIGIE_EVAL_SPLIT=dev leaves it out).
 */
import { countQuietDays, scoreEvents } from '../src/benchmark/index.ts'
import { createManualClock, type Mention, safeParseMention } from '../src/core/index.ts'
import type { DetectedAlert } from '../src/detection/index.ts'
import { createPipeline, detectStream } from '../src/runtime/index.ts'
import { beforeNote, previousFigures } from './previous-figures.ts'
import { quantile } from './quantile.ts'
import type { EvalSection } from './section.ts'

/** What the eval uses of generator B (its own project: eval/generator-b/tsconfig.json type-checks it). */
interface Truth {
  profile: string
  start: string
  end: string
  queries: { id: string; brand: string; query: string; owned: string[] }[]
  events: { kind: string; onset: string; end: string; description: string; queryId: string }[]
}
interface GeneratorB {
  generateB(options: { seed: number; days: number; profile?: string }): { mentions: unknown[]; truth: Truth }
  PROFILES: { id: string; langs: Partial<Record<string, number>> }[]
}
// imported by URL so that the root type-check leaves generator B to its own, written by someone else
const { generateB, PROFILES } = (await import(
  new URL('./generator-b/generate.ts', import.meta.url).href
)) as GeneratorB

const DAYS = 30
const DEV_SEEDS = [1, 2]
const HOLDOUT_SEEDS = [3]
const TARGETS = { recall: 0.95, falsePer30: 1, medianDelay: 10 }

interface Run {
  profile: string
  seed: number
  truth: Truth
  alerts: DetectedAlert[]
  mentions: number
}

const toMentions = (raw: readonly unknown[]): Mention[] => {
  const out: Mention[] = []
  for (const r of raw) {
    const parsed = safeParseMention(r)
    if (!parsed.ok) continue
    const { metrics: _final, ...rest } = parsed.mention
    out.push(rest)
  }
  return out
}

const replay = (profile: string, seed: number): Run => {
  const { mentions: raw, truth } = generateB({ seed, days: DAYS, profile })
  const mentions = toMentions(raw)
  const queries = truth.queries.map((q) => ({ ...q, workspaceId: 'eval' }))
  // the workspace speaks the profile's main language
  const langs = PROFILES.find((p) => p.id === profile)?.langs ?? {}
  const language = (langs.fr ?? 0) > (langs.en ?? 0) ? 'fr' : 'en'
  const pipeline = createPipeline({
    workspaceId: 'eval',
    queries,
    clock: createManualClock(new Date(truth.start)),
    settings: { language },
  })
  const alerts = detectStream(pipeline, mentions, new Date(truth.end))
  return { profile, seed, truth, alerts, mentions: mentions.length }
}

const styleOf = (description: string) => description.split(' ')[0] ?? 'crisis'

const scoreRun = (run: Run) => {
  const events = run.truth.events.map((e) => ({
    kind: e.kind,
    onset: new Date(e.onset),
    end: new Date(e.end),
    queryId: e.queryId,
  }))
  const quietDays = countQuietDays({
    start: new Date(run.truth.start),
    end: new Date(run.truth.end),
    queryIds: run.truth.queries.map((q) => q.id),
    events,
  })
  const alerts = run.alerts.map((a) => ({ at: a.at, queryId: a.queryId, severity: a.severity }))
  return scoreEvents({ alerts, events, quietDays })
}

const fmt = (x: number, digits = 1) => (Number.isNaN(x) ? '-' : x.toFixed(digits))

const previous = previousFigures().generatorB

const summarise = (label: string, runs: readonly Run[]): EvalSection[] => {
  const scored = runs.map((r) => ({ run: r, score: scoreRun(r) }))
  const crises = scored.flatMap((s) =>
    s.score.events
      .filter((o) => o.event.kind === 'crisis')
      .map((o) => ({ ...o, style: styleOf(s.run.truth.events[s.score.events.indexOf(o)]!.description) })),
  )
  const detected = crises.filter((c) => c.alerted)
  const falseAlerts = scored.reduce((n, s) => n + s.score.falseAlerts, 0)
  const quiet = scored.reduce((n, s) => n + s.score.quietDays, 0)
  const per30 = quiet > 0 ? (30 * falseAlerts) / quiet : Number.NaN
  const delays = detected.map((c) => (c.delayMs ?? 0) / 60_000)
  const recall = detected.length / Math.max(crises.length, 1)
  const median = quantile(delays, 0.5)
  const byStyle = [...new Set(crises.map((c) => c.style))].sort().map((style) => {
    const group = crises.filter((c) => c.style === style)
    const found = group.filter((c) => c.alerted)
    const d = found.map((c) => (c.delayMs ?? 0) / 60_000)
    return [style, group.length, `${found.length}/${group.length}`, fmt(quantile(d, 0.5))]
  })
  const byProfile = [...new Set(runs.map((r) => r.profile))].map((profile) => {
    const group = scored.filter((s) => s.run.profile === profile)
    const fa = group.reduce((n, s) => n + s.score.falseAlerts, 0)
    const qd = group.reduce((n, s) => n + s.score.quietDays, 0)
    const c = group.reduce((n, s) => n + s.score.crises, 0)
    const dc = group.reduce((n, s) => n + s.score.detectedCrises, 0)
    return [profile, group.reduce((n, s) => n + s.run.mentions, 0), `${dc}/${c}`, fa, fmt((30 * fa) / qd, 2)]
  })
  return [
    {
      title: `Generator B, ${label}: crisis detection (default settings, level alert or above)`,
      columns: ['measure', 'value', 'target', 'met'],
      rows: [
        [
          'crises detected',
          `${detected.length}/${crises.length} = ${fmt(100 * recall)} %`,
          '>= 95 %',
          recall >= TARGETS.recall ? 'yes' : 'NO',
        ],
        [
          'false alerts per 30 quiet days per query',
          `${fmt(per30, 2)} (${falseAlerts} in ${fmt(quiet)} d)`,
          '<= 1',
          per30 <= TARGETS.falsePer30 ? 'yes' : 'NO',
        ],
        [
          'median delay after onset (min)',
          fmt(median),
          '<= 10',
          median <= TARGETS.medianDelay ? 'yes' : 'NO',
        ],
      ],
      notes: [
        `runs: ${runs.length} (14 profiles × seeds ${[...new Set(runs.map((r) => r.seed))].join(', ')} × ${DAYS} d)`,
        beforeNote(
          previous.commit,
          runs.some((r) => HOLDOUT_SEEDS.includes(r.seed)) ? previous.holdout : previous.dev,
        ),
      ],
    },
    {
      title: `Generator B, ${label}: crises by style`,
      columns: ['style', 'crises', 'detected', 'median delay (min)'],
      rows: byStyle,
    },
    {
      title: `Generator B, ${label}: by profile`,
      columns: ['profile', 'mentions', 'crises detected', 'false alerts', 'per 30 quiet days'],
      rows: byProfile,
    },
  ]
}

export default async (_sharedDir: string): Promise<EvalSection[]> => {
  const runsOf = (seeds: readonly number[]) =>
    seeds.flatMap((seed) => PROFILES.map((p) => replay(p.id, seed)))
  const dev = summarise('development seeds', runsOf(DEV_SEEDS))
  if (process.env.VIGIE_EVAL_SPLIT === 'dev') return dev
  return [...dev, ...summarise('held-out seed', runsOf(HOLDOUT_SEEDS))]
}
