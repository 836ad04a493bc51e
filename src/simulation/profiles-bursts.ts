import type { BurstKind, EventSpec } from './events.ts'
import { atDay, logUniform, type PlanInput, type Profile, shapeBetween } from './plan-tools.ts'

interface BurstPlan {
  kind: BurstKind
  /** Paris hour the burst starts (a TV ad airs at 20:50, a final kicks off at 21:00) */
  hour: number
  size: [number, number]
  rise: [number, number]
  decay: [number, number]
}

/** Days of a 21-day run the bursts fall on: a weekday, a weekend day, a later weekday. */
const DAYS = [4, 12, 17]

const bursts = (input: PlanInput, plans: readonly BurstPlan[]): EventSpec[] => {
  const { random } = input
  return plans.flatMap((plan, i) =>
    DAYS.filter((day) => day < input.days - 1).map<EventSpec>((day) => ({
      kind: 'burst',
      burst: plan.kind,
      onset: atDay(input, day + i, plan.hour + random.next() * 0.5),
      size: Math.round(logUniform(random, plan.size[0], plan.size[1])),
      shape: shapeBetween(random, plan.rise, plan.decay),
    })),
  )
}

/** 21 days of ordinary traffic (~250 posts a day) with three bursts of the given kinds each. */
const withBursts = (...plans: BurstPlan[]): Profile => ({
  days: 21,
  plan: (input) => ({ postsPerDay: 250, events: bursts(input, plans).sort((a, b) => a.onset - b.onset) }),
})

/** Loud but harmless events: none is a crisis. */
export const BURST_PROFILES = {
  product_launch: withBursts({
    kind: 'product_launch',
    hour: 10,
    size: [800, 2000],
    rise: [2, 4],
    decay: [8, 16],
  }),
  sponsorship: withBursts({
    kind: 'sponsorship',
    hour: 21,
    size: [1500, 4000],
    rise: [1.5, 2],
    decay: [0.7, 1.2],
  }),
  tv_ad: withBursts({ kind: 'tv_ad', hour: 20.8, size: [300, 900], rise: [0.2, 0.4], decay: [0.3, 0.6] }),
  giveaway: withBursts({ kind: 'giveaway', hour: 12, size: [1500, 4000], rise: [1, 3], decay: [6, 12] }),
  news_reshare: withBursts({
    kind: 'news_reshare',
    hour: 7.5,
    size: [800, 2500],
    rise: [1, 2.5],
    decay: [4, 8],
  }),
  meme: withBursts({ kind: 'meme', hour: 19, size: [1000, 3000], rise: [0.7, 2], decay: [3, 8] }),
  bots: withBursts(
    { kind: 'bot_spam', hour: 3, size: [300, 1500], rise: [0.3, 1], decay: [0.5, 1.5] },
    { kind: 'hashtag_spam', hour: 14, size: [200, 600], rise: [2, 4], decay: [3, 6] },
  ),
} satisfies Record<string, Profile>
