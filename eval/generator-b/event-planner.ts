// Decides what happens in the window: how many crises (none in about a third
// of the runs), of which style, cause and size, when, whether the brand
// answers; and which harmless bursts surround them.

import { botBurst } from './bot-events.ts'
import type { CrisisStyle, TrapKind } from './brand-profile.ts'
import { celebrity, heartwarming, meme } from './buzz-events.ts'
import { growth, marketOpen, outage, replay } from './collection-events.ts'
import { type CrisisPlan, generateCrisis } from './crisis-event.ts'
import { eventCap } from './event-sizing.ts'
import { HOUR, localTime } from './local-time.ts'
import { earnings, syndication } from './news-events.ts'
import { finale, giveaway, launch, sponsorship, tvAd } from './promo-events.ts'
import type { StreamContext } from './stream-context.ts'
import type { Cause } from './types.ts'

const DAY = 24 * HOUR

const TRAPS: Record<TrapKind, (ctx: StreamContext, t: number) => void> = {
  earnings,
  launch,
  sponsorship,
  tv_ad: tvAd,
  giveaway,
  celebrity,
  meme,
  outage,
  heartwarming,
  finale,
  syndication,
  bot_spam: (c, t) => botBurst(c, t, 'coupon'),
  crypto_spam: (c, t) => botBurst(c, t, 'crypto'),
  status_bot: (c, t) => botBurst(c, t, 'status'),
  duplicates: replay,
  market_open: marketOpen,
  growth,
}
/** How many times a kind may happen in one window (a month has one results day). */
const MAX_PER_WINDOW: Partial<Record<TrapKind, number>> = {
  market_open: 1,
  growth: 1,
  finale: 1,
  earnings: 1,
  launch: 1,
  tv_ad: 1,
  giveaway: 2,
  sponsorship: 2,
  celebrity: 2,
  heartwarming: 1,
  outage: 2,
  duplicates: 1,
  status_bot: 2,
}

function logUniform(ctx: StreamContext, lo: number, hi: number): number {
  return Math.exp(ctx.rng.range(Math.log(lo), Math.log(hi)))
}

function crisisSize(ctx: StreamContext, style: CrisisStyle): number {
  const per = ctx.profile.perDay
  const small = per < 100
  if (small && ctx.rng.chance(0.25)) return ctx.rng.int(30, 60)
  let n: number
  switch (style) {
    case 'sparse':
      n = logUniform(ctx, 30, 450)
      break
    case 'news_accident':
      n = small ? logUniform(ctx, 60, 700) : per * logUniform(ctx, 0.3, 2.5)
      break
    case 'emerging':
      n = Math.max(40, per * logUniform(ctx, 0.3, 1))
      break
    case 'slow':
      n = small ? logUniform(ctx, 40, 500) : per * logUniform(ctx, 0.3, 2.5)
      break
    default:
      n = small ? logUniform(ctx, 40, 600) : per * logUniform(ctx, 0.2, 3)
  }
  return Math.round(Math.min(eventCap(ctx), Math.max(30, n)))
}

function causeFor(ctx: StreamContext, style: CrisisStyle): Cause {
  const causes = ctx.profile.causes
  if (style === 'news_accident') return 'accident'
  if (style === 'emerging') {
    const ok = (['data_breach_outage', 'governance', 'product_defect'] as Cause[]).filter((c) => causes[c])
    return ok.length ? ctx.rng.pick(ok) : 'data_breach_outage'
  }
  return ctx.rng.weighted(causes)
}

function answerDelay(ctx: StreamContext, style: CrisisStyle): number | null {
  if (ctx.rng.chance(0.25)) return null
  const ranges: Record<CrisisStyle, [number, number]> = {
    fast: [1.5, 12],
    medium: [3, 18],
    slow: [24, 80],
    emerging: [6, 36],
    sparse: [1, 8],
    news_accident: [0.7, 4],
  }
  const [lo, hi] = ranges[style]
  return logUniform(ctx, lo, hi)
}

