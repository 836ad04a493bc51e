import { BURSTS } from './bursts.ts'
import type { Draft } from './draft.ts'
import type { EventSpec } from './events.ts'
import type { Family } from './family.ts'
import type { Random } from './random.ts'
import { CRISIS_STORIES } from './stories.ts'
import { AFTER_STATEMENT } from './story.ts'
import { REPLY_NEGATIVE, REPLY_NEUTRAL, REPLY_POSITIVE } from './templates-baseline.ts'
import { CAMPAIGN_CROWD, VIRAL_REACTION } from './templates-positive.ts'

/** A family drawn in proportion to its weight. */
export const pickWeighted = (
  random: Random,
  options: readonly { family: Family; weight: number }[],
): Family => {
  const total = options.reduce((sum, o) => sum + o.weight, 0)
  let target = random.next() * total
  for (const option of options) {
    target -= option.weight
    if (target < 0) return option.family
  }
  return options[options.length - 1]?.family ?? REPLY_NEUTRAL
}

/** A crisis reaction, in the proportions its story gives. */
export const pickReaction = (random: Random, spec: Extract<EventSpec, { kind: 'crisis' }>): Family =>
  pickWeighted(random, CRISIS_STORIES[spec.cause].reactions)

/** What a reply to `parent` says: it follows the event the parent belongs to, else the parent's tone. */
export const pickReplyFamily = (random: Random, parent: Draft, events: readonly EventSpec[]): Family => {
  if (parent.family === 'statement' || parent.family === 'after_statement') return AFTER_STATEMENT
  const spec = parent.event === undefined ? undefined : events[parent.event]
  if (spec?.kind === 'crisis') return random.chance(0.6) ? pickReaction(random, spec) : REPLY_NEGATIVE
  if (spec?.kind === 'positive_viral') return VIRAL_REACTION
  if (spec?.kind === 'campaign') return CAMPAIGN_CROWD
  if (spec?.kind === 'burst') return pickWeighted(random, BURSTS[spec.burst].crowd)
  if (parent.tone === 'negative') return random.chance(0.75) ? REPLY_NEGATIVE : REPLY_NEUTRAL
  if (parent.tone === 'positive') return random.chance(0.8) ? REPLY_POSITIVE : REPLY_NEUTRAL
  return REPLY_NEUTRAL
}
