// Turns frames into posts: fills slots from the sector lexicon, picks brand
// spellings, adds emojis, hashtags, casing and typos, and makes sure that the
// share of posts matching the brand query stays near the target.

import type { BrandProfile, QuerySpec } from './brand-profile.ts'
import { compileQuery } from './query-matcher.ts'
import type { Rng } from './rng.ts'
import type { SectorLexicon } from './sector-lexicon.ts'
import { wrap } from './texts-fillers.ts'
import { GENERIC_NEWS, GENERIC_OFFERS } from './texts-variety.ts'

export type Slots = Record<string, string | (() => string)>

const EMOJI: Record<string, string[]> = {
  happy: ['😍', '👏', '🙌', '❤️', '🔥', '✨', '😊', '👍'],
  annoyed: ['😤', '🙄', '😒', '😑', '🤦', '😩'],
  angry: ['😡', '🤬', '💢', '😠', '👎'],
  fear: ['😰', '😱', '🙏', '😟'],
  laugh: ['😂', '🤣', '💀', '😭'],
  none: [],
}

const FIRST_NAMES = [
  'Léa',
  'Hugo',
  'Inès',
  'Malik',
  'Chloé',
  'Yanis',
  'Sarah',
  'Tom',
  'Emma',
  'Noah',
  'Zoé',
  'Sam',
]

export class TextComposer {
  private matchers = new Map<string, (t: string) => boolean>()

  constructor(
    private readonly rng: Rng,
    private readonly profile: BrandProfile,
    private readonly lex: SectorLexicon,
  ) {
    for (const q of profile.queries) this.matchers.set(q.id, compileQuery(q.query))
  }

  query(queryId: string): QuerySpec {
    return this.profile.queries.find((q) => q.id === queryId) ?? this.profile.queries[0]
  }

  matches(queryId: string, text: string): boolean {
    const m = this.matchers.get(queryId)
    return m ? m(text) : false
  }

  brandForm(queryId: string): string {
    return this.rng.pick(this.query(queryId).forms)
  }

