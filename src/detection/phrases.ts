import { type Cause, isUnknownAuthor } from '../core/index.ts'

/** The languages alert sentences are written in (the workspace's language; both are kept in details). */
export type AlertLang = 'fr' | 'en'
export const ALERT_LANGS: readonly AlertLang[] = ['fr', 'en']

const numberFormats = {
  fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
}

/** A count as people read it: whole from 10 up, one decimal below ("4.2", "4,2" in French). */
export const formatCount = (x: number, lang: AlertLang = 'en'): string =>
  numberFormats[lang].format(x >= 10 ? Math.round(x) : Math.round(x * 10) / 10)

export const formatRatio = (x: number, lang: AlertLang = 'en'): string =>
  lang === 'fr' ? `×${formatCount(x, lang)}` : `${formatCount(x, lang)}×`

export const formatPct = (x: number, lang: AlertLang = 'en'): string =>
  lang === 'fr' ? `${Math.round(x * 100)} %` : `${Math.round(x * 100)}%`

/** 439k / 1.2M followers (French: 439 k / 1,2 M). */
export const formatFollowers = (n: number, lang: AlertLang = 'en'): string => {
  const sep = lang === 'fr' ? ' ' : ''
  if (n >= 1_000_000) return `${formatCount(Math.round(n / 100_000) / 10, lang)}${sep}M`
  if (n >= 1000) return `${Math.round(n / 1000)}${sep}k`
  return String(n)
}

/** `@handle` once, whether or not the export kept the `@` in the handle. */
export const atHandle = (handle: string): string => `@${handle.replace(/^@+/, '')}`

/** An author as a sentence names them: `@lea (12k followers)`. */
export const authorLabel = (
  a: { id: string; handle: string; followers?: number | undefined },
  lang: AlertLang,
  extra: readonly string[] = [],
): string => {
  // an export without authors: say so rather than name a fictitious @unknown
  if (isUnknownAuthor(a)) return lang === 'fr' ? 'un auteur non nommé' : 'an unnamed author'
  const notes = [
    ...(a.followers
      ? [`${formatFollowers(a.followers, lang)} ${lang === 'fr' ? 'abonnés' : 'followers'}`]
      : []),
    ...extra,
  ]
  return `${atHandle(a.handle)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`
}

/** A short quotation of a post, on one line. */
export const quote = (text: string, lang: AlertLang, max = 100): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  const cut = flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat
  return lang === 'fr' ? `« ${cut} »` : `"${cut}"`
}

export const CAUSE_NAMES: Record<Exclude<Cause, 'none'>, Record<AlertLang, string>> = {
  product_defect: { en: 'product defect', fr: 'défaut de produit' },
  accident: { en: 'accident', fr: 'accident' },
  employee_post: { en: 'employee post', fr: 'publication d’un salarié' },
  customer_service: { en: 'customer service', fr: 'service client' },
  data_breach_outage: { en: 'data breach or outage', fr: 'fuite de données ou panne' },
  external_attack: { en: 'external attack', fr: 'attaque extérieure' },
  governance: { en: 'governance', fr: 'gouvernance' },
}

/** Words of the alert sentences, per language. */
export const WORDS = {
  en: {
    origin: 'origin',
    likelyCause: 'likely cause',
    positive: 'the conversation is positive: not a crisis',
    unheard: 'no crisis terms in the last {h} h: score weighed down by a quarter',
    verified: 'verified',
    news: 'news outlet',
  },
  fr: {
    origin: 'origine',
    likelyCause: 'cause probable',
    positive: 'la conversation est positive : pas une crise',
    unheard: 'aucun terme de crise depuis {h} h : score réduit d’un quart',
    verified: 'certifié',
    news: 'média',
  },
} as const satisfies Record<AlertLang, Record<string, string>>
