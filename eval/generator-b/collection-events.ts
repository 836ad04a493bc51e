// Changes of the stream that come from collection or from business, not from
// talk: a collector outage (hours without data), a collector replay (posts
// delivered twice with new ids), a new market (volume +40-70 % for good,
// partly in a new language) and a slow growth trend.

import { HOUR, localTime } from './local-time.ts'
import { ordinaryOriginal } from './ordinary-post.ts'
import type { StreamContext } from './stream-context.ts'
import { trapText } from './trap-writer.ts'

export function outage(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const hours = rng.chance(0.3) ? rng.range(12, 30) : rng.range(1.5, 10)
  const one = rng.chance(0.4)
  const sources = one ? [ctx.profile.sources.x ? 'x' : ctx.pickSource()] : undefined
  const from = Math.floor(t / (15 * 60_000)) * 15 * 60_000
  const to = Math.min(ctx.end, from + hours * HOUR)
  ctx.outages.push({ from, to, sources })
  ctx.addEvent({
    kind: 'source_outage',
    speed: 'fast',
    queryId: ctx.profile.queries[0].id,
    start: from,
    plannedEnd: to,
    fixedSize: 0,
    description: `collection outage of ${hours.toFixed(1)} h on ${sources ? sources.join(',') : 'all sources'}: no data, then normal`,
  })
}

export function replay(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const hours = rng.range(1, 6)
  const sources = rng.chance(0.5) ? [ctx.profile.sources.x ? 'x' : ctx.pickSource()] : undefined
  const from = Math.floor(t / HOUR) * HOUR
  const to = Math.min(ctx.end, from + hours * HOUR)
  const idx = ctx.addEvent({
    kind: 'source_outage',
    speed: 'fast',
    queryId: ctx.profile.queries[0].id,
    start: from,
    plannedEnd: to,
    description: `collector replay: ${hours.toFixed(1)} h of ${sources ? sources.join(',') : 'all sources'} delivered twice with new ids (duplicates)`,
  })
  ctx.replays.push({ window: { from, to, sources }, eventIndex: idx })
}

/** A new market opens: ordinary volume jumps and stays, partly in a new language. */
export function marketOpen(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const p = ctx.profile
  const m = rng.range(1.4, 1.7)
  const lt = localTime(t, p.tz)
  const from = Math.max(ctx.start, t - (lt.hour - 8) * HOUR)
  const lang = p.newMarketLang
  const idx = ctx.addEvent({
    kind: 'level_shift',
    speed: 'fast',
    queryId: p.queries[0].id,
    start: from,
    plannedEnd: ctx.end,
    description: `new market opened: ordinary volume x${m.toFixed(2)} from now on${lang ? `, extra posts mostly in ${lang}` : ''}`,
  })
  ctx.modifiers.push({ from, to: ctx.end, factor: () => m, eventIndex: idx, extraLang: lang })
  // The announcement itself.
  const mainLang = (p.langs.fr ?? 0) >= 0.5 ? 'fr' : 'en'
  const queryId = p.queries[0].id
  const n = rng.int(3, 12)
  for (let i = 0; i < n; i++) {
    const d = ordinaryOriginal(ctx, from + rng.exp(3 * HOUR), {
      stance: 'news',
      lang: mainLang,
      event: idx,
      queryId,
    })
    d.text = trapText(ctx, 'marketNews', mainLang, queryId)
  }
}

/** Slow growth: volume ramps linearly by 30-80 % over the rest of the window. */
export function growth(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const g = rng.range(0.3, 0.8)
  const from = Math.min(t, ctx.start + 5 * 24 * HOUR)
  const span = ctx.end - from
  const idx = ctx.addEvent({
    kind: 'level_shift',
    speed: 'slow',
    queryId: ctx.profile.queries[0].id,
    start: from,
    plannedEnd: ctx.end,
    description: `slow growth trend: ordinary volume ramps to x${(1 + g).toFixed(2)} by the end`,
  })
  ctx.modifiers.push({ from, to: ctx.end, factor: (x) => 1 + (g * (x - from)) / span, eventIndex: idx })
}
