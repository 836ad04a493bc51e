// Who posts. Why a pool: real streams have regulars who post often (Zipf-like
// activity), a heavy tail of audiences (a few accounts reach millions), news
// outlets that are verified, and the brand's own accounts.

import type { BrandProfile } from './brand-profile.ts'
import { NEWS_OUTLETS } from './news-outlets.ts'
import type { Rng } from './rng.ts'
import type { Author } from './types.ts'

const FIRST_FR = [
  'Léa',
  'Hugo',
  'Camille',
  'Lucas',
  'Manon',
  'Nathan',
  'Inès',
  'Yanis',
  'Chloé',
  'Mehdi',
  'Julie',
  'Théo',
  'Sarah',
  'Karim',
  'Pauline',
  'Antoine',
  'Aïcha',
  'Maxime',
  'Clara',
  'Romain',
  'Sophie',
  'Nicolas',
  'Amandine',
  'Bastien',
  'Fatou',
  'Jérôme',
]
const LAST_FR = [
  'Martin',
  'Bernard',
  'Dubois',
  'Lefebvre',
  'Moreau',
  'Garcia',
  'Roux',
  'Fournier',
  'Benali',
  'Girard',
  'Mercier',
  'Nguyen',
  'Perrin',
  'Lemaire',
]
const FIRST_EN = [
  'Emily',
  'Jake',
  'Olivia',
  'Marcus',
  'Hannah',
  'Tyler',
  'Priya',
  'Connor',
  'Aisha',
  'Ryan',
  'Megan',
  'Diego',
  'Chloe',
  'Brandon',
  'Sofia',
  'Kevin',
  'Grace',
  'Jamal',
  'Lauren',
  'Ethan',
  'Wei',
  'Tanya',
  'Derek',
  'Nadia',
  'Sean',
  'Keiko',
]
const LAST_EN = [
  'Smith',
  'Johnson',
  'Lee',
  'Brown',
  'Garcia',
  'Miller',
  'Davis',
  'Wilson',
  'Patel',
  'Kim',
  'Lopez',
  'Walker',
  'Nguyen',
  'Tan',
]
const WORDS = [
  'cosmic',
  'lazy',
  'urban',
  'night',
  'pixel',
  'wild',
  'blue',
  'happy',
  'real',
  'lost',
  'coffee',
  'ninja',
  'green',
  'retro',
]
const NOUNS = [
  'fox',
  'owl',
  'rider',
  'panda',
  'wolf',
  'cat',
  'gamer',
  'chef',
  'dreamer',
  'runner',
  'otter',
  'ghost',
  'mango',
  'shark',
]

export class AuthorPool {
  private regulars: Author[] = []
  private regularWeights: number[] = []
  private totalWeight = 0
  private counter = 0
  private readonly brandAccounts: Author[]
  private readonly outlets: { author: Author; lang: string }[]

  constructor(
    private readonly rng: Rng,
    profile: BrandProfile,
  ) {
    const brandFollowers = Math.round(Math.min(3_000_000, 2000 + profile.perDay * rng.range(60, 200)))
    this.brandAccounts = profile.brand.handles.map((h, i) => ({
      id: `b${i}${hashish(h)}`,
      handle: h,
      name: i === 0 ? profile.brand.name : `${profile.brand.name} ${i === 1 ? 'Support' : 'Team'}`,
      followers: Math.round(brandFollowers / (i === 0 ? 1 : 4)),
      verified: true,
      kind: 'brand',
    }))
    this.outlets = NEWS_OUTLETS.map((o) => ({
      lang: o.lang,
      author: {
        id: `n${hashish(o.handle)}`,
        handle: o.handle,
        name: o.name,
        followers: o.followers,
        verified: true,
        kind: 'news',
        domain: o.domain,
      },
    }))
    const n = Math.round(Math.min(40_000, Math.max(60, profile.perDay * 4)))
    for (let i = 0; i < n; i++) {
      const a = this.fresh(this.rng.chance(0.5) ? 'fr' : 'en')
      // Zipf-like activity: a few regulars post every day.
      const w = 1 / (i + 1) ** 0.8
      this.regulars.push(a)
      this.regularWeights.push(w)
      this.totalWeight += w
    }
  }

