// A reputation crisis: others speak in the brand's place and it spreads.
// Styles: fast (viral within the hour), medium (hours), slow (builds over days),
// emerging (a new subject crowds out the usual talk, volume barely moves),
// sparse (a tiny brand suddenly gets dozens of angry posts an hour) and
// news_accident (outlets lead in the first hour). The brand answers late or never.

import type { CrisisStyle } from './brand-profile.ts'
import type { CrisisStance } from './crisis-stance.ts'
import {
  causeHeadline,
  crisisText,
  type Incident,
  makeIncident,
  originText,
  pickStance,
} from './crisis-writer.ts'
import { HOUR } from './local-time.ts'
import { atHandle } from './ordinary-post.ts'
import { expectedPerHour } from './rhythm.ts'
import { traitsOf } from './source-traits.ts'
import type { StreamContext } from './stream-context.ts'
import { titleTemplate } from './titles.ts'
import type { Author, Cause, Draft, Speed } from './types.ts'
import { type Phase, runWave } from './wave-runner.ts'
import { shapeFor } from './wave-shape.ts'

export interface CrisisPlan {
  style: CrisisStyle
  cause: Cause
  n: number
  t0: number
  queryId: string
  /** hours after onset when the brand speaks; null: it never does */
  answerAfterH: number | null
}

const SHARES: Record<CrisisStyle, { repost: number; reply: number; pull: number }> = {
  fast: { repost: 0.45, reply: 0.2, pull: 0.35 },
  medium: { repost: 0.38, reply: 0.2, pull: 0.25 },
  slow: { repost: 0.28, reply: 0.22, pull: 0.1 },
  emerging: { repost: 0.2, reply: 0.22, pull: 0.1 },
  sparse: { repost: 0.3, reply: 0.2, pull: 0.3 },
  news_accident: { repost: 0.4, reply: 0.15, pull: 0.2 },
}

function mainLang(ctx: StreamContext): string {
  return (ctx.profile.langs.fr ?? 0) >= 0.5 ? 'fr' : 'en'
}

function originAuthor(ctx: StreamContext, cause: Cause, style: CrisisStyle, lang: string): Author {
  const a = ctx.authors
  if (style === 'news_accident' || (cause === 'governance' && ctx.rng.chance(0.7))) return a.outlet(lang)
  if (style === 'slow' || style === 'emerging') return a.fresh(lang)
  if (cause === 'employee_post') {
    const e = a.fresh(lang, ctx.rng.chance(0.5) ? 'employee' : 'user')
    e.followers = Math.max(e.followers, ctx.rng.int(300, 40_000))
    return e
  }
  return ctx.rng.chance(0.35) ? a.influencer(lang) : a.fresh(lang)
}

function originSource(ctx: StreamContext, style: CrisisStyle, author: Author): string {
  const s = ctx.profile.sources
  if (author.kind === 'news') return ctx.pickNewsSource()
  if ((style === 'slow' || style === 'emerging') && ctx.rng.chance(0.5)) {
    const slowish = Object.keys(s).filter((k) => k === 'reddit' || k.startsWith('forum-'))
    if (slowish.length) return ctx.rng.pick(slowish)
  }
  if (s.tiktok && ctx.rng.chance(0.3)) return 'tiktok'
  return s.x ? 'x' : ctx.pickSocialSource()
}

function speedOf(style: CrisisStyle, riseMin: number): Speed {
  if (style === 'fast' || style === 'news_accident') return 'fast'
  if (style === 'slow') return 'slow'
  if (style === 'sparse') return riseMin < 60 ? 'fast' : 'medium'
  return 'medium'
}

function newsPost(
  ctx: StreamContext,
  inc: Incident,
  t: number,
  lang: string,
  event: number,
  first = false,
): Draft {
  const l = lang === 'fr' ? 'fr' : 'en'
  const author = ctx.authors.outlet(l)
  const source = ctx.pickNewsSource()
  const title = first
    ? ctx.text.ensureMatch(causeHeadline(ctx, inc, l), l, inc.queryId, 1)
    : crisisText(ctx, inc, 'headline', l)
  const body = crisisText(ctx, inc, 'article', l)
  if (traitsOf(source).title === 'never') {
    return ctx.post(
      t,
      source,
      l,
      `${title} https://${author.domain}/${ctx.rng.int(100000, 999999)}`,
      author,
      event,
      { boost: 3, stance: 'headline' },
    )
  }
  return ctx.post(t, source, l, ctx.rng.chance(0.5) ? `${title}. ${body}` : body, author, event, {
    title,
    boost: 3,
    stance: 'headline',
  })
}

