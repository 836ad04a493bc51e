import type { Cause } from '../../core/index.ts'
import { TokenKind, tokeniseShared } from '../models/index.ts'
import { CAUSE_TERMS } from './cause-keywords.ts'

export type ScoredCause = Exclude<Cause, 'none'>

/** The causes a cue can point to, in CAUSES order; a cause's place here is its cue slot. */
export const SCORED_CAUSES: readonly ScoredCause[] = Object.keys(CAUSE_TERMS) as ScoredCause[]

interface Term {
  words: string[]
  slot: number
  text: string
  weight: number
}

/** Only the start of a huge text is read: social posts are short, and a 1 MB paste must not stall the stream. */
export const MAX_CHARS = 20_000

/** Light plural folding, the same on terms and texts: "rappels" → "rappel" (not -x: "intox" ≠ "into"). */
export const stem = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)

/** Folded, plural-stripped words of a text (punctuation, emoji and the tail past MAX_CHARS dropped). */
export const causeWords = (text: string): string[] => {
  const out: string[] = []
  for (const t of tokeniseShared(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text))
    if (t.kind === TokenKind.Word) out.push(stem(t.text))
  return out
}

/** Terms indexed by their first word: a text is scanned once, looking up each of its words. */
const buildIndex = (): Map<string, Term[]> => {
  const index = new Map<string, Term[]>()
  SCORED_CAUSES.forEach((cause, slot) => {
    for (const entry of CAUSE_TERMS[cause].split(/\s+/).filter((e) => e.length > 0)) {
      const mark = entry.at(-1)
      const factor = mark === '!' ? 2 : mark === '~' ? 0.5 : 1
      const phrase = (factor === 1 ? entry : entry.slice(0, -1)).replaceAll('_', ' ')
      const termWords = causeWords(phrase)
      const first = termWords[0]
      if (first === undefined) continue
      const terms = index.get(first) ?? []
      if (!terms.some((t) => t.slot === slot && t.text === phrase))
        terms.push({ words: termWords, slot, text: phrase, weight: termWords.length * factor })
      index.set(first, terms)
    }
  })
  return index
}
const index = buildIndex()

const matchesAt = (words: readonly string[], at: number, term: Term): boolean => {
  for (let k = 0; k < term.words.length; k++) if (words[at + k] !== term.words[k]) return false
  return true
}

/**
 * Adds each cause's cue weight found in `words` to `scores` (one slot per SCORED_CAUSES entry) and, when
 * `found` is given, the matched terms to their cause's set.
 */
export const addCueEvidence = (words: readonly string[], scores: Float64Array, found?: Set<string>[]) => {
  for (let i = 0; i < words.length; i++) {
    const terms = index.get(words[i]!)
    if (terms === undefined) continue
    for (const term of terms) {
      if (!matchesAt(words, i, term)) continue
      scores[term.slot]! += term.weight
      found?.[term.slot]?.add(term.text)
    }
  }
}
