import type { Author } from '../core/index.ts'
import type { Brand } from './brand.ts'
import type { Random } from './random.ts'
import { FIRST_NAMES_EN, FIRST_NAMES_FR, HANDLE_SUFFIXES, LAST_NAMES, NEWS_OUTLETS } from './vocab.ts'

/** `es` and `de` are only spoken in profiles that ask for them (Vigie's analysis reads them as `und`). */
export type SimLang = 'fr' | 'en' | 'es' | 'de'
export type AuthorKind = 'person' | 'influencer' | 'news' | 'brand' | 'bot'

export interface SimAuthor {
  author: Author
  lang: SimLang
  kind: AuthorKind
}

/** Authors to draw from, by language, with a heavy-tailed activity (a few people post a lot). */
export interface Population {
  pick(random: Random, lang: SimLang): SimAuthor
  pickNews(random: Random, lang: SimLang): SimAuthor
  brandMain: SimAuthor
  brandSupport: SimAuthor
  /** a fresh author (an employee, a witness) that is not part of the regular crowd */
  newcomer(random: Random, lang: SimLang, followers: number): SimAuthor
  /** a brand-new account with no followers and a generated handle (spam bots) */
  bot(random: Random, lang: SimLang): SimAuthor
}

/** Handles are unique within a run: a taken one gets digits, as on real platforms. */
const uniqueHandle = (random: Random, used: Set<string>, wanted: string): string => {
  let handle = wanted
  for (let digits = 10; used.has(handle); digits *= 10) handle = `${wanted}${random.int(1, digits * 9)}`
  used.add(handle)
  return handle
}

const makePerson = (
  random: Random,
  used: Set<string>,
  lang: SimLang,
  serial: number,
  followers?: number,
): SimAuthor => {
  const first = random.pick(lang === 'fr' ? FIRST_NAMES_FR : FIRST_NAMES_EN)
  const last = random.pick(LAST_NAMES)
  const year = random.chance(0.3) ? String(random.int(70, 105) % 100).padStart(2, '0') : ''
  const wanted = `${first}${random.chance(0.5) ? `_${last}` : last.slice(0, 3)}${random.pick(HANDLE_SUFFIXES)}${year}`
  const handle = uniqueHandle(random, used, wanted)
  // log-normal body (median ~180) with a Pareto tail of influencers
  const influencer = followers === undefined && random.chance(0.02)
  const count = followers ?? (influencer ? random.pareto(8000, 1.1) : random.logNormal(Math.log(180), 1.4))
  const name = `${first[0]?.toUpperCase()}${first.slice(1)} ${last[0]?.toUpperCase()}.`
  return {
    author: { id: `u${serial}`, handle, name, followers: Math.min(5_000_000, Math.round(count)) },
    lang,
    kind: influencer ? 'influencer' : 'person',
  }
}

/** Cumulative weights for a weighted draw by binary search. */
const weightedPicker = (weights: number[]) => {
  const cumulative: number[] = []
  let total = 0
  for (const w of weights) {
    total += w
    cumulative.push(total)
  }
  return (random: Random): number => {
    const target = random.next() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] ?? 0) > target) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}

const createCrowd = (random: Random, used: Set<string>, lang: SimLang, size: number, offset: number) => {
  const authors = Array.from({ length: size }, (_, i) => makePerson(random, used, lang, offset + i))
  const pickIndex = weightedPicker(authors.map(() => Math.min(300, random.pareto(1, 1.3))))
  return (r: Random) => authors[pickIndex(r)] as SimAuthor
}

/**
 * The authors of a run: a French (80%) and an English (20%) crowd of `size`, news outlets, the brand's
 * accounts; `extraLangs` adds crowds speaking other languages (built after the others, so runs without
 * them are unchanged).
 */
const createCrowdMissing = (lang: SimLang): never => {
  throw new Error(`no ${lang} crowd in this population`)
}

export const createPopulation = (
  random: Random,
  brand: Brand,
  size = 6000,
  extraLangs: readonly SimLang[] = [],
  brandLang: SimLang = 'fr',
): Population => {
  const used = new Set<string>([
    brand.handles.main,
    brand.handles.support,
    ...NEWS_OUTLETS.map((n) => n.handle),
  ])
  const crowd: Partial<Record<SimLang, (r: Random) => SimAuthor>> = {
    fr: createCrowd(random, used, 'fr', Math.round(size * 0.8), 0),
    en: createCrowd(random, used, 'en', Math.round(size * 0.2), size),
  }
  const news = NEWS_OUTLETS.map<SimAuthor>((outlet, i) => ({
    author: {
      id: `news${i}`,
      handle: outlet.handle,
      name: outlet.name,
      followers: Math.round(random.logNormal(Math.log(250_000), 1)),
      verified: true,
    },
    lang: outlet.lang,
    kind: 'news',
  }))
  const owned = (handle: string, name: string, followers: number): SimAuthor => ({
    author: { id: handle, handle, name, followers, verified: true },
    lang: brandLang,
    kind: 'brand',
  })
  extraLangs.forEach((lang, i) => {
    crowd[lang] = createCrowd(random.fork(lang), used, lang, Math.round(size * 0.1), size * (4 + i))
  })
  let serial = size * 3
  const pick = (r: Random, lang: SimLang) => (crowd[lang] ?? crowd.en ?? createCrowdMissing(lang))(r)
  const outletsOf = (lang: SimLang) => {
    const own = news.filter((n) => n.lang === lang)
    return own.length > 0 ? own : news.filter((n) => n.lang === 'en')
  }
  return {
    pick,
    pickNews: (r, lang) => r.pick(outletsOf(lang)),
    brandMain: owned(brand.handles.main, brand.name, 184_000),
    brandSupport: owned(brand.handles.support, `${brand.name} Service Client`, 23_500),
    newcomer: (r, lang, followers) => makePerson(r, used, lang, serial++, followers),
    bot: (r, lang) => {
      const handle = uniqueHandle(r, used, `${r.pick(FIRST_NAMES_EN)}${r.int(10_000_000, 99_999_999)}`)
      const author = { id: `b${serial++}`, handle, name: handle, followers: 0 }
      return { author, lang, kind: 'bot' }
    },
  }
}