  /** A spelling fit for a headline: no @handle, no #tag. */
  nameForm(queryId: string): string {
    const names = this.query(queryId).forms.filter(
      (f) => !/^[@#]/.test(f) && /[A-ZÉ]/.test(f[0]) && f !== f.toUpperCase(),
    )
    return names.length ? this.rng.pick(names) : this.profile.brand.name
  }

  /** One word usable after "#": the query's hashtag if it has one. */
  tagBrand(queryId: string): string {
    const tag = this.query(queryId).forms.find((f) => f.startsWith('#'))
    return tag ? tag.slice(1) : this.profile.brand.name.replace(/[^\p{L}\p{N}]/gu, '')
  }

  private lexPick(
    key: 'products' | 'issues' | 'praise' | 'questions' | 'news' | 'offers',
    lang: string,
  ): string {
    const b = this.lex[key]
    return this.rng.pick(lang === 'fr' ? b.fr : b.en)
  }

  /** Fill {slots}; nested slots (a news item holding {brand}) get a second pass. */
  fill(template: string, lang: string, queryId: string, slots: Slots = {}): string {
    const resolve = (name: string): string => {
      const s = slots[name]
      if (s !== undefined) return typeof s === 'function' ? s() : s
      switch (name) {
        case 'brand':
          return this.brandForm(queryId)
        case 'tagBrand':
          return this.tagBrand(queryId)
        case 'handle':
          return this.query(queryId).owned[0] ?? this.profile.brand.handles[0]
        case 'domain':
          return `${this.profile.brand.id}.${lang === 'fr' ? 'fr' : 'com'}`
        case 'product':
          return this.lexPick('products', lang)
        case 'issue':
          return this.lexPick('issues', lang)
        case 'praise':
          return this.lexPick('praise', lang)
        case 'question':
          return this.lexPick('questions', lang)
        case 'news': {
          const line = this.rng.chance(0.45)
            ? this.lexPick('news', lang)
            : this.rng.pick(lang === 'fr' ? GENERIC_NEWS.fr : GENERIC_NEWS.en)
          return line.replace('{brand}', this.nameForm(queryId))
        }
        case 'offer':
          return this.rng.chance(0.5)
            ? this.lexPick('offers', lang)
            : this.rng.pick(lang === 'fr' ? GENERIC_OFFERS.fr : GENERIC_OFFERS.en)
        case 'place':
          return this.rng.pick(this.lex.places)
        case 'n':
          return String(this.rng.int(2, 30))
        case 'pct':
          return String(this.rng.int(3, 60))
        case 'hours':
          return String(this.rng.int(4, 30))
        case 'friend':
        case 'friend2':
          return this.friendHandle()
        case 'winner':
          return this.rng.pick(FIRST_NAMES)
        default:
          return name
      }
    }
    let out = template
    for (let pass = 0; pass < 3 && out.includes('{'); pass++) {
      out = out.replace(/\{(\w+)\}/g, (_m, name: string) => {
        if (name === 'What') {
          const w = resolve('what')
          return w.charAt(0).toUpperCase() + w.slice(1)
        }
        return resolve(name)
      })
    }
    return out
  }

  friendHandle(): string {
    const a = ['lou', 'max', 'juju', 'nina', 'theo', 'sam', 'kev', 'lili', 'alex', 'mel', 'jo', 'ray']
    const b = ['', '_', '.']
    return `${this.rng.pick(a)}${this.rng.pick(b)}${this.rng.pick(['', String(this.rng.int(1, 99)), 'b', 'x'])}`
  }

  /**
   * Make the post mention the brand with probability `p` when it does not
   * already match the query: people usually name the brand, replies often not.
   */
  ensureMatch(text: string, lang: string, queryId: string, p: number): string {
    if (this.matches(queryId, text) || !this.rng.chance(p)) return text
    for (let i = 0; i < 4; i++) {
      const form = this.brandForm(queryId)
      const r = this.rng.next()
      let out: string
      if (r < 0.45) out = `${form} ${text}`
      else if (r < 0.8) out = `${text} ${form}`
      else out = lang === 'fr' ? `${text} (${form})` : `${text} - ${form}`
      if (this.matches(queryId, out)) return out
    }
    return `${text} ${this.query(queryId).forms[0]}`
  }

  /** Casual-writing noise: emoji, lowercase, missing final dot, typo, shouting. */
  decorate(
    text: string,
    mood: keyof typeof EMOJI,
    opts: { shout?: number; tag?: string; tagChance?: number } = {},
  ): string {
    let out = text
    const r = this.rng
    if (r.chance(0.12)) out = out.toLowerCase()
    else if (opts.shout && r.chance(opts.shout)) out = out.toUpperCase()
    if (r.chance(0.3)) out = out.replace(/[.!]$/, '')
    if (r.chance(0.05)) out = typo(out, r)
    const emojis = EMOJI[mood]
    if (emojis.length && r.chance(0.35) && !/\p{Extended_Pictographic}\s*$/u.test(out)) {
      out += ' ' + r.pick(emojis).repeat(r.chance(0.2) ? r.int(2, 3) : 1)
    }
    if (opts.tag && r.chance(opts.tagChance ?? 0.2) && !out.includes('#' + opts.tag)) out += ` #${opts.tag}`
    if (r.chance(0.06)) out = out.replace(/\?$/, ' ??').replace(/!$/, ' !!!')
    return out
  }

  /** Wrap with an opener or closer ("Honestly, ...", "..., anyway"). */
  wrap(text: string, lang: string, p: number): string {
    return wrap(
      (xs) => this.rng.pick(xs),
      () => this.rng.next(),
      text,
      lang,
      p,
    )
  }

  /** A display name matching the language. */
  firstName(): string {
    return this.rng.pick(FIRST_NAMES)
  }
}

function typo(s: string, r: Rng): string {
  const words = s.split(' ')
  const i = r.int(0, words.length - 1)
  const w = words[i]
  if (w.length < 4 || /[@#:/]/.test(w)) return s
  const j = r.int(1, w.length - 2)
  words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2)
  return words.join(' ')
}
