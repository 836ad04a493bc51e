import { existsSync, readFileSync } from 'node:fs'
import { EMOTIONS, type Lang } from '../../core/index.ts'
import { buildDictionary, type WordEntry } from './build-dictionary.ts'
import { PHRASES } from './modifiers.ts'

export interface Lexicons {
  /** per language: its words first, then the other language's, emoji and modifiers (`und` reads English first) */
  dictionaries: Record<Lang, ReadonlyMap<string, WordEntry>>
  /** emoticons the tokenizer must read before punctuation (":)", "<3") */
  emoticons: ReadonlySet<string>
  /** multi-word entries ("pas terrible", "does not work") and their valence */
  phrases: ReadonlyMap<string, number>
}

type Grouped = Record<string, string[]>
interface Curated {
  valences?: Record<string, number>
  /** `none` lists words whose generated emotions are dropped */
  emotions?: Partial<Record<(typeof EMOTIONS)[number] | 'none', string[]>>
  emoji?: Record<string, [number, ...string[]]>
}

const DATA = new URL('./data/', import.meta.url)
const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T
/** Bit set on curated and emoji emotion masks: they count fully, FEEL's generated flags count half. */
export const CURATED = 1 << EMOTIONS.length
export const emotionBit = (name: string): number => {
  const index = EMOTIONS.indexOf(name as (typeof EMOTIONS)[number])
  return index < 0 ? 0 : 1 << index
}

const ungroup = (grouped: Grouped): Map<string, number> => {
  const map = new Map<string, number>()
  for (const [value, words] of Object.entries(grouped)) for (const w of words) map.set(w, Number(value))
  return map
}

/** Curated emotion lists replace the generated flags of their words (FEEL's are noisy for common words). */
const withCurated = (valences: Map<string, number>, emotions: Map<string, number>, curated: Curated) => {
  for (const [w, v] of Object.entries(curated.valences ?? {})) valences.set(w, v)
  const curatedMasks = new Map<string, number>()
  for (const [name, words] of Object.entries(curated.emotions ?? {}))
    for (const w of words) curatedMasks.set(w, (curatedMasks.get(w) ?? CURATED) | emotionBit(name))
  for (const [w, mask] of curatedMasks) {
    if (mask === CURATED) emotions.delete(w)
    else emotions.set(w, mask)
  }
}

/** Multi-word lexicon entries ("does not work") become phrases; single words stay in the map. */
const splitPhrases = (valences: Map<string, number>, phrases: Map<string, number>): void => {
  for (const [w, v] of valences)
    if (w.includes(' ')) {
      phrases.set(w, v)
      valences.delete(w)
    }
}

const isEmoticon = (w: string): boolean => !/^[\p{L}\p{N}]/u.test(w)

const load = (): Lexicons => {
  const en = ungroup(readJson<Grouped>('sentiment-en.json'))
  const fr = ungroup(readJson<Grouped>('sentiment-fr.json'))
  const enEmotions = new Map<string, number>()
  // FEEL's terms may not suit every deployment (see data/ATTRIBUTION.md): without it, French emotions are curated only.
  const frEmotions = existsSync(new URL('emotions-fr.json', DATA))
    ? ungroup(readJson<Grouped>('emotions-fr.json'))
    : new Map()
  withCurated(en, enEmotions, readJson<Curated>('curated-en.json'))
  withCurated(fr, frEmotions, readJson<Curated>('curated-fr.json'))
  const phrases = new Map(PHRASES)
  splitPhrases(en, phrases)
  splitPhrases(fr, phrases)
  const symbols = ungroup(readJson<Grouped>('emoji.json'))
  for (const [w, v] of en) if (isEmoticon(w)) symbols.set(w, v)
  const symbolEmotions = new Map<string, number>()
  for (const [emoji, [valence, ...names]] of Object.entries(
    readJson<Curated>('curated-emoji.json').emoji ?? {},
  )) {
    symbols.set(emoji, valence)
    symbolEmotions.set(
      emoji,
      names.reduce((mask, n) => mask | emotionBit(n), CURATED),
    )
  }
  const enSide = { valences: en, emotions: enEmotions }
  const frSide = { valences: fr, emotions: frEmotions }
  const symbolSide = { valences: symbols, emotions: symbolEmotions }
  const phraseStarts = new Set([...phrases.keys()].map((p) => p.split(' ')[0]!))
  const english = buildDictionary(enSide, frSide, symbolSide, phraseStarts)
  return {
    dictionaries: {
      en: english,
      fr: buildDictionary(frSide, enSide, symbolSide, phraseStarts),
      und: english,
    },
    emoticons: new Set([...symbols.keys()].filter((w) => w.length > 1 && w.length <= 4 && isEmoticon(w))),
    phrases,
  }
}

let loaded: Lexicons | undefined
/** The lexicons, read from disk once on first use (about 2 MB of maps), then shared. */
export const getLexicons = (): Lexicons => {
  loaded ??= load()
  return loaded
}
