import type { Brand } from './brand.ts'
import type { Family } from './family.ts'
import type { SimLang } from './population.ts'
import type { Random } from './random.ts'
import {
  CITIES,
  DURATIONS_EN,
  DURATIONS_FR,
  FIRST_NAMES_FR,
  GENERIC_HASHTAGS_EN,
  GENERIC_HASHTAGS_FR,
  NEGATIVE_EMOJI,
  NEUTRAL_EMOJI,
  POSITIVE_EMOJI,
  PRICES,
} from './vocab.ts'

export interface TextContext {
  brand: Brand
  lang: SimLang
  /** the event's hashtag, for `{event}` */
  eventHashtag?: string | undefined
  /** casual authors type fast: typos, lowercase, extra hashtags; brands and news outlets do not */
  casual: boolean
}

const ACCENTS: Record<string, string> = { é: 'e', è: 'e', ê: 'e', à: 'a', ç: 'c', ù: 'u', ô: 'o', î: 'i' }

/** One human slip in one word: two letters swapped, a letter dropped, or the accents lost. */
const misspell = (word: string, random: Random): string => {
  const at = random.int(1, word.length - 2)
  switch (random.int(0, 2)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
    case 1:
      return word.slice(0, at) + word.slice(at + 1)
    default:
      return word.replace(/[éèêàçùôî]/g, (c) => ACCENTS[c] ?? c)
  }
}

/** Typos go into the template's own words only, never into a slot: the brand name stays findable. */
const addTypos = (template: string, random: Random): string => {
  const words = template.split(' ')
  const candidates = words.flatMap((w, i) => (/^[\p{L}]{5,}$/u.test(w) ? [i] : []))
  for (let k = random.int(1, 2); k > 0 && candidates.length > 0; k--) {
    const i = random.pick(candidates)
    words[i] = misspell(words[i] ?? '', random)
  }
  return words.join(' ')
}

const slotValue = (slot: string, context: TextContext, random: Random): string => {
  const { brand, lang } = context
  switch (slot) {
    case 'brand':
      return random.chance(0.78)
        ? brand.name
        : random.chance(0.8)
          ? random.pick(brand.variants)
          : `@${brand.handles.main}`
    case '@brand':
      return `@${brand.handles.main}`
    case '@support':
      return `@${brand.handles.support}`
    case 'tag':
      return `#${brand.hashtag}`
    case 'event':
      return context.eventHashtag ?? `#${brand.hashtag}`
    case 'product':
      return random.pick(brand.products)
    case 'city':
      return random.pick(CITIES)
    case 'duration':
      return random.pick(lang === 'fr' ? DURATIONS_FR : DURATIONS_EN)
    case 'price':
      return random.pick(PRICES)
    case 'rival':
      return random.pick(brand.rivals)
    case 'ceo':
      return brand.people[0] ?? brand.name
    case 'friend':
      return `@${random.pick(FIRST_NAMES_FR)}${random.int(1, 999)}`
    case 'code':
      return random.int(36 ** 4, 36 ** 5 - 1).toString(36)
    case 'n':
      return String(random.int(2, 40))
    case 'e-':
      return random.pick(NEGATIVE_EMOJI)
    case 'e+':
      return random.pick(POSITIVE_EMOJI)
    case 'e?':
      return random.pick(NEUTRAL_EMOJI)
    default:
      return `{${slot}}`
  }
}

/** Casual decorations: a generic hashtag, lowercase typing, a dropped final stop. */
const decorate = (text: string, lang: SimLang, random: Random): string => {
  let out = text
  if (random.chance(0.15)) out += ` ${random.pick(lang === 'fr' ? GENERIC_HASHTAGS_FR : GENERIC_HASHTAGS_EN)}`
  if (random.chance(0.1)) out = out.toLowerCase()
  if (random.chance(0.2)) out = out.replace(/[.]$/, '')
  if (random.chance(0.05)) out += ' !!!'
  return out
}

/** Writes one post of a family in a language, filling the slots and adding human noise. */
export const writeText = (family: Family, context: TextContext, random: Random): string => {
  const other = context.lang === 'es' ? family.es : context.lang === 'de' ? family.de : undefined
  const templates =
    other && other.length > 0
      ? other
      : context.lang === 'fr' || family.en.length === 0
        ? family.fr
        : family.en
  let template = random.pick(templates)
  if (context.casual && random.chance(0.3)) template = addTypos(template, random)
  const text = template.replace(/\{([^}]+)\}/g, (_, slot: string) => slotValue(slot, context, random))
  return context.casual ? decorate(text, context.lang, random) : text
}
