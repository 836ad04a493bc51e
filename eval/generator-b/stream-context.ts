// The state of one generation run, shared by the baseline and the events:
// profile, random streams, authors, texts, drafts, and the rate modifiers that
// events impose on ordinary life (a level shift, a topic that crowds others out).

import { AuthorPool } from './author-pool.ts'
import type { BrandProfile } from './brand-profile.ts'
import { sectorOf } from './profiles.ts'
import type { Rng } from './rng.ts'
import type { SectorLexicon } from './sector-lexicon.ts'
import { traitsOf } from './source-traits.ts'
import { TextComposer } from './text-composer.ts'
import type { Author, Draft, PlannedEvent } from './types.ts'

export interface RateModifier {
  from: number
  to: number
  /** multiplier on ordinary volume at t */
  factor: (t: number) => number
  /** level shifts: extra ordinary posts are credited to this event */
  eventIndex?: number
  /** language of the extra posts (a new market) */
  extraLang?: string
}

export interface Window {
  from: number
  to: number
  sources?: string[]
}

export class StreamContext {
  readonly lex: SectorLexicon
  readonly text: TextComposer
  readonly authors: AuthorPool
  readonly drafts: Draft[] = []
  readonly events: PlannedEvent[] = []
  readonly modifiers: RateModifier[] = []
  readonly outages: Window[] = []
  /** replays: posts in the window are delivered twice with new ids */
  readonly replays: { window: Window; eventIndex: number }[] = []
  /** local day indexes on which the weekly show does not air */
  readonly skipAirDays = new Set<number>()
  private seq = 0

  constructor(
    readonly profile: BrandProfile,
    readonly rng: Rng,
    readonly start: number,
    readonly end: number,
  ) {
    this.lex = sectorOf(profile)
    this.text = new TextComposer(rng.fork('text'), profile, this.lex)
    this.authors = new AuthorPool(rng.fork('authors'), profile)
  }

  addEvent(e: PlannedEvent): number {
    this.events.push(e)
    return this.events.length - 1
  }

  pickSource(exclude: (s: string) => boolean = () => false): string {
    const table: Record<string, number> = {}
    for (const [s, w] of Object.entries(this.profile.sources)) if (!exclude(s)) table[s] = w
    return Object.keys(table).length ? this.rng.weighted(table) : 'x'
  }

  /** A social source (no newsroom), for people's posts. */
  pickSocialSource(): string {
    return this.pickSource((s) => traitsOf(s).newsroom || s === 'appstore')
  }

  pickNewsSource(): string {
    const news = Object.keys(this.profile.sources).filter((s) => traitsOf(s).newsroom)
    if (news.length === 0 || this.rng.chance(0.35)) return 'x'
    return this.rng.pick(news)
  }

  pickLang(): string {
    return this.rng.weighted(this.profile.langs as Record<string, number>)
  }

  pickQuery(): string {
    const table: Record<string, number> = {}
    for (const q of this.profile.queries) table[q.id] = q.weight
    return this.rng.weighted(table)
  }

  add(d: Omit<Draft, 'seq'>): Draft {
    const draft = d as Draft
    draft.seq = this.seq++
    this.drafts.push(draft)
    return draft
  }

  post(
    t: number,
    source: string,
    lang: string,
    text: string,
    author: Author,
    event: number,
    extra: Partial<Draft> = {},
  ): Draft {
    return this.add({ t, source, lang, text, author, event, boost: 1, ...extra })
  }

  /** A repost of `parent`: same source, RT text on X, empty body elsewhere. */
  repost(parent: Draft, t: number, author: Author, event: number, quote?: string): Draft {
    const tr = traitsOf(parent.source)
    let text = ''
    if (quote !== undefined) text = quote
    else if (tr.repostText === 'rt') {
      const body = parent.text || parent.title || ''
      text = `RT @${parent.author.handle}: ${body.length > 200 ? body.slice(0, 197) + '…' : body}`
    } else if (tr.repostText === 'copy' && this.rng.chance(0.6)) text = parent.text
    return this.add({
      t: Math.max(t, parent.t + 1000),
      source: parent.source,
      lang: parent.lang,
      text,
      author,
      event,
      boost: 0.3,
      repostOf: parent,
    })
  }

  reply(parent: Draft, t: number, author: Author, text: string, event: number, lang?: string): Draft {
    return this.add({
      t: Math.max(t, parent.t + 1000),
      source: parent.source,
      lang: lang ?? parent.lang,
      text,
      author,
      event,
      boost: 0.5,
      replyTo: parent,
    })
  }

  /** Combined multiplier of ordinary volume at t, and which level shift (if any) an extra post belongs to. */
  modifierAt(t: number): { factor: number; shifts: RateModifier[] } {
    let factor = 1
    const shifts: RateModifier[] = []
    for (const m of this.modifiers) {
      if (t < m.from || t >= m.to) continue
      const f = m.factor(t)
      factor *= f
      if (m.eventIndex !== undefined && f > 1) shifts.push(m)
    }
    return { factor, shifts }
  }
}
