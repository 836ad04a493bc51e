import type { Draft } from './draft.ts'
import { HOUR_MS } from './events.ts'
import type { Family } from './family.ts'
import type { Random } from './random.ts'
import { isSupportOpen } from './rhythm.ts'
import { createPost, type SimContext } from './sim-context.ts'
import { CHATTER, COMPLAINT, NEWS, OFFER, PRAISE, QUESTION } from './templates-baseline.ts'
import { createLangPicker, hourFactor, type Traffic } from './traffic.ts'

const DAY_MS = 24 * HOUR_MS
export const CROWD_FAMILIES: readonly [Family, number][] = [
  [COMPLAINT, 0.32],
  [QUESTION, 0.18],
  [PRAISE, 0.13],
  [CHATTER, 0.32],
  [NEWS, 0.05],
]

const pickCrowdFamily = (random: Random, families: readonly [Family, number][]): Family => {
  let target = random.next()
  for (const [family, share] of families) {
    target -= share
    if (target < 0) return family
  }
  return CHATTER
}

/** A time on the day starting at `dayStart` within the brand's office hours. */
export const officeTime = (random: Random, dayStart: number): number => {
  for (let tries = 0; tries < 20; tries++) {
    const at = dayStart + random.next() * DAY_MS
    if (isSupportOpen(at)) return at
  }
  return dayStart + 12 * HOUR_MS
}

/** The brand's own posts: offers and news, one or two a day. */
const brandPosts = (context: SimContext, random: Random, dayStart: number, perDay = 1.5): Draft[] =>
  Array.from({ length: random.poisson(perDay) }, () =>
    createPost(context, random, {
      at: officeTime(random, dayStart),
      author: context.population.brandMain,
      family: random.chance(0.8) ? OFFER : NEWS,
    }),
  ).filter((d) => d.at < context.end)

/**
 * Ordinary chatter: a Poisson count per hour following the daily and weekly rhythm, with a day-to-day
 * drift, in French (82%) and English; news outlets write the news.
 */
export const generateBaseline = (
  context: SimContext,
  random: Random,
  postsPerDay: number,
  traffic?: Traffic,
): Draft[] => {
  const drafts: Draft[] = []
  const families = traffic?.families ?? CROWD_FAMILIES
  const pickLang = createLangPicker(traffic)
  let drift = 1
  for (let hour = context.start; hour < context.end; hour += HOUR_MS) {
    if (traffic?.from !== undefined && hour + HOUR_MS <= traffic.from) continue
    if ((hour - context.start) % DAY_MS === 0) {
      drift = random.logNormal(0, traffic?.drift ?? 0.12)
      drafts.push(...brandPosts(context, random, hour, traffic?.brandPostsPerDay))
    }
    const rate = (postsPerDay / 24) * context.activity(hour) * drift
    const count = random.poisson(traffic ? rate * hourFactor(traffic, random, context.start, hour) : rate)
    for (let i = 0; i < count; i++) {
      const family = pickCrowdFamily(random, families)
      const lang = pickLang(random)
      const author =
        family === NEWS ? context.population.pickNews(random, lang) : context.population.pick(random, lang)
      const at = Math.min(context.end - 1, Math.max(traffic?.from ?? 0, hour + random.next() * HOUR_MS))
      drafts.push(createPost(context, random, { at, author, family }))
    }
  }
  return drafts
}
