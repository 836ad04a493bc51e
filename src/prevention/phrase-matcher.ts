import { type Token, tokenise } from './text-tokens.ts'

/** A hit of a lexicon phrase: its data, the tokens it covers (`from` to `to` excluded) and its text span. */
export interface PhraseHit<T> {
  data: T
  from: number
  to: number
  start: number
  end: number
}

interface Compiled<T> {
  words: string[]
  /** the last word also matches longer words starting with it (`encul*`: enculé, enculés…) */
  prefix: boolean
  data: T
}

export interface PhraseMatcher<T> {
  /** Every phrase found in the tokens, whole words only (`con` never matches inside `concombre`). */
  find(tokens: readonly Token[]): PhraseHit<T>[]
  /** True when a single word is a lexicon word: a word spelled out letter by letter is joined only then. */
  isWord(norm: string): boolean
}

/** How many words a matcher remembers the candidate phrases of (a few MB at most; forgotten all at once). */
const KNOWN_WORDS = 50_000

const compile = <T>(text: string, data: T): Compiled<T> => {
  const prefix = text.endsWith('*')
  const words = tokenise(prefix ? text.slice(0, -1) : text, () => false).map((t) => t.norm)
  if (words.length === 0) throw new Error(`empty lexicon phrase: "${text}"`)
  return { words, prefix, data }
}

// a masked word (`c*n`, `p**e`) matches a lexicon word with one or two letters where the stars are
const maskPattern = (norm: string): RegExp | undefined => {
  const letters = norm.replace(/\*/g, '')
  if (letters.length < 2 || norm.startsWith('*')) return undefined
  return new RegExp(`^${norm.replace(/\*/g, '[a-z]{1,2}')}$`)
}

const wordMatches = (word: string, norm: string, prefix: boolean, mask: RegExp | undefined): boolean =>
  norm === word || (prefix && norm.startsWith(word)) || mask?.test(word) === true

/**
 * Compiles lexicon phrases (plain words, `*` at the end for a prefix) into a matcher over tokens; with
 * `masks`, a masked word of the draft (`c*n`) matches the lexicon words it could hide.
 */
export const createPhraseMatcher = <T>(
  entries: readonly { text: string; data: T }[],
  options: { masks?: boolean } = {},
): PhraseMatcher<T> => {
  const compiled = entries.map((e) => compile(e.text, e.data))
  const byFirst = new Map<string, Compiled<T>[]>()
  // one-word prefixes (`encul*`) by their first letter, in lexicon order
  const prefixed = new Map<string, Compiled<T>[]>()
  for (const c of compiled) {
    if (c.prefix && c.words.length === 1) {
      const first = c.words[0]!.slice(0, 1)
      prefixed.set(first, [...(prefixed.get(first) ?? []), c])
    } else byFirst.set(c.words[0]!, [...(byFirst.get(c.words[0]!) ?? []), c])
  }
  // the phrases a word may start, remembered per word: drafts repeat most of their words
  const known = new Map<string, Compiled<T>[]>()
  const candidates = (norm: string): Compiled<T>[] => {
    if (norm.includes('*')) return options.masks ? compiled : []
    let found = known.get(norm)
    if (found === undefined) {
      const exact = byFirst.get(norm) ?? []
      const more = (prefixed.get(norm.slice(0, 1)) ?? []).filter((c) => norm.startsWith(c.words[0]!))
      found = more.length === 0 ? exact : [...exact, ...more]
      if (known.size >= KNOWN_WORDS) known.clear()
      known.set(norm, found)
    }
    return found
  }
  const matchAt = (tokens: readonly Token[], i: number, c: Compiled<T>): number | undefined => {
    for (let k = 0; k < c.words.length; k++) {
      const token = tokens[i + k]
      if (!token) return undefined
      const last = k === c.words.length - 1
      const masked = token.norm.includes('*')
      const mask = masked ? maskPattern(token.norm) : undefined
      // a masked plural or feminine (`enf**rés`) also matches the lexicon's singular (`enfoiré`)
      const stem = masked && /e?s$/.test(token.norm) ? maskPattern(token.norm.replace(/e?s$/, '')) : undefined
      if (
        !wordMatches(c.words[k]!, token.norm, c.prefix && last, mask) &&
        !(stem && wordMatches(c.words[k]!, token.norm, false, stem))
      )
        return undefined
    }
    return i + c.words.length
  }
  return {
    find(tokens) {
      const hits: PhraseHit<T>[] = []
      for (let i = 0; i < tokens.length; i++) {
        const masked = tokens[i]!.norm.includes('*')
        for (const c of candidates(tokens[i]!.norm)) {
          const to = matchAt(tokens, i, c)
          if (to === undefined) continue
          hits.push({ data: c.data, from: i, to, start: tokens[i]!.start, end: tokens[to - 1]!.end })
          if (masked) break // a masked word is read as one word only: the first of the lexicon it fits
        }
      }
      return hits
    },
    isWord: (norm) =>
      compiled.some((c) => c.words.length === 1 && wordMatches(c.words[0]!, norm, c.prefix, undefined)),
  }
}
