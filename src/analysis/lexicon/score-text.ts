import type { Lang } from '../../core/index.ts'
import { CONTRAST, NEGATOR, PHRASE_START, TRANSPARENT_WORD, type WordEntry } from './build-dictionary.ts'
import { CURATED, getLexicons } from './load-lexicons.ts'
import { BOUNDARY, CAPS, collapseRuns, ELONGATED, EMOJI, type Tokens } from './tokenize.ts'
import { tokensOf } from './tokens-of.ts'

/** The raw lexicon reading of one text, shared by the sentiment and emotion models. */
export interface TextScore {
  /** sum of weighted valences, VADER's −4..4 per word */
  valence: number
  /** how many words and emoji carried a polarity */
  hits: number
  /** accumulated weight per emotion, in the order of core's EMOTIONS */
  emotions: number[]
}

type Dictionary = ReadonlyMap<string, WordEntry>

// Emphasis constants follow the VADER paper's empirically derived values.
const NEGATION_SCALAR = -0.74
const CAPS_BOOST = 0.733
const ELONGATION_BOOST = 0.3
const EXCLAMATION_BOOST = 0.292
const WINDOW = 3

/** One lookup per token; elongated words arrive cut to two letters ("goood" → "good"), "trooop" needs one. */
const lookUpAll = (tokens: Tokens, dict: Dictionary): (WordEntry | undefined)[] =>
  tokens.words.map((word, k) => {
    const entry = dict.get(word)
    return entry || !(tokens.flags[k]! & ELONGATED) ? entry : dict.get(collapseRuns(word, 1))
  })

/** The words as read: an elongated word found only with single letters is spelled that way. */
const resolvedWords = (tokens: Tokens, dict: Dictionary): string[] => {
  if (!tokens.flags.some((f) => f & ELONGATED)) return tokens.words
  return tokens.words.map((word, k) =>
    tokens.flags[k]! & ELONGATED && !dict.has(word) ? collapseRuns(word, 1) : word,
  )
}

const readPhrase = (words: string[], k: number, phrases: ReadonlyMap<string, number>) => {
  let key = words[k]!
  for (let end = k + 1; end < Math.min(words.length, k + 4); end++) {
    key += ` ${words[end]}`
    const valence = phrases.get(key)
    if (valence !== undefined) return { valence, end }
  }
  return undefined
}

interface Modifiers {
  negated: boolean
  boost: number
}

/** Looks back from `k` for negators and boosters within the clause, skipping articles and copulas. */
const modifiersBefore = (
  words: string[],
  entries: (WordEntry | undefined)[],
  k: number,
  floor: number,
): Modifiers => {
  const mods = { negated: false, boost: 0 }
  let restrictive = false
  let counted = 0
  for (let j = k - 1; j >= floor && counted < WINDOW; j--) {
    const entry = entries[j]
    if (words[j] === BOUNDARY || (entry && entry.role & CONTRAST)) break
    if (words[j] === 'que') restrictive = true // "je n'ai que des éloges": ne…que is "only", not a negation
    if (entry && entry.role & NEGATOR && !(words[j] === 'ne' && restrictive)) mods.negated = true
    if (entry?.boost) mods.boost += entry.boost * (counted === 0 ? 1 : counted === 1 ? 0.95 : 0.9)
    else if (!entry || !(entry.role & TRANSPARENT_WORD)) counted++
  }
  return mods
}

const UNMODIFIED: Modifiers = Object.freeze({ negated: false, boost: 0 })

const emphasis = (flags: number, shouting: boolean): number =>
  (flags & CAPS && !shouting ? CAPS_BOOST : 0) + (flags & ELONGATED ? ELONGATION_BOOST : 0)

const isShouting = (tokens: Tokens): boolean => {
  for (let k = 0; k < tokens.flags.length; k++)
    if (!(tokens.flags[k]! & (CAPS | EMOJI)) && tokens.words[k] !== BOUNDARY) return false
  return true
}

const findLastContrast = (entries: (WordEntry | undefined)[]): number => {
  for (let k = entries.length - 1; k > 0; k--) if (entries[k] && entries[k]!.role & CONTRAST) return k
  return -1
}

const addEmotions = (into: number[], mask: number, weight: number): void => {
  const w = Math.max(0, mask & CURATED ? weight : weight / 2)
  for (let e = 0; e < into.length; e++) if (mask & (1 << e)) into[e]! += w
}

/** One pass over the tokens: valence with negation, boosters, emphasis and contrast weighting, and emotions. */
const scoreTokens = (tokens: Tokens, lang: Lang): TextScore => {
  const { dictionaries, phrases } = getLexicons()
  const entries = lookUpAll(tokens, dictionaries[lang])
  const words = resolvedWords(tokens, dictionaries[lang])
  const { flags } = tokens
  const shouting = isShouting(tokens)
  const contrastAt = findLastContrast(entries)
  const out: TextScore = { valence: 0, hits: 0, emotions: [0, 0, 0, 0, 0, 0] }
  let floor = 0
  for (let k = 0; k < words.length; k++) {
    const entry = entries[k]
    if (!entry) continue
    const phrase = entry.role & PHRASE_START ? readPhrase(words, k, phrases) : undefined
    const end = phrase ? phrase.end : k
    const valence = phrase ? phrase.valence : entry.valence
    const emotions = phrase ? 0 : entry.emotions
    // "super bon", "damn good": a booster before a polar word boosts instead of counting itself.
    if ((valence === 0 && emotions === 0) || (!phrase && entry.boost && entries[k + 1]?.valence)) continue
    // Emoji are not negated, nor are phrases that hold their own negator ("pas terrible").
    const unmodified = flags[k]! & EMOJI || (phrase && entry.role & NEGATOR)
    const mods = unmodified ? UNMODIFIED : modifiersBefore(words, entries, k, floor)
    const weight = contrastAt < 0 ? 1 : k < contrastAt ? 0.5 : 1.5
    const lift = mods.boost + emphasis(flags[k]!, shouting)
    if (valence !== 0) {
      let v = valence + Math.sign(valence) * lift
      if (Math.sign(v) !== Math.sign(valence)) v = 0
      out.valence += (mods.negated ? v * NEGATION_SCALAR : v) * weight
      out.hits++
    }
    if (emotions && !mods.negated) addEmotions(out.emotions, emotions, (1 + lift) * weight)
    if (phrase) floor = end + 1
    k = end
  }
  if (out.valence !== 0)
    out.valence += Math.sign(out.valence) * Math.min(tokens.exclamations, 4) * EXCLAMATION_BOOST
  return out
}

let last: { text: string; lang: Lang; score: TextScore } | undefined
/** Scores a text; the last result is kept, since the sentiment and emotion steps read the same text in turn. */
export const scoreText = (text: string, lang: Lang): TextScore => {
  if (last && last.text === text && last.lang === lang) return last.score
  const score = scoreTokens(tokensOf(text), lang)
  last = { text, lang, score }
  return score
}
