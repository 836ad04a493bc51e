// Bots: coupon spam, crypto scams and outage-report bots posting the same or
// templated text every few minutes. Why a trap: the volume is real, the
// "negative" words sometimes too (a status bot), yet nobody is speaking.

import { EVENT_CAP } from './event-sizing.ts'
import { HOUR } from './local-time.ts'
import type { StreamContext } from './stream-context.ts'
import { trapText } from './trap-writer.ts'
import type { Author } from './types.ts'
import { mainLangOf } from './wave-event.ts'

type BotStyle = 'coupon' | 'crypto' | 'status'

export function botBurst(ctx: StreamContext, t: number, style: BotStyle): void {
  const rng = ctx.rng
  const lang = style === 'crypto' && rng.chance(0.5) ? 'en' : mainLangOf(ctx)
  const queryId = ctx.pickQuery()
  const bots = style === 'status' ? 1 : style === 'crypto' ? rng.int(3, 25) : rng.int(1, 6)
  const hours = style === 'status' ? rng.range(2, 8) : rng.range(3, 60)
  const everyMin = style === 'status' ? rng.range(10, 30) : rng.range(2, 25) * (style === 'crypto' ? 3 : 1)
  const sameText = rng.chance(0.5)
  const source = ctx.profile.sources.x ? 'x' : ctx.pickSocialSource()
  const t0 = Math.max(ctx.start, t)
  const desc =
    style === 'status'
      ? `outage-report bot posting every ${everyMin.toFixed(0)} min for ${hours.toFixed(1)} h (no real incident)`
      : `${bots} ${style} spam bot(s) posting ${sameText ? 'the same text' : 'templated texts'} every ~${everyMin.toFixed(0)} min for ${hours.toFixed(1)} h`
  const idx = ctx.addEvent({ kind: 'bot_burst', speed: 'fast', queryId, start: t0, description: desc })
  const key = style === 'coupon' ? 'couponBot' : style === 'crypto' ? 'cryptoBot' : 'statusBot'
  let made = 0
  for (let b = 0; b < bots && made < EVENT_CAP / 2; b++) {
    const bot: Author = ctx.authors.bot(style)
    const fixed = trapText(ctx, key, lang, queryId)
    // Bots of one campaign start together, give or take a few minutes.
    let at = t0 + rng.range(0, 20) * 60_000
    const stop = Math.min(ctx.end, t0 + hours * HOUR)
    let reports = rng.int(8, 25)
    while (at < stop && made < EVENT_CAP / 2) {
      let text = sameText ? fixed : trapText(ctx, key, lang, queryId)
      if (style === 'status') {
        reports = Math.max(3, Math.round(reports * rng.range(0.7, 1.35)))
        text = trapText(ctx, key, lang, queryId, { n: String(reports) })
      }
      ctx.post(at, source, lang, text, bot, idx, { boost: 0.05, stance: key })
      made++
      // Fixed period with jitter: the signature of a scheduler.
      at += everyMin * 60_000 * rng.range(0.85, 1.15)
    }
  }
}
