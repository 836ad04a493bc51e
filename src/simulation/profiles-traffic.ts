import type { Profile } from './plan-tools.ts'
import { CHATTER, COMPLAINT, NEWS, PRAISE, QUESTION } from './templates-baseline.ts'
import type { Traffic } from './traffic.ts'

/** Office hours of a B2B brand: nothing at night, a dip at lunch. */
const OFFICE_HOURS = [
  0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.3, 0.9, 1.6, 1.8, 1.7, 0.8, 1.0, 1.7, 1.8, 1.6, 1.2, 0.5, 0.2,
  0.1, 0.08, 0.05, 0.03,
]
/** A consumer brand's weekend: late mornings, long afternoons and evenings. */
const LEISURE_HOURS = [
  0.5, 0.3, 0.15, 0.08, 0.06, 0.08, 0.15, 0.3, 0.6, 0.9, 1.2, 1.4, 1.5, 1.5, 1.6, 1.7, 1.7, 1.7, 1.7, 1.8,
  1.8, 1.6, 1.2, 0.8,
]
const quiet = (postsPerDay: number, days: number, traffic: Traffic): Profile => ({
  days,
  plan: () => ({ postsPerDay, events: [], traffic }),
})

/** Ordinary traffic of other rhythms, sizes and languages, with no event: false-alarm tests. */
export const TRAFFIC_PROFILES = {
  sparse: quiet(5, 60, { langs: { fr: 1 }, brandPostsPerDay: 0.1 }),
  office_hours: quiet(150, 28, {
    hourly: OFFICE_HOURS,
    weekday: [1, 1, 1, 1, 0.9, 0.08, 0.05],
    burstiness: 0.9,
    langs: { fr: 0.6, en: 0.4 },
  }),
  weekend_brand: quiet(300, 28, {
    hourly: LEISURE_HOURS,
    weekday: [0.75, 0.7, 0.75, 0.85, 1.1, 2.2, 2.0],
    langs: { fr: 1 },
  }),
  night_timezone: quiet(250, 28, { abroad: { share: 0.55, shiftHours: -6 }, langs: { fr: 0.85, en: 0.15 } }),
  weekly_seasonal: quiet(250, 42, { weekday: [2.1, 1.3, 1.0, 0.85, 0.75, 0.4, 0.3] }),
  growing: quiet(60, 60, { growthPerDay: 1.025 }),
  massive: quiet(30_000, 2, { population: 60_000 }),
  french_only: quiet(200, 21, { langs: { fr: 1 } }),
  english_only: quiet(200, 21, { langs: { en: 1 } }),
  multilingual: quiet(250, 21, { langs: { fr: 0.45, en: 0.35, es: 0.12, de: 0.08 } }),
  complaint_heavy: quiet(900, 28, {
    families: [
      [COMPLAINT, 0.62],
      [QUESTION, 0.2],
      [PRAISE, 0.04],
      [CHATTER, 0.12],
      [NEWS, 0.02],
    ],
    drift: 0.05,
    weekday: [1, 1, 1, 1, 1, 0.85, 0.8],
    population: 15_000,
  }),
} satisfies Record<string, Profile>
