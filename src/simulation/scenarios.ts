import { brandQuery, type SimulatedQuery, TELECOMETE } from './brand.ts'
import { type EventSpec, HOUR_MS } from './events.ts'
import { logUniform, type PlanInput, pickSpeed, type ScenarioPlan, series } from './plan-tools.ts'
import { BURST_PROFILES } from './profiles-bursts.ts'
import { CRISIS_PROFILES } from './profiles-crises.ts'
import { TRAFFIC_PROFILES } from './profiles-traffic.ts'
import { CRISIS_STORIES } from './stories.ts'
import type { CrisisCause } from './story.ts'

/** The first scenarios, kept byte-identical for a seed (the demo workspace and earlier evaluations use them). */
export const ORIGINAL_SCENARIOS = ['demo', 'quiet', 'mixed'] as const
const VARIED = { ...TRAFFIC_PROFILES, ...BURST_PROFILES, ...CRISIS_PROFILES }
export type VariedProfileName = keyof typeof VARIED
/** Streams of other rhythms, sizes, languages, harmless bursts and crisis shapes (docs/simulator.md). */
export const VARIED_PROFILES = Object.keys(VARIED) as VariedProfileName[]
export type ScenarioName = (typeof ORIGINAL_SCENARIOS)[number] | VariedProfileName
export const SCENARIO_NAMES: readonly ScenarioName[] = [...ORIGINAL_SCENARIOS, ...VARIED_PROFILES]
const DAY_MS = 24 * HOUR_MS

const CAUSES = Object.keys(CRISIS_STORIES) as CrisisCause[]
/** What a simulated crisis can be about: the causes the simulator has a story for. */
export const CRISIS_CAUSES: readonly CrisisCause[] = CAUSES
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
        cause: input.cause ?? 'employee_post',
        onset,
        size: 1500,
        speed: 'fast',
        silenceHours: 4,
        lang: 'fr',
      },
    ],
  }
}

const VARIED_PLANS = Object.fromEntries(Object.entries(VARIED).map(([name, p]) => [name, p.plan])) as Record<
  VariedProfileName,
  (input: PlanInput) => ScenarioPlan
>

export const SCENARIOS: Record<ScenarioName, (input: PlanInput) => ScenarioPlan> = {
  demo: planDemo,
  quiet: () => ({ postsPerDay: 220, events: [] }),
  mixed: planMixed,
  ...VARIED_PLANS,
}

export const DEFAULT_DAYS: Record<ScenarioName, number> = {
  demo: 9,
  quiet: 14,
  mixed: 60,
  ...(Object.fromEntries(Object.entries(VARIED).map(([name, p]) => [name, p.days])) as Record<
    VariedProfileName,
    number
  >),
}

export const isScenarioName = (name: string): name is ScenarioName =>
  (SCENARIO_NAMES as readonly string[]).includes(name)

/** The brand query of a scenario's brand (every built-in scenario and profile follows Télécomète). */
export const scenarioQuery = (_name: ScenarioName): SimulatedQuery => brandQuery(TELECOMETE)
