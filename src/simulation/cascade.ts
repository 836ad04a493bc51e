import type { Draft } from './draft.ts'
import type { Random } from './random.ts'
import { pickReplyFamily } from './reply-family.ts'
import { isSupportOpen } from './rhythm.ts'
import { createResponse, type SimContext } from './sim-context.ts'
import { SUPPORT_REPLY } from './templates-baseline.ts'

const MINUTE = 60_000
const BRANCHING = 0.25
/** Power-law memory kernel φ(Δt) ∝ (Δt + c)^-(1+θ): most reactions come within minutes, some days later. */
const KERNEL_C_MINUTES = 4
const KERNEL_THETA = 0.6
const MAX_DELAY = 5 * 24 * 60 * MINUTE

/** Expected direct reposts and replies of a post: grows sub-linearly with the author's audience. */
export const expectedChildren = (followers: number, virality: number): number =>
  Math.min(400, virality * BRANCHING * (followers / 1000) ** 0.65)

/** Inverse-CDF draw from the kernel, in milliseconds. */
const kernelDelay = (random: Random): number =>
  1000 + Math.min(MAX_DELAY, KERNEL_C_MINUTES * MINUTE * ((1 - random.next()) ** (-1 / KERNEL_THETA) - 1))

const spawnChildren = (context: SimContext, random: Random, parent: Draft): Draft[] => {
  if (parent.virality <= 0 || parent.source === 'rss') return []
  const count = random.poisson(expectedChildren(parent.author.author.followers ?? 0, parent.virality))
  const children: Draft[] = []
  for (let i = 0; i < count; i++) {
    const at = parent.at + kernelDelay(random)
    // thinning by the daily rhythm: fewer people are awake to react at night
    if (at >= context.end || !random.chance(Math.min(1, context.activity(at)))) continue
    const lang = random.chance(0.9) ? parent.lang : context.switchLang(parent.lang)
    const author = context.population.pick(random, lang)
    const kind = parent.source === 'forum' || random.chance(0.28) ? 'reply' : 'repost'
    const family = kind === 'reply' ? pickReplyFamily(random, parent, context.events) : undefined
    children.push(
      createResponse(context, random, { parent, kind, at, author, ...(family ? { family } : {}) }),
    )
  }
  return children
}

/** The support desk answers some complaints and questions, within business hours. */
const supportReply = (context: SimContext, random: Random, post: Draft): Draft | undefined => {
  const asks = post.family === 'complaint' || post.family === 'question'
  if (!asks || post.event !== undefined || post.kind !== 'post' || !random.chance(0.3)) return undefined
  let at = post.at + 1000 + random.logNormal(Math.log(35 * MINUTE), 0.8)
  for (let guard = 0; !isSupportOpen(at) && guard < 24; guard++) at += 60 * MINUTE
  if (at >= context.end) return undefined
  const reply = createResponse(context, random, {
    parent: post,
    kind: 'reply',
    at,
    author: context.population.brandSupport,
    family: SUPPORT_REPLY,
  })
  return { ...reply, virality: 0.3 }
}

/**
 * Expands posts into reshare cascades: a Hawkes process where each post excites reposts and replies
 * in proportion to its author's audience, with a power-law memory. Returns the posts and all descendants.
 */
export const expandCascades = (context: SimContext, random: Random, posts: Draft[]): Draft[] => {
  const all = [...posts]
  for (let i = 0; i < all.length; i++) {
    const draft = all[i] as Draft
    const answer = supportReply(context, random, draft)
    if (answer) all.push(answer)
    all.push(...spawnChildren(context, random, draft))
  }
  return all
}