export function generateCrisis(ctx: StreamContext, plan: CrisisPlan): void {
  const rng = ctx.rng
  const { style, cause, t0 } = plan
  const shape = shapeFor(rng, style === 'news_accident' ? 'fast' : style)
  const inc = makeIncident(ctx, cause, plan.queryId)
  const lang0 = mainLang(ctx)
  const idx = ctx.addEvent({
    kind: 'crisis',
    speed: speedOf(style, shape.riseMin),
    cause,
    queryId: plan.queryId,
    start: t0,
    description: `${style} crisis (${cause}): ${inc.what.en}; brand ${plan.answerAfterH === null ? 'never answers' : `answers after ${plan.answerAfterH.toFixed(1)} h`}`,
  })
  const author = originAuthor(ctx, cause, style, lang0)
  const source = originSource(ctx, style, author)
  let origin: Draft
  if (author.kind === 'news') origin = newsPost(ctx, inc, t0, lang0, idx, true)
  else {
    const title =
      traitsOf(source).title !== 'never'
        ? ctx.text.fill(titleTemplate(rng, lang0, 'crisis'), lang0, plan.queryId, {
            brand: () => ctx.text.nameForm(plan.queryId),
          })
        : undefined
    origin = ctx.post(t0, source, lang0, originText(ctx, inc, lang0), author, idx, {
      title,
      stance: 'origin',
    })
  }
  origin.boost = style === 'slow' || style === 'emerging' ? 2 : 8
  ctx.events[idx].origin = origin

  let answered = false
  const milestones =
    plan.answerAfterH === null
      ? []
      : [
          {
            at: t0 + plan.answerAfterH * HOUR,
            run: () => {
              answered = true
              const brand = ctx.authors.brand(0)
              const src = ctx.profile.sources.x ? 'x' : ctx.pickSocialSource()
              ctx.post(
                t0 + plan.answerAfterH! * HOUR,
                src,
                lang0,
                crisisText(ctx, inc, 'statement', lang0),
                brand,
                idx,
                { boost: 5, stance: 'statement' },
              )
            },
          },
        ]
  const shares = SHARES[style]
  const made = runWave(ctx, {
    event: idx,
    t0,
    n: plan.n,
    shape,
    origin,
    repostShare: shares.repost,
    replyShare: shares.reply,
    originPull: shares.pull,
    milestones,
    responder: (lang: string) => (rng.chance(0.8) ? ctx.authors.fresh(lang) : ctx.authors.ordinary(lang)),
    original: (t: number, phase: Phase) => {
      let stance: CrisisStance = pickStance(ctx, cause, phase, answered)
      if (style === 'news_accident' && t - t0 < 75 * 60_000 && rng.chance(0.45)) stance = 'headline'
      if (
        style === 'emerging' &&
        (stance === 'boycott' || stance === 'joke' || stance === 'sarcasm') &&
        rng.chance(0.6)
      ) {
        stance = rng.pick(['question', 'relay', 'witness', 'fear'] as CrisisStance[])
      }
      const lang = ctx.pickLang()
      if (stance === 'headline' || stance === 'article') return newsPost(ctx, inc, t, lang, idx)
      const who =
        stance === 'boycott' && rng.chance(0.12)
          ? ctx.authors.fresh(lang, 'activist')
          : rng.chance(0.03)
            ? ctx.authors.influencer(lang)
            : rng.chance(0.2)
              ? ctx.authors.ordinary(lang)
              : ctx.authors.fresh(lang)
      const src = ctx.pickSocialSource()
      const title =
        traitsOf(src).title !== 'never'
          ? ctx.text.fill(titleTemplate(rng, lang, 'crisis'), lang, plan.queryId, {
              brand: () => ctx.text.nameForm(plan.queryId),
            })
          : undefined
      return ctx.post(t, src, lang, crisisText(ctx, inc, stance, lang, (t - t0) / HOUR), who, idx, {
        title,
        stance,
        boost: who.kind === 'influencer' ? 3 : who.kind === 'activist' ? 2 : 1,
      })
    },
    replyText: (lang: string, parent: Draft) => {
      const stance: CrisisStance = rng.chance(0.6)
        ? 'reply'
        : rng.pick(['anger', 'question', 'sarcasm', 'fear', 'quit'] as CrisisStance[])
      return (
        atHandle(parent, rng.chance(0.6)) + crisisText(ctx, inc, stance, lang, (parent.t - t0) / HOUR + 0.5)
      )
    },
  })
  if (style === 'emerging') crowdOut(ctx, made)
}

/**
 * The new subject replaces part of the usual talk: ordinary volume is thinned
 * by the crisis' own hourly volume, so the total barely moves.
 */
function crowdOut(ctx: StreamContext, made: Draft[]): void {
  const counts = new Map<number, number>()
  for (const d of made) {
    const h = Math.floor(d.t / HOUR)
    counts.set(h, (counts.get(h) ?? 0) + 1)
  }
  const hours = [...counts.keys()]
  if (!hours.length) return
  ctx.modifiers.push({
    from: Math.min(...hours) * HOUR,
    to: (Math.max(...hours) + 1) * HOUR,
    factor: (t: number) => {
      const c = counts.get(Math.floor(t / HOUR)) ?? 0
      const base = expectedPerHour(ctx.profile, t)
      return Math.max(0.4, 1 - (0.85 * c) / Math.max(1, base))
    },
  })
}
