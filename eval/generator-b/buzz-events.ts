// Bursts others start without harm: a celebrity casually naming the brand, a
// heartwarming customer story, a meme. Sizes and speeds match the crises', so
// volume alone cannot tell them apart.

import { atLocalHour, EVENT_CAP, sizeLike } from './event-sizing.ts'
import type { StreamContext } from './stream-context.ts'
import { mainLangOf, waveEvent } from './wave-event.ts'
import { shapeFor } from './wave-shape.ts'

export function celebrity(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const lang = mainLangOf(ctx)
  const celeb = ctx.authors.influencer(lang)
  celeb.followers = rng.int(800_000, 14_000_000)
  celeb.verified = true
  const small = ctx.profile.perDay < 50
  waveEvent(ctx, {
    kind: 'positive_viral',
    speed: 'fast',
    t0: atLocalHour(ctx, t, rng.range(11, 23), 55),
    n: small ? rng.int(40, 600) : sizeLike(ctx, 0.2, 4, 60, EVENT_CAP),
    shape: shapeFor(rng, 'fast'),
    description: `celebrity @${celeb.handle} (${celeb.followers} followers) casually praises the brand; fans pile in`,
    origin: { author: celeb, key: 'celebrityPost', boost: 12 },
    repostShare: 0.55,
    replyShare: 0.3,
    originPull: 0.8,
    originals: { fanReply: 1, launchFan: 0.3 },
    replies: 'fanReply',
  })
}

export function heartwarming(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const lang = mainLangOf(ctx)
  const author = ctx.authors.fresh(lang)
  waveEvent(ctx, {
    kind: 'positive_viral',
    speed: 'medium',
    t0: atLocalHour(ctx, t, rng.range(8, 21), 55),
    n: sizeLike(ctx, 0.15, 2.5, 40, EVENT_CAP),
    shape: shapeFor(rng, 'medium'),
    description: 'heartwarming story about an employee goes viral',
    origin: { author, key: 'heartwarming', boost: 10 },
    repostShare: 0.5,
    replyShare: 0.25,
    originPull: 0.7,
    originals: { fanReply: 1, heartwarming: 0.2 },
    replies: 'fanReply',
    newsShare: 0.04,
    newsKey: 'heartwarming',
  })
}

/** A meme: mocking but friendly, spreads fast, dies fast. */
export function meme(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const lang = mainLangOf(ctx)
  const author = rng.chance(0.4) ? ctx.authors.influencer(lang) : ctx.authors.fresh(lang)
  waveEvent(ctx, {
    kind: 'meme',
    speed: rng.chance(0.7) ? 'fast' : 'medium',
    t0: atLocalHour(ctx, t, rng.range(12, 24), 55),
    n: ctx.profile.perDay < 50 ? rng.int(30, 300) : sizeLike(ctx, 0.1, 2, 40, EVENT_CAP),
    shape: rng.chance(0.7) ? shapeFor(rng, 'fast') : shapeFor(rng, 'medium'),
    description: 'harmless meme about the brand (mockery without anger)',
    origin: { author, key: 'meme', boost: 8 },
    repostShare: 0.5,
    replyShare: 0.3,
    originPull: 0.6,
    originals: { meme: 1 },
    replies: 'memeReply',
  })
}
