import type { Lang } from '../../core/index.ts'
import { CURATED, getLexicons, type Lexicon, type Lexicons } from './load-lexicons.ts'
import { BOOSTERS, CONTRASTS, FALSE_FRIENDS, NEGATORS, TRANSPARENT } from './modifiers.ts'
import { BOUNDARY, CAPS, collapseRuns, ELONGATED, EMOJI, type Tokens, tokenize } from './tokenize.ts'

/** The raw lexicon reading of one text, shared by the sentiment and emotion models. */
export interface TextScore {
  /** sum of weighted valences, VADER's −4..4 per word */
  valence: number
  /** how many words and emoji carried a polarity */
  hits: number
  /** accumulated weight per emotion, in the order of core's EMOTIONS */
  emotions: number[]
}

// Emphasis constants follow the VADER paper's empirically derived values.
const NEGATION_SCALAR = -0.74
const CAPS_BOOST = 0.733
const ELONGATION_BOOST = 0.3
const EXCLAMATION_BOOST = 0.292
const WINDOW = 3

interface Reading {
  valence: number | undefined
  emotions: number
  /** index of the last token this reading covers (a phrase spans several) */
  end: number
}

const lookupWord = (word: string, lex: Lexicon): { valence?: number; emotions: number } => {
  const own = lex.valences.get(word)
  const ownEmotions = lex.emotions.get(word) ?? 0
  if (own !== undefined || ownEmotions) return { valence: own, emotions: ownEmotions }
  // Code-switching ("ce produit est awesome"): borrow from the other language unless the word is a false friend.
  if (word.length < 3 || FALSE_FRIENDS.has(word)) return { emotions: 0 }
  return { valence: lex.secondary.valences.get(word), emotions: lex.secondary.emotions.get(word) ?? 0 }
}

const readPhrase = (words: string[], k: number, lexicons: Lexicons): Reading | undefined => {
  let key = words[k]!
  for (let end = k + 1; end < Math.min(words.length, k + 4); end++) {
    key += ` ${words[end]}`
    const valence = lexicons.phrases.get(key)
    if (valence !== undefined) return { valence, emotions: 0, end }
  }
  return undefined
}

const isKnown = (word: string, lex: Lexicon, lexicons: Lexicons): boolean =>
  lex.valences.has(word) ||
  lex.emotions.has(word) ||
  BOOSTERS.has(word) ||
  NEGATORS.has(word) ||
  lexicons.phraseStarts.has(word) ||
  lex.secondary.valences.has(word)

/** Elongated words arrive with runs cut to two letters ("goood" → "good"); "trooop" needs one ("trop"). */
const resolveElongations = (tokens: Tokens, lex: Lexicon, lexicons: Lexicons): void => {
  for (let k = 0; k < tokens.words.length; k++) {
    if (!(tokens.flags[k]! & ELONGATED)) continue
    const word = tokens.words[k]!
    const once = collapseRuns(word, 1)
    if (!isKnown(word, lex, lexicons) && isKnown(once, lex, lexicons)) tokens.words[k] = once
  }
}

const read = (tokens: Tokens, k: number, lex: Lexicon, lexicons: Lexicons): Reading => {
  const word = tokens.words[k]!
  const flags = tokens.flags[k]!
  if (flags & EMOJI)
    return { valence: lexicons.symbols.get(word), emotions: lexicons.symbolEmotions.get(word) ?? 0, end: k }
  if (lexicons.phraseStarts.has(word)) {
    const phrase = readPhrase(tokens.words, k, lexicons)
    if (phrase) return phrase
  }
  if (NEGATORS.has(word) || CONTRASTS.has(word)) return { valence: undefined, emotions: 0, end: k }
  const found = lookupWord(word, lex)
  return { valence: found.valence, emotions: found.emotions, end: k }
}

