// Shared plumbing of the harmless bursts that spread like a wave (contests,
// launches, celebrities, memes): register the event, post its origin, and let
// the wave runner write the rest with the event's own text keys.

import { atHandle } from './ordinary-post.ts'
import { traitsOf } from './source-traits.ts'
import type { StreamContext } from './stream-context.ts'
import { titleTemplate } from './titles.ts'
import type { TrapTextKey } from './trap-texts.ts'
import { trapText } from './trap-writer.ts'
import type { Author, Draft, EventKind, Speed } from './types.ts'
import { type Phase, runWave } from './wave-runner.ts'
import type { WaveShape } from './wave-shape.ts'

export interface WaveEventSpec {
  kind: EventKind
  speed: Speed
  description: string
  t0: number
  n: number
  shape: WaveShape
  origin?: { author: Author; key: TrapTextKey; source?: string; boost: number }
  repostShare: number
  replyShare: number
  originPull: number
  /** text keys of new posts, with weights */
  originals: Partial<Record<TrapTextKey, number>>
  replies: TrapTextKey
  /** share of new posts written by news outlets (with titles) */
  newsShare?: number
  newsKey?: TrapTextKey
  lang?: string
  extra?: Record<string, string>
  milestones?: { at: number; run: () => void }[]
}

export function mainLangOf(ctx: StreamContext): string {
  return (ctx.profile.langs.fr ?? 0) >= 0.5 ? 'fr' : 'en'
}

export function waveEvent(ctx: StreamContext, s: WaveEventSpec): number {
  const rng = ctx.rng
  const queryId = ctx.pickQuery()
  const idx = ctx.addEvent({ kind: s.kind, speed: s.speed, description: s.description, queryId, start: s.t0 })
  const lang0 = s.lang ?? mainLangOf(ctx)
  let origin: Draft | undefined
  if (s.origin) {
    const src = s.origin.source ?? (ctx.profile.sources.x ? 'x' : ctx.pickSocialSource())
    origin = ctx.post(
      s.t0,
      src,
      lang0,
      trapText(ctx, s.origin.key, lang0, queryId, s.extra),
      s.origin.author,
      idx,
      {
        boost: s.origin.boost,
        stance: s.origin.key,
      },
    )
    ctx.events[idx].origin = origin
  }
  const newsPost = (t: number, lang: string): Draft => {
    const l = lang === 'fr' ? 'fr' : 'en'
    const author = ctx.authors.outlet(l)
    const source = ctx.pickNewsSource()
    const title = trapText(ctx, s.newsKey ?? 'launchNews', l, queryId, s.extra)
    if (traitsOf(source).title === 'never') {
      return ctx.post(
        t,
        source,
        l,
        `${title} https://${author.domain}/${rng.int(100000, 999999)}`,
        author,
        idx,
        { boost: 2, stance: 'news' },
      )
    }
    return ctx.post(t, source, l, title, author, idx, { title, boost: 2, stance: 'news' })
  }
  runWave(ctx, {
    event: idx,
    t0: s.t0,
    n: s.n,
    shape: s.shape,
    origin,
    repostShare: s.repostShare,
    replyShare: s.replyShare,
    originPull: s.originPull,
    milestones: s.milestones,
    // Contest entrants and fans are mostly people who never posted about the brand before.
    responder: (lang) => (rng.chance(0.6) ? ctx.authors.fresh(lang) : ctx.authors.ordinary(lang)),
    original: (t: number, _phase: Phase) => {
      const lang = s.lang && rng.chance(0.85) ? s.lang : ctx.pickLang()
      if (s.newsShare && rng.chance(s.newsShare)) return newsPost(t, lang)
      const key = rng.weighted(s.originals)
      const src = ctx.pickSocialSource()
      const author = rng.chance(0.02)
        ? ctx.authors.influencer(lang)
        : rng.chance(0.55)
          ? ctx.authors.fresh(lang)
          : ctx.authors.ordinary(lang)
      const title =
        traitsOf(src).title !== 'never'
          ? ctx.text.fill(titleTemplate(rng, lang, 'positive'), lang, queryId, {
              brand: () => ctx.text.nameForm(queryId),
            })
          : undefined
      return ctx.post(t, src, lang, trapText(ctx, key, lang, queryId, s.extra), author, idx, {
        title,
        stance: key,
        boost: author.kind === 'influencer' ? 3 : 1,
      })
    },
    replyText: (lang: string, parent: Draft) =>
      atHandle(parent, rng.chance(0.5)) + trapText(ctx, s.replies, lang, queryId, s.extra),
  })
  return idx
}
