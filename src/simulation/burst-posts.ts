import { BURSTS } from './bursts.ts'
import { type EventOutcome, viralityFor } from './crisis-posts.ts'
import type { Draft } from './draft.ts'
import type { EventSpec } from './events.ts'
import type { SimAuthor } from './population.ts'
import type { Random } from './random.ts'
import { pickWeighted } from './reply-family.ts'
import { createPost, createResponse, type SimContext } from './sim-context.ts'
import { waveTimes } from './wave.ts'

type BurstSpec = Extract<EventSpec, { kind: 'burst' }>

const originAuthor = (context: SimContext, random: Random, by: 'brand' | 'news' | 'creator'): SimAuthor =>
  by === 'brand'
    ? context.population.brandMain
    : by === 'news'
      ? context.population.pickNews(random, 'fr')
      : context.population.newcomer(random, 'fr', random.int(20_000, 120_000))

/**
 * A harmless burst (launch, sports final, TV ad, contest, shared article, meme, spam): an optional
 * origin post drawing reshares, then the crowd's posts along the event's wave. Loud, never a crisis.
 */
export const generateBurst = (
  context: SimContext,
  random: Random,
  spec: BurstSpec,
  event: number,
): EventOutcome => {
  const style = BURSTS[spec.burst]
  const common = { event, eventHashtag: random.pick(style.hashtags) }
  const drafts: Draft[] = []
  let origin: Draft | undefined
  if (style.origin) {
    const author = originAuthor(context, random, style.origin.by)
    const virality = viralityFor(author, spec.size * style.origin.share)
    const family = style.origin.family
    origin = createPost(context, random, { at: spec.onset, author, family, source: 'x', virality, ...common })
    drafts.push(origin)
  }
  const crowdSize = spec.size * (1 - (style.origin?.share ?? 0))
  const times = waveTimes(random, spec.onset + 60_000, spec.shape, crowdSize, context.end, context.activity)
  for (const at of times) {
    const lang = random.chance(style.fr) ? 'fr' : 'en'
    const bot = style.authors === 'bots' || (style.authors === 'mixed' && random.chance(0.4))
    const author = bot ? context.population.bot(random, lang) : context.population.pick(random, lang)
    const family = pickWeighted(random, style.crowd)
    drafts.push(
      origin && random.chance(style.replyShare)
        ? createResponse(context, random, { parent: origin, kind: 'reply', at, author, family })
        : createPost(context, random, { at, author, family, ...common, ...(bot ? { virality: 0 } : {}) }),
    )
  }
  return { drafts, shape: spec.shape, ...(origin ? { origin } : {}) }
}