/** Looks back from `k` for negators and boosters within the clause, skipping articles and copulas. */
const modifiersBefore = (words: string[], k: number, floor: number): { negated: boolean; boost: number } => {
  let negated = false
  let restrictive = false
  let boost = 0
  let counted = 0
  for (let j = k - 1; j >= floor && counted < WINDOW; j--) {
    const w = words[j]!
    if (w === BOUNDARY || CONTRASTS.has(w)) break
    if (w === 'que') restrictive = true // "je n'ai que des éloges": ne…que is "only", not a negation
    if (NEGATORS.has(w) && !(w === 'ne' && restrictive)) negated = true
    const b = BOOSTERS.get(w)
    if (b !== undefined) boost += b * (counted === 0 ? 1 : counted === 1 ? 0.95 : 0.9)
    else if (!TRANSPARENT.has(w)) counted++
  }
  return { negated, boost }
}

const emphasis = (flags: number, shouting: boolean): number =>
  (flags & CAPS && !shouting ? CAPS_BOOST : 0) + (flags & ELONGATED ? ELONGATION_BOOST : 0)

const emptyScore = (): TextScore => ({ valence: 0, hits: 0, emotions: [0, 0, 0, 0, 0, 0] })

/** One pass over the tokens: valence with negation, boosters, emphasis and contrast weighting, and emotions. */
const scoreTokens = (tokens: Tokens, lang: Lang): TextScore => {
  const lexicons = getLexicons()
  const lex = lexicons.byLang[lang]
  resolveElongations(tokens, lex, lexicons)
  const { words, flags } = tokens
  const shouting = flags.every((f, i) => f & CAPS || f & EMOJI || words[i] === BOUNDARY)
  const contrastAt = findLastContrast(words)
  const out = emptyScore()
  let floor = 0
  for (let k = 0; k < words.length; k++) {
    const reading = read(tokens, k, lex, lexicons)
    const next = words[reading.end + 1]
    // "super bon", "damn good": a booster before a polar word boosts instead of counting itself.
    const isBoosting = BOOSTERS.has(words[k]!) && next !== undefined && hasValence(next, lex)
    if ((reading.valence === undefined && !reading.emotions) || isBoosting) continue
    // Emoji are not negated, nor are phrases that hold their own negator ("pas terrible").
    const unmodified = flags[k]! & EMOJI || (reading.end > k && NEGATORS.has(words[k]!))
    const mods = unmodified ? { negated: false, boost: 0 } : modifiersBefore(words, k, floor)
    const weight = contrastAt < 0 ? 1 : k < contrastAt ? 0.5 : 1.5
    const lift = mods.boost + emphasis(flags[k]!, shouting)
    if (reading.valence !== undefined && reading.valence !== 0) {
      let v = reading.valence + Math.sign(reading.valence) * lift
      if (Math.sign(v) !== Math.sign(reading.valence)) v = 0
      if (mods.negated) v *= NEGATION_SCALAR
      out.valence += v * weight
      out.hits++
    }
    if (reading.emotions && !mods.negated) addEmotions(out.emotions, reading.emotions, (1 + lift) * weight)
    if (reading.end > k) floor = reading.end + 1
    k = reading.end
  }
  if (out.valence !== 0)
    out.valence += Math.sign(out.valence) * Math.min(tokens.exclamations, 4) * EXCLAMATION_BOOST
  return out
}

const hasValence = (word: string, lex: Lexicon): boolean =>
  lex.valences.has(word) || (!FALSE_FRIENDS.has(word) && lex.secondary.valences.has(word))

const findLastContrast = (words: string[]): number => {
  for (let k = words.length - 1; k > 0; k--) if (CONTRASTS.has(words[k]!)) return k
  return -1
}

const addEmotions = (into: number[], mask: number, weight: number): void => {
  const w = Math.max(0, mask & CURATED ? weight : weight / 2)
  for (let e = 0; e < into.length; e++) if (mask & (1 << e)) into[e]! += w
}

let last: { text: string; lang: Lang; score: TextScore } | undefined
/** Scores a text; the last result is kept, since the sentiment and emotion steps read the same text in turn. */
export const scoreText = (text: string, lang: Lang): TextScore => {
  if (last && last.text === text && last.lang === lang) return last.score
  const score = scoreTokens(tokenize(text, getLexicons().emoticons), lang)
  last = { text, lang, score }
  return score
}
