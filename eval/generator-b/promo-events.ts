// Bursts the brand causes itself: contests ("RT to win"), TV ads airing,
// sports sponsorship nights, product launches and keynotes, a TV finale.
// All loud, none a crisis.

import { atLocalHour, EVENT_CAP, sizeLike } from './event-sizing.ts'
import { HOUR, localTime } from './local-time.ts'
import type { StreamContext } from './stream-context.ts'
import { trapText } from './trap-writer.ts'
import { mainLangOf, waveEvent } from './wave-event.ts'
import { shapeFor } from './wave-shape.ts'

export function giveaway(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const t0 = atLocalHour(ctx, t, rng.range(10, 19), 50)
  const days = rng.range(1, 5)
  const shape = { ...shapeFor(rng, 'campaign'), maxH: days * 24 + 12 }
  const source =
    ctx.profile.sources.instagram && rng.chance(0.4) ? 'instagram' : ctx.profile.sources.x ? 'x' : undefined
  const n = sizeLike(ctx, 0.2, 3, 40, EVENT_CAP)
  const lang = mainLangOf(ctx)
  const queryId = ctx.profile.queries[0].id
  waveEvent(ctx, {
    kind: 'campaign',
    speed: 'fast',
    t0,
    n,
    shape,
    description: `giveaway over ${days.toFixed(1)} days on ${source ?? 'social'}: RT/follow/tag-a-friend entries`,
    origin: { author: ctx.authors.brand(0), key: 'giveawayPost', source, boost: 8 },
    repostShare: 0.6,
    replyShare: 0.3,
    originPull: 0.85,
    originals: { giveawayEntry: 1 },
    replies: 'giveawayEntry',
    milestones: [
      {
        at: t0 + days * 24 * HOUR,
        run: () => {
          const text =
            lang === 'fr'
              ? `🎉 Le tirage a eu lieu ! Bravo à @${ctx.text.friendHandle()} qui remporte le concours. Merci à tous d'avoir participé 💙`
              : `🎉 Winner picked! Congrats @${ctx.text.friendHandle()}. Thanks everyone for entering 💙`
          ctx.post(
            t0 + days * 24 * HOUR,
            source ?? 'x',
            lang,
            ctx.text.ensureMatch(text, lang, queryId, 1),
            ctx.authors.brand(0),
            ctx.events.length - 1,
          )
        },
      },
    ],
  })
}

/** A TV ad aired on several evenings: short bursts right after each airing. */
export function tvAd(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const nights = rng.int(2, 5)
  const total = sizeLike(ctx, 0.1, 1.2, 30, EVENT_CAP / 2)
  const queryId = ctx.pickQuery()
  const first = atLocalHour(ctx, t, rng.range(20.6, 21.2))
  const idx = ctx.addEvent({
    kind: 'campaign',
    speed: 'fast',
    queryId,
    start: first,
    description: `TV ad aired on ${nights} evenings, reaction bursts after each airing`,
  })
  for (let k = 0; k < nights; k++) {
    const at = atLocalHour(ctx, first + k * 24 * HOUR, rng.range(20.5, 21.5))
    if (at >= ctx.end - HOUR) break
    const n = Math.round((total / nights) * (k === 0 ? 1.8 : rng.range(0.4, 1)))
    for (let i = 0; i < n; i++) {
      const lang = ctx.pickLang()
      const tt = at + rng.exp(18 * 60_000)
      ctx.post(
        Math.min(tt, ctx.end - 1000),
        ctx.pickSocialSource(),
        lang,
        trapText(ctx, 'tvAd', lang, queryId),
        ctx.authors.ordinary(lang),
        idx,
        { stance: 'tvAd' },
      )
    }
  }
}

export function sponsorship(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const t0 = atLocalHour(ctx, t, rng.range(19, 21.5), 30)
  waveEvent(ctx, {
    kind: 'campaign',
    speed: 'fast',
    t0,
    n: sizeLike(ctx, 0.15, 2, 30, EVENT_CAP),
    shape: { ...shapeFor(rng, 'burst'), riseMin: rng.range(60, 110), plateauH: 0.5 },
    description: 'sports sponsorship: the sponsored team wins, fans thank the brand',
    repostShare: 0.35,
    replyShare: 0.15,
    originPull: 0,
    originals: { sponsorship: 1 },
    replies: 'fanReply',
  })
}

export function launch(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const t0 = atLocalHour(ctx, t, rng.pick([10, 17, 19]), 20)
  waveEvent(ctx, {
    kind: 'news_burst',
    speed: 'fast',
    t0,
    n: sizeLike(ctx, 0.3, 3, 25, EVENT_CAP),
    shape: { ...shapeFor(rng, 'fast'), riseMin: rng.range(20, 70) },
    description: 'product launch / keynote: live coverage, fans, skeptics about the price',
    origin: { author: ctx.authors.brand(0), key: 'launchNews', boost: 6 },
    repostShare: 0.35,
    replyShare: 0.15,
    originPull: 0.4,
    newsShare: 0.2,
    newsKey: 'launchNews',
    originals: { launchFan: 1 },
    replies: 'fanReply',
  })
}

/** The season finale of the weekly show: a bigger air-time night. */
export function finale(ctx: StreamContext, t: number): void {
  const p = ctx.profile
  if (!p.airTime) {
    launch(ctx, t)
    return
  }
  // Move to the next air day.
  let at = atLocalHour(ctx, t, p.airTime.hour + 0.1)
  for (let i = 0; i < 7 && !p.airTime.weekdays.includes(localTime(at, p.tz).weekday); i++) at += 24 * HOUR
  if (at >= ctx.end - 4 * HOUR) return
  ctx.skipAirDays.delete(localTime(at, p.tz).dayIndex)
  waveEvent(ctx, {
    kind: 'campaign',
    speed: 'fast',
    t0: at,
    n: sizeLike(ctx, 3, 8, 200, EVENT_CAP),
    shape: {
      riseMin: 40,
      plateauH: 2,
      decayHalfLifeH: 1.2,
      tailShare: 0.1,
      tailHalfLifeH: 12,
      rhythm: 0,
      maxH: 48,
    },
    description: 'season finale night: live-tweeting far above a usual episode',
    repostShare: 0.3,
    replyShare: 0.15,
    originPull: 0,
    originals: { finale: 1 },
    replies: 'fanReply',
  })
}
