import { officeTime } from './baseline.ts'
import { type EventOutcome, viralityFor } from './crisis-posts.ts'
import type { Draft } from './draft.ts'
import { type EventSpec, HOUR_MS, waveShape } from './events.ts'
import type { Random } from './random.ts'
import { createPost, createResponse, type SimContext } from './sim-context.ts'
import { PRAISE } from './templates-baseline.ts'
import {
  BRAND_THANKS,
  CAMPAIGN_BRAND,
  CAMPAIGN_CROWD,
  CAMPAIGN_SKEPTIC,
  VIRAL_ORIGIN,
  VIRAL_REACTION,
} from './templates-positive.ts'
import { waveTimes } from './wave.ts'

const DAY_MS = 24 * HOUR_MS

/** A customer's happy story goes viral: a burst of volume that is good news (a trap for detectors). */
export const generatePositiveViral = (
  context: SimContext,
  random: Random,
  spec: Extract<EventSpec, { kind: 'positive_viral' }>,
  event: number,
): EventOutcome => {
  const shape = waveShape(spec.speed, (min, max) => min + random.next() * (max - min))
  const author = context.population.newcomer(random, 'fr', random.int(200, 2500))
  const virality = viralityFor(author, spec.size * 0.4)
  const origin = createPost(context, random, {
    at: spec.onset,
    author,
    family: VIRAL_ORIGIN,
    source: 'x',
    virality,
    event,
  })
  const drafts: Draft[] = [origin]
  for (const at of waveTimes(
    random,
    spec.onset + 60_000,
    shape,
    spec.size * 0.6,
    context.end,
    context.activity,
  )) {
    const person = context.population.pick(random, random.chance(0.9) ? 'fr' : 'en')
    drafts.push(
      random.chance(0.7)
        ? createResponse(context, random, {
            parent: origin,
            kind: 'reply',
            at,
            author: person,
            family: VIRAL_REACTION,
          })
        : createPost(context, random, { at, author: person, family: PRAISE, event }),
    )
  }
  const thanksAt = spec.onset + random.int(2, 6) * HOUR_MS
  if (thanksAt < context.end) {
    const main = context.population.brandMain
    drafts.push(
      createResponse(context, random, {
        parent: origin,
        kind: 'reply',
        at: thanksAt,
        author: main,
        family: BRAND_THANKS,
      }),
    )
  }
  return { drafts, shape, origin }
}

/** A planned contest: the brand posts twice a day, people enter with the campaign hashtag. */
export const generateCampaign = (
  context: SimContext,
  random: Random,
  spec: Extract<EventSpec, { kind: 'campaign' }>,
  event: number,
): EventOutcome => {
  const common = { event, eventHashtag: spec.hashtag }
  const drafts: Draft[] = []
  const main = context.population.brandMain
  for (let day = 0; day < spec.days; day++) {
    for (let i = 0; i < 2; i++) {
      const at = officeTime(random, spec.onset + day * DAY_MS)
      if (at < context.end)
        drafts.push(
          createPost(context, random, { at, author: main, family: CAMPAIGN_BRAND, virality: 3, ...common }),
        )
    }
  }
  // a plateau: a long rise and a decay as long as the campaign
  const shape = { riseHours: 12, decayHours: (spec.days * 24) / 3 }
  for (const at of waveTimes(random, spec.onset, shape, spec.size, context.end, context.activity)) {
    const author = context.population.pick(random, random.chance(0.9) ? 'fr' : 'en')
    const family = random.chance(0.1) ? CAMPAIGN_SKEPTIC : CAMPAIGN_CROWD
    drafts.push(createPost(context, random, { at, author, family, ...common }))
  }
  return { drafts, shape }
}
