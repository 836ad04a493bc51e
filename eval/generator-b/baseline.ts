// Ordinary life: hour by hour, an over-dispersed Poisson number of original
// posts following the profile's rhythm, each with its little cascade; the
// brand's own posts and answers; and minor complaint clusters (a local glitch)
// that are normal life for a big brand, not a crisis.

import { HOUR, localTime } from './local-time.ts'
import { brandAnswer, ordinaryChildren, ordinaryOriginal } from './ordinary-post.ts'
import { activityAt, expectedPerHour, onAir } from './rhythm.ts'
import { traitsOf } from './source-traits.ts'
import type { StreamContext } from './stream-context.ts'
import type { Draft } from './types.ts'

/**
 * Mean reposts and replies per original on each source, so that the shares of
 * reposts and replies in the whole stream match the profile even though only
 * some sources allow them (a news feed has neither, a forum only replies).
 */
export function childPlan(ctx: StreamContext): Map<string, { mean: number; repostFrac: number }> {
  const p = ctx.profile
  const total = Object.values(p.sources).reduce((a, b) => a + b, 0)
  let capR = 0
  let capL = 0
  for (const [s, w] of Object.entries(p.sources)) {
    if (traitsOf(s).repost) capR += w / total
    if (traitsOf(s).reply) capL += w / total
  }
  const orig = 1 - p.repostShare - p.replyShare
  const perR = p.repostShare / orig / Math.max(0.3, capR)
  // The care account's answers are replies too: leave room for them.
  const stanceTotal = Object.values(p.stances).reduce((a, b) => a + b, 0)
  const answers = (p.answerRate * (p.stances.complaint + p.stances.question) * orig * capL) / stanceTotal
  const perL = Math.max(0.3 * p.replyShare, p.replyShare - answers) / orig / Math.max(0.3, capL)
  const out = new Map<string, { mean: number; repostFrac: number }>()
  for (const s of Object.keys(p.sources)) {
    const r = traitsOf(s).repost ? perR : 0
    const l = traitsOf(s).reply ? perL : 0
    out.set(s, { mean: r + l, repostFrac: r + l > 0 ? r / (r + l) : 0 })
  }
  return out
}

export function generateBaseline(ctx: StreamContext): void {
  const { profile: p, rng } = ctx
  const origShare = 1 - p.repostShare - p.replyShare
  const plan = childPlan(ctx)
  const kids = (d: Draft, scale = 1) => {
    const c = plan.get(d.source)
    if (c) ordinaryChildren(ctx, d, c.mean * scale, c.repostFrac, cap, d.event)
  }
  const cap = Math.max(6, Math.round(p.perDay * 0.03))
  const clusters = planComplaintClusters(ctx)
  let dayKey = -1
  let dayNoise = 1
  let ar = 0
  for (let h = ctx.start; h < ctx.end; h += HOUR) {
    const lt = localTime(h, p.tz)
    if (lt.dayIndex !== dayKey) {
      dayKey = lt.dayIndex
      // AR(1) day-to-day wandering: some weeks are just busier.
      ar = 0.6 * ar + rng.normal(0, p.dailyNoise)
      dayNoise = Math.exp(ar)
    }
    const mid = h + HOUR / 2
    let rate = expectedPerHour(p, mid)
    if (onAir(p, mid) && ctx.skipAirDays.has(lt.dayIndex)) rate = (p.perDay / 24) * 1.5
    const { factor, shifts } = ctx.modifierAt(mid)
    const hourNoise = rng.gamma(16, 1 / 16)
    const n = rng.poisson(rate * dayNoise * hourNoise * factor * origShare)
    for (let i = 0; i < n; i++) {
      const t = h + rng.next() * HOUR
      // Credit extra volume to a level shift with probability (m - 1) / m.
      let event = -1
      let lang: string | undefined
      for (const s of shifts) {
        const m = s.factor(t)
        if (rng.chance((m - 1) / m)) {
          event = s.eventIndex ?? -1
          if (s.extraLang && rng.chance(0.7)) lang = s.extraLang
          break
        }
      }
      const d = ordinaryOriginal(ctx, t, { event, lang })
      kids(d)
      const answerable = d.author.kind === 'user' && (d.stance === 'complaint' || d.stance === 'question')
      if (answerable && rng.chance(p.answerRate)) brandAnswer(ctx, d, event)
      else if (d.author.kind === 'user' && d.stance === 'praise' && rng.chance(p.answerRate * 0.2))
        brandAnswer(ctx, d, event)
    }
    // The brand's own posts: offers, news, mostly in office hours.
    const own = rng.poisson((p.brandPostsPerDay / 24) * activityAt(p, mid))
    for (let i = 0; i < own; i++) {
      const lang = (p.langs.fr ?? 0) >= 0.5 || ((p.langs.fr ?? 0) > 0.25 && rng.chance(0.5)) ? 'fr' : 'en'
      const source = ctx.pickSocialSource()
      const d = ordinaryOriginal(ctx, h + rng.next() * HOUR, { stance: 'ad', source, lang })
      d.author = ctx.authors.brand(0)
      if (d.title) d.title = d.text.split(/[.!:]/)[0].slice(0, 80)
      d.boost = 1.5
      kids(d, 1.5)
    }
    for (const c of clusters) {
      if (h < c.from || h >= c.to) continue
      const extra = rng.poisson(rate * p.stances.complaint * c.boost * origShare)
      for (let i = 0; i < extra; i++) {
        const d = ordinaryOriginal(ctx, h + rng.next() * HOUR, {
          stance: 'complaint',
          issue: c.issue,
          lang: c.lang,
          source: ctx.pickSocialSource(),
        })
        kids(d)
        if (rng.chance(p.answerRate * 0.6)) brandAnswer(ctx, d, -1)
      }
    }
  }
}

interface Cluster {
  from: number
  to: number
  boost: number
  issue: string
  lang: string
}

/** A few local glitches a month: complaints about one issue rise by 40-120 % for some hours. */
function planComplaintClusters(ctx: StreamContext): Cluster[] {
  const { profile: p, rng } = ctx
  if (p.perDay < 300) return []
  const out: Cluster[] = []
  const days = (ctx.end - ctx.start) / (24 * HOUR)
  const n = rng.poisson(days / 6)
  for (let i = 0; i < n; i++) {
    const from = ctx.start + Math.floor(rng.next() * days * 24) * HOUR
    const lang = p.langs.fr && p.langs.fr > 0.5 ? 'fr' : 'en'
    out.push({
      from,
      to: from + rng.int(2, 6) * HOUR,
      boost: rng.range(0.4, 1.2),
      issue: rng.pick(lang === 'fr' ? ctx.lex.issues.fr : ctx.lex.issues.en),
      lang,
    })
  }
  return out
}