  /** A new ordinary user; lang only shapes the name. */
  fresh(lang: string, kind: Author['kind'] = 'user'): Author {
    const r = this.rng
    const fr = lang === 'fr'
    const first = r.pick(fr ? FIRST_FR : FIRST_EN)
    const last = r.pick(fr ? LAST_FR : LAST_EN)
    const style = r.next()
    const plain = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    let handle: string
    if (style < 0.3) handle = `${plain(first)}${plain(last)}`
    else if (style < 0.55) handle = `${plain(first)}_${r.int(1, 9999)}`
    else if (style < 0.8) handle = `${r.pick(WORDS)}${r.pick(NOUNS)}${r.int(1, 999)}`
    else handle = `${plain(first).slice(0, 3)}${plain(last)}${r.int(70, 99)}`
    handle = `${handle}${this.counter++ % 7 === 0 ? '_' + (this.counter % 100) : ''}`
    const followers =
      kind === 'influencer'
        ? Math.round(Math.min(15_000_000, r.pareto(20_000, 1.1)))
        : Math.round(Math.min(400_000, r.logNormal(160, 1.6)))
    return {
      id: `u${this.counter}${hashish(handle)}`,
      handle,
      name: r.chance(0.75) ? `${first} ${r.chance(0.5) ? last : last[0] + '.'}` : handle,
      followers,
      verified: kind === 'influencer' ? r.chance(0.6) : r.chance(0.01),
      kind,
    }
  }

  /** An ordinary poster: mostly regulars, a share of first-timers. */
  ordinary(lang: string): Author {
    if (this.rng.chance(0.35)) return this.fresh(lang)
    let x = this.rng.next() * this.totalWeight
    // Binary search would be faster; a short linear scan from a random start is fine with Zipf weights.
    for (let i = 0; i < this.regulars.length; i++) {
      x -= this.regularWeights[i]
      if (x <= 0) return this.regulars[i]
    }
    return this.regulars[this.regulars.length - 1]
  }

  influencer(lang: string): Author {
    return this.fresh(lang, 'influencer')
  }

  brand(index = 0): Author {
    return this.brandAccounts[Math.min(index, this.brandAccounts.length - 1)]
  }

  /** The account that answers customers: a care handle, or the one of the language. */
  care(lang: string): Author {
    const a = this.brandAccounts
    return (
      a.find((x) => /help|support|aide|care/.test(x.handle)) ??
      a.find((x) => x.handle.endsWith(`_${lang}`)) ??
      a[0]
    )
  }

  outlet(lang: string): Author {
    const want = lang === 'fr' ? 'fr' : 'en'
    return this.rng.pick(this.outlets.filter((o) => o.lang === want)).author
  }

  bot(style: 'coupon' | 'crypto' | 'status'): Author {
    const r = this.rng
    const base =
      style === 'coupon'
        ? r.pick(['deals', 'promo', 'bonsplans', 'coupon', 'savings'])
        : style === 'crypto'
          ? r.pick(['crypto', 'airdrop', 'moon', 'token', 'nft'])
          : r.pick(['outage', 'status', 'downwatch'])
    const handle = `${base}${r.pick(['_hub', 'alerts', '_bot', 'daily', '_fr', '247'])}${r.int(10, 9999)}`
    return {
      id: `x${this.counter++}${hashish(handle)}`,
      handle,
      name: handle.replace(/[_\d]+/g, ' ').trim(),
      followers: style === 'status' ? r.int(800, 9000) : r.int(0, 400),
      verified: false,
      kind: 'bot',
    }
  }
}

/** Short stable suffix so ids look native and differ between authors. */
export function hashish(s: string): string {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return (h >>> 0).toString(10)
}
