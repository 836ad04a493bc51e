import type { EventSpec } from './events.ts'
import { atDay, awakeTime, logUniform, type PlanInput, type Profile, shapeBetween } from './plan-tools.ts'
import { CRISIS_STORIES } from './stories.ts'
import type { CrisisCause } from './story.ts'

const CAUSES = Object.keys(CRISIS_STORIES) as CrisisCause[]
const DAY_MS = 86_400_000

type CrisisSpec = Extract<EventSpec, { kind: 'crisis' }>
type CrisisDraw = Pick<CrisisSpec, 'size' | 'shape' | 'speed'> & Partial<CrisisSpec>

/** Crises on the given days (at a time people are up), each drawn by `draw`. */
const crisesOn = (input: PlanInput, days: readonly number[], draw: () => CrisisDraw): EventSpec[] => {
  const { random } = input
  return days
    .filter((day) => day < input.days - 1)
    .map<EventSpec>((day) => ({
      kind: 'crisis',
      cause: random.pick(CAUSES),
      onset: awakeTime(random, input.start + day * DAY_MS),
      silenceHours: Math.min(36, random.logNormal(Math.log(5), 0.8)),
      lang: random.chance(0.85) ? 'fr' : 'en',
      ...draw(),
    }))
}

/** Crises of other shapes than the `mixed` scenario's. */
export const CRISIS_PROFILES = {
  /** building over one to two days before peaking */
  slow_crisis: {
    days: 40,
    plan: (input) => ({
      postsPerDay: 250,
      events: crisesOn(input, [6, 18, 30], () => ({
        size: Math.round(logUniform(input.random, 800, 3000)),
        speed: 'slow',
        originShare: 0.03,
        shape: shapeBetween(input.random, [24, 44], [24, 48]),
      })),
    }),
  },
  /** a few posts an hour, then 20, then 70 */
  sparse_crisis: {
    days: 40,
    plan: (input) => ({
      postsPerDay: 60,
      traffic: { brandPostsPerDay: 0.2 },
      events: crisesOn(input, [7, 19, 31], () => ({
        size: Math.round(logUniform(input.random, 500, 800)),
        speed: 'medium',
        originShare: 0.02,
        shape: shapeBetween(input.random, [3, 5], [8, 12]),
      })),
    }),
  },
  /** a data leak topic in a large stream: the total volume barely moves */
  emerging_topic: {
    days: 30,
    plan: (input) => ({
      postsPerDay: 1500,
      traffic: { population: 15_000 },
      events: crisesOn(input, [6, 15, 24], () => ({
        cause: 'data_breach_outage',
        size: Math.round(logUniform(input.random, 100, 200)),
        speed: 'medium',
        shape: shapeBetween(input.random, [4, 8], [8, 14]),
      })),
    }),
  },
  /** a brand with no history: the stream begins with the crisis, many news outlets cover it */
  cold_start: {
    days: 5,
    plan: (input) => {
      const onset = atDay(input, 0, 9 + input.random.next())
      const crisis: EventSpec = {
        kind: 'crisis',
        cause: input.random.pick(['data_breach_outage', 'accident', 'product_defect'] as const),
        onset,
        size: Math.round(logUniform(input.random, 500, 1500)),
        speed: 'fast',
        shape: shapeBetween(input.random, [1, 3], [4, 8]),
        silenceHours: input.random.logNormal(Math.log(5), 0.6),
        lang: 'fr',
        newsShare: 0.3,
      }
      return { postsPerDay: 15, events: [crisis], traffic: { from: onset, brandPostsPerDay: 0.3 } }
    },
  },
} satisfies Record<string, Profile>
