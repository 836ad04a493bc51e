// News-driven harmless bursts: results day (headlines at market open, some
// mildly negative), and one wire story syndicated by many outlets (the same
// title and text again and again, i.e. duplicated posts).

import { atLocalHour, EVENT_CAP, nextWeekday, sizeLike } from './event-sizing.ts'
import { HOUR } from './local-time.ts'
import type { StreamContext } from './stream-context.ts'
import { trapText } from './trap-writer.ts'
import { mainLangOf, waveEvent } from './wave-event.ts'

export function earnings(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const t0 = atLocalHour(ctx, nextWeekday(ctx, t), rng.range(7, 8), 30)
  const n = Math.max(12, Math.min(EVENT_CAP / 4, sizeLike(ctx, 0.05, 0.6, 12, EVENT_CAP)))
  waveEvent(ctx, {
    kind: 'news_burst',
    speed: 'fast',
    t0,
    n,
    shape: {
      riseMin: rng.range(30, 90),
      plateauH: rng.range(1, 3),
      decayHalfLifeH: rng.range(2, 5),
      tailShare: 0.15,
      tailHalfLifeH: 16,
      rhythm: 0.4,
      maxH: 48,
    },
    description: "quarterly results day: headlines, analysts and investors' comments",
    origin: {
      author: ctx.authors.outlet(mainLangOf(ctx)),
      key: 'earningsNews',
      source: ctx.pickNewsSource(),
      boost: 4,
    },
    repostShare: 0.25,
    replyShare: 0.1,
    originPull: 0.2,
    newsShare: 0.45,
    newsKey: 'earningsNews',
    originals: { earningsComment: 1 },
    replies: 'earningsComment',
  })
}

/** One story copied by many outlets, minutes to hours apart, identical texts. */
export function syndication(ctx: StreamContext, t: number): void {
  const rng = ctx.rng
  const lang = mainLangOf(ctx)
  const queryId = ctx.pickQuery()
  const t0 = atLocalHour(ctx, t, rng.range(6, 12), 60)
  const copies = Math.min(
    400,
    Math.max(8, Math.round(rng.range(8, 40) * (Math.max(1, ctx.profile.perDay) / 100) ** 0.3)),
  )
  const title = trapText(ctx, rng.chance(0.5) ? 'marketNews' : 'launchNews', lang, queryId)
  const body =
    ctx.text.fill(rng.pick(lang === 'fr' ? ctx.lex.news.fr : ctx.lex.news.en), lang, queryId) +
    (lang === 'fr'
      ? '. Une information reprise par plusieurs titres de la presse régionale.'
      : '. The story was picked up by several regional outlets.')
  const text = ctx.text.ensureMatch(body, lang, queryId, 1)
  const idx = ctx.addEvent({
    kind: 'news_burst',
    speed: 'medium',
    queryId,
    start: t0,
    description: `wire story syndicated by ${copies} outlets (duplicate texts)`,
  })
  const news = Object.keys(ctx.profile.sources).filter((s) => s === 'news' || s === 'rss')
  for (let i = 0; i < copies; i++) {
    const at = i === 0 ? t0 : t0 + rng.exp(2.5 * HOUR)
    if (at >= ctx.end) continue
    const outlet = { ...ctx.authors.outlet(lang) }
    // Regional papers: same story, smaller audiences, own handle.
    if (i > 0 && rng.chance(0.7)) {
      const n = rng.int(1, 999)
      outlet.handle = `${outlet.handle}_${n}`
      outlet.id = `${outlet.id}${n}`
      outlet.followers = rng.int(2_000, 90_000)
      outlet.verified = rng.chance(0.5)
    }
    const source = news.length ? rng.pick(news) : 'x'
    ctx.post(at, source, lang, source === 'x' ? `${title} ${text}` : text, outlet, idx, {
      title: source === 'x' ? undefined : title,
      stance: 'news',
    })
  }
}
