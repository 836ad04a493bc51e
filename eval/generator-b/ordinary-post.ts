// One post of ordinary life (praise, complaint, question, chatter, ad, news)
// and its small cascade of reposts and replies. Shared by the baseline and by
// the events that add ordinary-looking volume (a new market, a growth trend).

import type { Stance } from './brand-profile.ts'
import { traitsOf } from './source-traits.ts'
import type { StreamContext } from './stream-context.ts'
import { ORDINARY_EN, ORDINARY_FR } from './texts-ordinary.ts'
import { OTHER_LANGUAGES, type OtherLang } from './texts-other-languages.ts'
import { titleTemplate } from './titles.ts'
import type { Author, Draft } from './types.ts'

const MOOD: Record<Stance, 'happy' | 'annoyed' | 'none'> = {
  praise: 'happy',
  complaint: 'annoyed',
  question: 'none',
  neutral: 'none',
  ad: 'happy',
  news: 'none',
}

/** Share of replies that name the brand (threads often don't). */
export const REPLY_BRAND_CHANCE = 0.7

export function isOther(lang: string): lang is OtherLang {
  return lang === 'es' || lang === 'de' || lang === 'it' || lang === 'pt'
}

export interface OrdinaryOptions {
  stance?: Stance
  lang?: string
  queryId?: string
  source?: string
  event?: number
  /** a fixed complaint subject (a local incident) */
  issue?: string
}

export function ordinaryText(
  ctx: StreamContext,
  stance: Stance,
  lang: string,
  queryId: string,
  issue?: string,
): string {
  const rng = ctx.rng
  if (isOther(lang)) {
    const bank = OTHER_LANGUAGES[lang]
    const key = stance === 'praise' || stance === 'complaint' || stance === 'question' ? stance : 'neutral'
    return ctx.text.wrap(ctx.text.fill(rng.pick(bank[key]), lang, queryId), lang, 0.5)
  }
  const bank = lang === 'fr' ? ORDINARY_FR : ORDINARY_EN
  const slots: Record<string, string> = issue ? { issue } : {}
  let text = ctx.text.fill(rng.pick(bank[stance]), lang, queryId, slots)
  if (stance === 'news' && rng.chance(0.4)) text += ' ' + ctx.text.fill(rng.pick(bank.lede), lang, queryId)
  else if (stance !== 'news' && stance !== 'ad') text = ctx.text.wrap(text, lang, 0.6)
  return ctx.text.decorate(text, MOOD[stance], { shout: stance === 'complaint' ? 0.03 : 0 })
}

export function ordinaryOriginal(ctx: StreamContext, t: number, o: OrdinaryOptions = {}): Draft {
  const rng = ctx.rng
  const p = ctx.profile
  const queryId = o.queryId ?? ctx.pickQuery()
  const source = o.source ?? ctx.pickSource()
  const tr = traitsOf(source)
  let lang = o.lang ?? ctx.pickLang()
  let stance: Stance = o.stance ?? rng.weighted(p.stances)
  if (tr.newsroom) stance = 'news'
  if (source === 'appstore' && (stance === 'news' || stance === 'ad')) stance = 'complaint'
  if (stance === 'news' && isOther(lang)) lang = rng.chance(0.5) ? 'en' : 'fr'
  let author: Author
  if (stance === 'news') author = ctx.authors.outlet(lang)
  else if (stance === 'ad' && rng.chance(0.4)) author = ctx.authors.brand(0)
  else author = ctx.authors.ordinary(lang)

  let text = ordinaryText(ctx, stance, lang, queryId, o.issue)
  let title: string | undefined
  if (tr.title === 'always' || (tr.title === 'originals' && rng.chance(0.9))) {
    if (stance === 'news') {
      title = ctx.text.fill('{news}', lang, queryId)
      text = ctx.text.fill(rng.pick((lang === 'fr' ? ORDINARY_FR : ORDINARY_EN).lede), lang, queryId)
      if (rng.chance(0.6)) text = `${title}. ${text}`
    } else {
      title = ctx.text.fill(titleTemplate(rng, lang, stance === 'ad' ? 'praise' : stance), lang, queryId, {
        brand: () => ctx.text.nameForm(queryId),
      })
    }
  } else if (stance === 'news' && author.kind === 'news') {
    text += ` https://${author.domain}/${rng.int(100000, 999999)}`
  }
  text = ctx.text.ensureMatch(text, lang, queryId, title ? 0.85 : 0.97)
  const d = ctx.post(t, source, lang, text, author, o.event ?? -1, { title, stance })
  if (author.kind === 'news') d.boost = 2
  return d
}

