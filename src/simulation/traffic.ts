import type { Family } from './family.ts'
import type { SimLang } from './population.ts'
import type { Random } from './random.ts'
import { activityAt, PARIS_HOURLY, parisTime, WEEKEND_FACTOR } from './rhythm.ts'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

/**
 * How a varied profile's ordinary traffic differs from the default (Paris rhythm, 82% French, the
 * default mix of complaints, questions, praise, chatter and news). Every field is optional.
 */
export interface Traffic {
  /** relative activity for each Paris hour 0-23 (normalised to its mean) */
  hourly?: readonly number[]
  /** a factor per day of the week, Monday first (default: 1 on weekdays, 0.65 at weekends) */
  weekday?: readonly number[]
  /** a share of the audience living `shiftHours` from Paris (-6: Montréal, whose evening is Paris's night) */
  abroad?: { share: number; shiftHours: number }
  /** volume multiplies by this every day: a brand gaining popularity */
  growthPerDay?: number
  /** each hour's rate is multiplied by a log-normal factor of this spread: bursty streams */
  burstiness?: number
  /** the spread of the day-to-day drift (default 0.12) */
  drift?: number
  /** language weights of the crowd (default fr 0.82, en 0.18) */
  langs?: Partial<Record<SimLang, number>>
  /** family weights of the crowd's posts, replacing the default mix */
  families?: readonly [Family, number][]
  /** no ordinary traffic before this time: a brand with no history */
  from?: number
  /** authors in the crowd (default 6,000): large streams need more */
  population?: number
  /** the brand's own offers and news per day (default 1.5): a small brand posts less */
  brandPostsPerDay?: number
}

/** A single-language profile's brand speaks it too; otherwise the brand writes in French. */
export const brandLangOf = (traffic: Traffic | undefined): SimLang =>
  traffic?.langs && !traffic.langs.fr ? (Object.keys(traffic.langs)[0] as SimLang) : 'fr'

/**
 * The language a reaction switches to (10% of reactions): French and English swap, as they always did;
 * a single-language profile never switches.
 */
export const createLangSwitch = (traffic: Traffic | undefined): ((lang: SimLang) => SimLang) => {
  const only = traffic?.langs && Object.keys(traffic.langs).length === 1
  return only ? (lang) => lang : (lang) => (lang === 'fr' ? 'en' : 'fr')
}

const normalise = (values: readonly number[]) => {
  const mean = values.reduce((a, b) => a + b, 0) / values.length
  return values.map((v) => v / mean)
}
const DEFAULT_WEEK = [1, 1, 1, 1, 1, WEEKEND_FACTOR, WEEKEND_FACTOR]

/** The audience's rhythm: the Paris curve itself when the profile does not reshape it. */
export const createActivity = (traffic: Traffic | undefined): ((ms: number) => number) => {
  if (!traffic?.hourly && !traffic?.weekday && !traffic?.abroad) return activityAt
  const hourly = traffic.hourly ? normalise(traffic.hourly) : PARIS_HOURLY
  const week = traffic.weekday ?? DEFAULT_WEEK
  const local = (ms: number) => {
    const { hour, weekday } = parisTime(ms)
    return (hourly[hour] ?? 1) * (week[weekday] ?? 1)
  }
  const abroad = traffic.abroad
  if (!abroad) return local
  return (ms) => (1 - abroad.share) * local(ms) + abroad.share * local(ms + abroad.shiftHours * HOUR_MS)
}

/** A weighted draw of a language; the default split is drawn as it always was (one `chance`). */
export const createLangPicker = (traffic: Traffic | undefined): ((random: Random) => SimLang) => {
  const langs = traffic?.langs
  if (!langs) return (random) => (random.chance(0.82) ? 'fr' : 'en')
  const entries = Object.entries(langs) as [SimLang, number][]
  const total = entries.reduce((sum, [, w]) => sum + w, 0)
  return (random) => {
    let target = random.next() * total
    for (const [lang, weight] of entries) {
      target -= weight
      if (target < 0) return lang
    }
    return entries[0]?.[0] ?? 'fr'
  }
}

/** Multiplies an hour's expected count: growth over the run and, for bursty profiles, a random surge or lull. */
export const hourFactor = (traffic: Traffic | undefined, random: Random, start: number, hour: number) => {
  if (!traffic) return 1
  const growth = traffic.growthPerDay ? traffic.growthPerDay ** ((hour - start) / DAY_MS) : 1
  const burst = traffic.burstiness ? random.logNormal(-(traffic.burstiness ** 2) / 2, traffic.burstiness) : 1
  return growth * burst
}

/** Languages other than French and English the profile speaks (their crowds must be built). */
export const extraLangsOf = (traffic: Traffic | undefined): SimLang[] =>
  Object.keys(traffic?.langs ?? {}).filter((l): l is SimLang => l === 'es' || l === 'de')
