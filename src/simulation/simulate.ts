import { AppError, type Mention } from '../core/index.ts'
import { generateBaseline } from './baseline.ts'
import { type Brand, brandQuery, TELECOMETE } from './brand.ts'
import { generateBurst } from './burst-posts.ts'
import { expandCascades } from './cascade.ts'
import { type EventOutcome, generateCrisis } from './crisis-posts.ts'
import { describeEvents } from './describe-events.ts'
import { createSerials, type Draft, type DraftKind } from './draft.ts'
import type { EventSpec } from './events.ts'
import type { Tone } from './family.ts'
import { applyOutages, sortDrafts, toMentions } from './finalize.ts'
import { createPopulation } from './population.ts'
import { generateCampaign, generatePositiveViral } from './positive-posts.ts'
import { createRandom, type Random } from './random.ts'
import { DEFAULT_DAYS, isScenarioName, SCENARIO_NAMES, SCENARIOS, type ScenarioName } from './scenarios.ts'
import type { SimContext } from './sim-context.ts'
import type { CrisisCause } from './story.ts'
import { brandLangOf, createActivity, createLangSwitch, extraLangsOf } from './traffic.ts'
import type { Truth } from './truth.ts'

/** Monday 2 March 2026, midnight in Paris: the default start, so a seed alone fixes the output. */
export const DEFAULT_START = new Date('2026-03-01T23:00:00.000Z')
const DAY_MS = 86_400_000

export interface SimulateOptions {
  seed: string | number
  scenario: ScenarioName | string
  /** defaults per scenario (`DEFAULT_DAYS`): demo 9, quiet 14, mixed 60; varied profiles 2 to 60 */
  days?: number
  start?: Date
  brand?: Brand
  /** demo only: when the crisis starts (default: the 8th day at start + 9h30) */
  onset?: Date
  /** demo only: what the crisis is about (default: an employee's insulting post) */
  cause?: CrisisCause
  /** multiplies the ordinary traffic's volume (default 1): the same profile for a smaller or larger brand */
  volume?: number
}

/** What the simulator knows of each mention and never writes into it: for tests and evaluations. */
export interface MentionLabel {
  family: string
  tone: Tone
  kind: DraftKind
  /** index in `truth.events` of the event that caused it */
  event?: number
}

export interface Simulation {
  /** in event-time order */
  mentions: Mention[]
  truth: Truth
  labels: ReadonlyMap<string, MentionLabel>
}

const checkOptions = (options: SimulateOptions): { scenario: ScenarioName; days: number } => {
  if (!isScenarioName(options.scenario)) {
    throw new AppError(
      'invalid',
      `unknown scenario "${options.scenario}" (known: ${SCENARIO_NAMES.join(', ')})`,
    )
  }
  const days = options.days ?? DEFAULT_DAYS[options.scenario]
  if (!Number.isFinite(days) || days <= 0 || days > 3650) {
    throw new AppError('invalid', `days must be between 1 and 3650, got ${days}`)
  }
  if (options.volume !== undefined && !(options.volume > 0 && options.volume <= 1000)) {
    throw new AppError('invalid', `volume must be above 0 and at most 1000, got ${options.volume}`)
  }
  return { scenario: options.scenario, days }
}

const generateEvent = (
  context: SimContext,
  random: Random,
  spec: EventSpec,
  index: number,
): EventOutcome | undefined => {
  if (spec.kind === 'crisis') return generateCrisis(context, random, spec, index)
  if (spec.kind === 'positive_viral') return generatePositiveViral(context, random, spec, index)
  if (spec.kind === 'campaign') return generateCampaign(context, random, spec, index)
  if (spec.kind === 'burst') return generateBurst(context, random, spec, index)
  return undefined
}

/** Generates a scenario: mentions in event-time order and the truth of what was injected. Deterministic per seed. */
export const simulate = (options: SimulateOptions): Simulation => {
  const { scenario, days } = checkOptions(options)
  const random = createRandom(String(options.seed))
  const brand = options.brand ?? TELECOMETE
  const start = (options.start ?? DEFAULT_START).getTime()
  const end = start + days * DAY_MS
  const plan = SCENARIOS[scenario]({
    random: random.fork('plan'),
    start,
    days,
    brand,
    ...(options.onset ? { onset: options.onset.getTime() } : {}),
    ...(options.cause ? { cause: options.cause } : {}),
  })
  const { traffic } = plan
  const population = createPopulation(
    random.fork('population'),
    brand,
    traffic?.population,
    extraLangsOf(traffic),
    brandLangOf(traffic),
  )
  const context: SimContext = {
    brand,
    population,
    start,
    end,
    events: plan.events,
    nextId: createSerials(),
    activity: createActivity(traffic),
    switchLang: createLangSwitch(traffic),
  }
  const postsPerDay = plan.postsPerDay * (options.volume ?? 1)
  const baseline = generateBaseline(context, random.fork('baseline'), postsPerDay, traffic)
  const outcomes = plan.events.map((spec, i) => generateEvent(context, random.fork(`event-${i}`), spec, i))
  const posts: Draft[] = [...baseline, ...outcomes.flatMap((o) => o?.drafts ?? [])]
  const all = sortDrafts(expandCascades(context, random.fork('cascades'), posts))
  const { kept, lost } = applyOutages(all, plan.events)
  const mentions = toMentions(kept, random.fork('metrics'))
  const labels = new Map<string, MentionLabel>(
    kept.map((d) => [
      d.id,
      { family: d.family, tone: d.tone, kind: d.kind, ...(d.event !== undefined ? { event: d.event } : {}) },
    ]),
  )
  const truth: Truth = {
    scenario,
    seed: String(options.seed),
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    days,
    brand: { id: brand.id, name: brand.name, handles: [brand.handles.main, brand.handles.support] },
    queries: [brandQuery(brand)],
    events: describeEvents({ brand, events: plan.events, outcomes, kept, lost, end }),
  }
  return { mentions, truth, labels }
}