/** Onset instants, at least 4 days apart, away from the first days (history) and the last hours. */
function onsets(ctx: StreamContext, count: number): number[] {
  const days = (ctx.end - ctx.start) / DAY
  const lo = ctx.start + Math.min(3, days * 0.2) * DAY
  const hi = ctx.end - Math.min(1, days * 0.1) * DAY
  const out: number[] = []
  for (let tries = 0; out.length < count && tries < 200; tries++) {
    let t = ctx.rng.range(lo, hi)
    const h = localTime(t, ctx.profile.tz).hour
    if (h >= 1 && h < 7 && ctx.rng.chance(0.75)) t += 7 * HOUR
    if (t < hi && out.every((o) => Math.abs(o - t) > 4 * DAY)) out.push(t)
  }
  return out.sort((a, b) => a - b)
}

export function planEvents(ctx: StreamContext): void {
  const { profile: p, rng } = ctx
  const days = (ctx.end - ctx.start) / DAY
  // The weekly show sometimes does not air (sport, holidays).
  if (p.airTime) {
    for (let d = 0; d < days; d += 7)
      if (rng.chance(0.2)) {
        const t = ctx.start + (d + rng.int(0, 6)) * DAY
        ctx.skipAirDays.add(localTime(t, p.tz).dayIndex)
      }
  }
  const quiet = rng.chance(p.quietChance + (days < 10 ? 0.3 : 0))
  const r = rng.next()
  const small = p.perDay < 50
  const count = quiet ? 0 : 1 + (r < (small ? 0.2 : 0.35) ? 1 : 0) + (r < (small ? 0 : 0.1) ? 1 : 0)
  const crisisTimes = onsets(ctx, Math.min(count, Math.max(1, Math.floor(days / 6))))
  if (quiet) crisisTimes.length = 0
  const usedCauses = new Set<Cause>()
  for (const t0 of crisisTimes) {
    let style = rng.weighted(p.crisisStyles)
    let cause = causeFor(ctx, style)
    // Two crises of one month rarely share a cause.
    for (let k = 0; k < 6 && usedCauses.has(cause); k++) {
      style = rng.weighted(p.crisisStyles)
      cause = causeFor(ctx, style)
    }
    usedCauses.add(cause)
    // Accidents are sudden: they do not build over days.
    if (cause === 'accident' && (style === 'slow' || style === 'emerging'))
      style = p.crisisStyles.news_accident ? 'news_accident' : 'fast'
    const queryId = cause === 'governance' || cause === 'employee_post' ? p.queries[0].id : ctx.pickQuery()
    const plan: CrisisPlan = {
      style,
      cause,
      n: crisisSize(ctx, style),
      t0,
      queryId,
      answerAfterH: answerDelay(ctx, style),
    }
    generateCrisis(ctx, plan)
  }
  const nTraps = Math.max(days >= 14 ? 1 : 0, rng.poisson((p.trapsPerMonth * days) / 30))
  const used = new Map<TrapKind, number>()
  for (let i = 0; i < nTraps; i++) {
    const table: Partial<Record<TrapKind, number>> = {}
    for (const [k, w] of Object.entries(p.traps) as [TrapKind, number][])
      if ((used.get(k) ?? 0) < (MAX_PER_WINDOW[k] ?? 4)) table[k] = w
    if (!Object.keys(table).length) break
    const kind = rng.weighted(table)
    used.set(kind, (used.get(kind) ?? 0) + 1)
    let t = rng.range(ctx.start + 0.5 * DAY, ctx.end - 0.5 * DAY)
    // Collection faults never hide a crisis: that would make the truth unfair.
    if (kind === 'outage' || kind === 'duplicates') {
      for (let k = 0; k < 20 && crisisTimes.some((c) => t > c - 1 * DAY && t < c + 4 * DAY); k++)
        t = rng.range(ctx.start + 0.5 * DAY, ctx.end - 0.5 * DAY)
      if (crisisTimes.some((c) => t > c - 1 * DAY && t < c + 4 * DAY)) continue
    }
    TRAPS[kind](ctx, t)
  }
}
