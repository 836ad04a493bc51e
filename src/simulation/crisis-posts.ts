import { expectedChildren } from './cascade.ts'
import type { Draft } from './draft.ts'
import { type EventSpec, HOUR_MS, type WaveShape, waveShape } from './events.ts'
import type { SimAuthor } from './population.ts'
import type { Random } from './random.ts'
import { pickReaction } from './reply-family.ts'
import { createPost, createResponse, type SimContext } from './sim-context.ts'
import { CRISIS_STORIES } from './stories.ts'
import { CRISIS_NEWS, type CrisisStory } from './story.ts'
import { waveTimes } from './wave.ts'

type CrisisSpec = Extract<EventSpec, { kind: 'crisis' }>

export interface EventOutcome {
  drafts: Draft[]
  shape: WaveShape
  origin?: Draft
  brandResponseAt?: number
}

const originAuthor = (
  context: SimContext,
  random: Random,
  story: CrisisStory,
  lang: 'fr' | 'en',
): SimAuthor => {
  const { population } = context
  if (story.originBy === 'news') return population.pickNews(random, lang)
  if (story.originBy === 'employee') return population.newcomer(random, lang, random.int(150, 900))
  return population.newcomer(random, lang, random.int(80, 3000))
}

/** Virality that gives a post about `target` direct reposts and replies. */
export const viralityFor = (author: SimAuthor, target: number): number =>
  Math.max(1, target / expectedChildren(author.author.followers ?? 0, 1))

/**
 * A crisis: the origin post (very viral), a wave of reactions (anger, mockery, others speaking for the
 * brand, news), the brand silent for `silenceHours`, then its statement and the reactions to it.
 */
export const generateCrisis = (
  context: SimContext,
  random: Random,
  spec: CrisisSpec,
  event: number,
): EventOutcome => {
  const story = CRISIS_STORIES[spec.cause]
  const shape = spec.shape ?? waveShape(spec.speed, (min, max) => min + random.next() * (max - min))
  const eventHashtag = random.pick(story.hashtags)
  const author = originAuthor(context, random, story, spec.lang)
  const common = { event, eventHashtag }
  const virality = viralityFor(author, spec.size * (spec.originShare ?? 0.2))
  const origin = createPost(context, random, {
    at: spec.onset,
    author,
    family: story.origin,
    source: 'x',
    virality,
    ...common,
  })
  const drafts: Draft[] = [origin]
  for (const at of waveTimes(
    random,
    spec.onset + 60_000,
    shape,
    spec.size * 0.8,
    context.end,
    context.activity,
  )) {
    const lang = random.chance(0.85) ? spec.lang : spec.lang === 'fr' ? 'en' : 'fr'
    if (random.chance(spec.newsShare ?? 0.06)) {
      drafts.push(
        createPost(context, random, {
          at,
          author: context.population.pickNews(random, lang),
          family: CRISIS_NEWS,
          ...common,
        }),
      )
      continue
    }
    const person = context.population.pick(random, lang)
    const family = pickReaction(random, spec)
    drafts.push(
      random.chance(0.25)
        ? createResponse(context, random, { parent: origin, kind: 'reply', at, author: person, family })
        : createPost(context, random, { at, author: person, family, virality: 2, ...common }),
    )
  }
  const brandResponseAt = spec.onset + spec.silenceHours * HOUR_MS
  if (brandResponseAt < context.end) {
    const main = context.population.brandMain
    const statement = {
      at: brandResponseAt,
      author: main,
      family: story.statement,
      source: 'x',
      virality: 2,
      ...common,
    }
    drafts.push(createPost(context, random, statement))
  }
  return { drafts, shape, origin, brandResponseAt }
}
