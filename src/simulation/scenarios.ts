import { type Brand, brandQuery, type SimulatedQuery, TELECOMETE } from './brand.ts'
import { type EventSpec, HOUR_MS, type Speed } from './events.ts'
import type { Random } from './random.ts'
import { activityAt } from './rhythm.ts'
import { CRISIS_STORIES } from './stories.ts'
import type { CrisisCause } from './story.ts'

export const SCENARIO_NAMES = ['demo', 'quiet', 'mixed'] as const
export type ScenarioName = (typeof SCENARIO_NAMES)[number]

export interface ScenarioPlan {
  postsPerDay: number
  events: EventSpec[]
}

export interface PlanInput {
  random: Random
  start: number
  days: number
  brand: Brand
  /** demo only: put the crisis onset here instead of on the 8th day */
  onset?: number
}

const DAY_MS = 24 * HOUR_MS
export const DEFAULT_DAYS: Record<ScenarioName, number> = { demo: 9, quiet: 14, mixed: 60 }

/** A moment of the day at or after `from`, drawn by the daily rhythm: events start when people are up. */
const awakeTime = (random: Random, from: number): number => {
  for (let tries = 0; tries < 50; tries++) {
    const at = from + random.next() * DAY_MS
    if (random.chance(activityAt(at) / 1.8)) return at
  }
  return from + 12 * HOUR_MS
}
const logUniform = (random: Random, min: number, max: number) =>
  Math.exp(Math.log(min) + random.next() * Math.log(max / min))
const pickSpeed = (random: Random): Speed => {
  const r = random.next()
  return r < 0.45 ? 'fast' : r < 0.8 ? 'medium' : 'slow'
}

/** Onsets of a Poisson-like series of events with a minimum gap, from `firstDay` to the end. */
const series = (
  random: Random,
  input: PlanInput,
  firstDay: number,
  minGapDays: number,
  meanExtraDays: number,
) => {
  const onsets: number[] = []
  const end = input.start + input.days * DAY_MS
  for (
    let day = firstDay + random.exponential(meanExtraDays);
    ;
    day += minGapDays + random.exponential(meanExtraDays)
  ) {
    const onset = awakeTime(random, input.start + Math.floor(day) * DAY_MS)
    if (onset >= end - 6 * HOUR_MS) return onsets
    onsets.push(onset)
  }
}

const CAUSES = Object.keys(CRISIS_STORIES) as CrisisCause[]
const CAMPAIGN_TAGS = ['#TelecometeVoyage', '#CometeEte', '#TelecometeNoel', '#JeuComete']

const planMixed = (input: PlanInput): ScenarioPlan => {
  const { random } = input
  const crises = series(random.fork('crises'), input, 5, 1, 1.6).map<EventSpec>((onset) => ({
    kind: 'crisis',
    cause: random.pick(CAUSES),
    onset,
    size: Math.round(logUniform(random, 40, 3000)),
    speed: pickSpeed(random),
    silenceHours: Math.min(36, random.logNormal(Math.log(5), 0.8)),
    lang: random.chance(0.85) ? 'fr' : 'en',
  }))
  const virals = series(random.fork('virals'), input, 3, 4, 8).map<EventSpec>((onset) => ({
    kind: 'positive_viral',
    onset,
    size: Math.round(logUniform(random, 150, 1500)),
    speed: random.chance(0.6) ? 'fast' : 'medium',
  }))
  const campaigns = series(random.fork('campaigns'), input, 8, 20, 10).map<EventSpec>((onset) => ({
    kind: 'campaign',
    onset,
    days: random.int(3, 6),
    size: Math.round(logUniform(random, 300, 1200)),
    hashtag: random.pick(CAMPAIGN_TAGS),
  }))
  const clashes = (at: number, hours: number) =>
    crises.some((c) => c.onset > at - 6 * HOUR_MS && c.onset < at + (hours + 6) * HOUR_MS)
  const outages = series(random.fork('outages'), input, 4, 5, 10)
    .map<EventSpec>((onset) => ({
      kind: 'source_outage',
      onset,
      hours: random.int(2, 14),
      source: random.chance(0.4) ? 'all' : 'x',
    }))
    .filter((o) => o.kind === 'source_outage' && !clashes(o.onset, o.hours))
  return {
    postsPerDay: 200,
    events: [...crises, ...virals, ...campaigns, ...outages].sort((a, b) => a.onset - b.onset),
  }
}

/** A week of ordinary chatter, then an employee's insulting post goes viral on the 8th day (9:30 Paris winter time). */
const planDemo = (input: PlanInput): ScenarioPlan => {
  const lastDay = Math.max(0, input.days - 1)
  const onset = input.onset ?? input.start + Math.min(7, lastDay) * DAY_MS + 9.5 * HOUR_MS
  return {
    postsPerDay: 220,
    events: [
      {
        kind: 'crisis',
        cause: 'employee_post',
        onset,
        size: 1500,
        speed: 'fast',
        silenceHours: 4,
        lang: 'fr',
      },
    ],
  }
}

export const SCENARIOS: Record<ScenarioName, (input: PlanInput) => ScenarioPlan> = {
  demo: planDemo,
  quiet: () => ({ postsPerDay: 220, events: [] }),
  mixed: planMixed,
}

export const isScenarioName = (name: string): name is ScenarioName =>
  (SCENARIO_NAMES as readonly string[]).includes(name)

/** The brand query of a scenario's brand (every built-in scenario follows Télécomète). */
export const scenarioQuery = (_name: ScenarioName): SimulatedQuery => brandQuery(TELECOMETE)
