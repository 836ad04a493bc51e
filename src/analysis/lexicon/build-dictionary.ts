import { BOOSTERS, CONTRASTS, FALSE_FRIENDS, NEGATORS, TRANSPARENT } from './modifiers.ts'

/** Role bits of a dictionary entry. */
export const NEGATOR = 1
export const CONTRAST = 2
export const TRANSPARENT_WORD = 4
export const PHRASE_START = 8

/** Everything the scorer needs about one word or emoji, found with a single Map lookup. */
export interface WordEntry {
  /** valence on VADER's −4..4 scale, 0 when none */
  valence: number
  /** emotion bitmask in the order of core's EMOTIONS, plus the CURATED bit */
  emotions: number
  /** lift added to the next polar word when this word is a booster (negative for a dampener), else 0 */
  boost: number
  role: number
}

export interface LexiconSide {
  valences: ReadonlyMap<string, number>
  emotions: ReadonlyMap<string, number>
}

const entryOf = (dict: Map<string, WordEntry>, word: string): WordEntry => {
  let entry = dict.get(word)
  if (!entry) {
    entry = { valence: 0, emotions: 0, boost: 0, role: 0 }
    dict.set(word, entry)
  }
  return entry
}

const addSide = (
  dict: Map<string, WordEntry>,
  side: LexiconSide,
  accept: (word: string) => boolean,
): void => {
  for (const word of new Set([...side.valences.keys(), ...side.emotions.keys()])) {
    if (!accept(word)) continue
    // A word found in this side replaces both readings of a word borrowed from the other side.
    dict.set(word, {
      valence: side.valences.get(word) ?? 0,
      emotions: side.emotions.get(word) ?? 0,
      boost: 0,
      role: 0,
    })
  }
}

/**
 * Merges one language's lexicon, the other language's (for code-switching, minus false friends and short
 * words), the emoji and the modifier words into one map, so scoring costs one lookup per token.
 */
export const buildDictionary = (
  primary: LexiconSide,
  secondary: LexiconSide,
  symbols: LexiconSide,
  phraseStarts: ReadonlySet<string>,
): ReadonlyMap<string, WordEntry> => {
  const dict = new Map<string, WordEntry>()
  addSide(dict, secondary, (w) => w.length >= 3 && !FALSE_FRIENDS.has(w))
  addSide(dict, primary, () => true)
  addSide(dict, symbols, () => true)
  for (const [word, boost] of BOOSTERS) entryOf(dict, word).boost = boost
  for (const word of TRANSPARENT) entryOf(dict, word).role |= TRANSPARENT_WORD
  for (const word of phraseStarts) entryOf(dict, word).role |= PHRASE_START
  for (const word of [...NEGATORS, ...CONTRASTS]) {
    const entry = entryOf(dict, word)
    entry.role |= NEGATORS.has(word) ? NEGATOR : CONTRAST
    entry.valence = 0
    entry.emotions = 0
  }
  return dict
}