/**
 * A small cascade under a post: reposts and replies with heavy-tailed counts.
 * Why: ordinary streams are bursty at the minute scale; a detector must cope.
 */
export function ordinaryChildren(
  ctx: StreamContext,
  parent: Draft,
  mean: number,
  repostFrac: number,
  cap: number,
  event: number,
): void {
  const rng = ctx.rng
  const tr = traitsOf(parent.source)
  if (!tr.repost && !tr.reply) return
  // Bigger audiences get more reactions; 0.9 is the mean of this factor over ordinary authors.
  const cap5 = parent.author.kind === 'user' || parent.author.kind === 'influencer' ? 5 : 1.5
  const reach = Math.min(cap5, Math.max(0.3, (parent.author.followers / 400) ** 0.3)) / 0.9
  const k = Math.min(cap, rng.poisson(mean * reach * rng.gamma(0.4, 1 / 0.4)))
  let lastReply: Draft | undefined
  for (let i = 0; i < k; i++) {
    const t = parent.t + Math.min(3 * 86400_000, rng.logNormal(20 * 60_000, 1.3))
    const lang = isOther(parent.lang) || rng.chance(0.97) ? parent.lang : ctx.pickLang()
    if (tr.repost && rng.chance(repostFrac)) {
      ctx.repost(parent, t, ctx.authors.ordinary(lang), event)
      continue
    }
    if (!tr.reply) continue
    const target = lastReply && rng.chance(0.15) ? lastReply : parent
    lastReply = ctx.reply(target, t, ctx.authors.ordinary(lang), replyText(ctx, lang, parent), event)
  }
}

export function replyText(ctx: StreamContext, lang: string, parent: Draft): string {
  const rng = ctx.rng
  const bank = isOther(lang) ? OTHER_LANGUAGES[lang].reply : (lang === 'fr' ? ORDINARY_FR : ORDINARY_EN).reply
  let text = ctx.text.decorate(rng.pick(bank), 'none')
  text = ctx.text.ensureMatch(text, lang, queryOf(ctx, parent), REPLY_BRAND_CHANCE)
  return atHandle(parent, rng.chance(0.6)) + text
}

/** The query a post belongs to (first query whose matcher accepts it). */
export function queryOf(ctx: StreamContext, d: Draft): string {
  for (const q of ctx.profile.queries) if (ctx.text.matches(q.id, `${d.title ?? ''} ${d.text}`)) return q.id
  return ctx.profile.queries[0].id
}

/** The brand's care account answers a complaint or a question, during its opening hours. */
export function brandAnswer(ctx: StreamContext, parent: Draft, event: number): Draft | undefined {
  const tr = traitsOf(parent.source)
  if (!tr.reply || parent.source === 'appstore') return undefined
  const rng = ctx.rng
  const lang = parent.lang === 'fr' ? 'fr' : 'en'
  const bank = lang === 'fr' ? ORDINARY_FR : ORDINARY_EN
  const t = parent.t + rng.logNormal(45 * 60_000, 1)
  const q = queryOf(ctx, parent)
  // Thanks for praise, apologies and help for the rest.
  const lines = bank.brandAnswer.filter(
    (l) => /merci beaucoup|thank you so much/i.test(l) === (parent.stance === 'praise'),
  )
  const text =
    atHandle(parent, true) + ctx.text.ensureMatch(ctx.text.fill(rng.pick(lines), lang, q), lang, q, 0.5)
  const d = ctx.reply(parent, t, ctx.authors.care(lang), text, event, lang)
  d.boost = 0.2
  return d
}

/** On X and Mastodon a reply starts with the handle it answers. */
export function atHandle(parent: Draft, yes: boolean): string {
  return yes && (parent.source === 'x' || parent.source === 'mastodon') ? `@${parent.author.handle} ` : ''
}
