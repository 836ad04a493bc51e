import { ELISIONS } from './modifiers.ts'

/** Token flags: emphasis the scorer turns into intensity. */
export const CAPS = 1
export const ELONGATED = 2
export const EMOJI = 4
/** A clause boundary (. , ; : ! ? newline) is a token of its own, spelled `|`, so windows stop at it. */
export const BOUNDARY = '|'

export interface Tokens {
  words: string[]
  flags: number[]
  exclamations: number
}

const BOUNDARIES = new Set('.,;:!?\n()[]"«»…'.split('').map((c) => c.charCodeAt(0)))

const isWordChar = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x5f ||
  (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) ||
  (c >= 0x3040 && c < 0xd800)

/** Emoji and pictographs; modifiers (variation selector, joiner, skin tones) are skipped by the caller. */
const isPictograph = (cp: number): boolean => (cp >= 0x1f000 && cp < 0x1fb00) || (cp >= 0x2190 && cp < 0x2c00)
const isModifier = (cp: number): boolean => cp === 0xfe0f || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff)

const skipTo = (text: string, i: number, stop: (c: number) => boolean): number => {
  let j = i
  while (j < text.length && !stop(text.charCodeAt(j))) j++
  return j
}
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0

/** Runs of three or more of a letter ("sooo", "trooop") collapse to two; the scorer may try one. */
export const collapseRuns = (word: string, keep: number): string => {
  let out = ''
  let run = 0
  for (let i = 0; i < word.length; i++) {
    run = i > 0 && word[i] === word[i - 1] ? run + 1 : 1
    if (run <= keep) out += word[i]
  }
  return out
}

/**
 * Splits a post into lower-cased words, emoji and clause boundaries in one pass over the characters.
 * URLs and @handles are dropped; `#` is dropped but the tag's word kept (#fail carries sentiment).
 * `emoticons` (":)", "<3") are matched before their characters are read as punctuation.
 */
export const tokenize = (text: string, emoticons: ReadonlySet<string>): Tokens => {
  const lower = text.toLowerCase()
  // Lower-casing changes the length of a few characters (İ); indices then no longer align and caps are not read.
  const aligned = lower.length === text.length
  const out: Tokens = { words: [], flags: [], exclamations: 0 }
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) i++
    else if (c === 0x40) i = skipTo(text, i + 1, (d) => !isWordChar(d) && d !== 0x2e)
    else if (
      (c === 0x68 || c === 0x48) &&
      lower.startsWith('http', i) &&
      lower.startsWith('://', lower[i + 4] === 's' ? i + 5 : i + 4)
    )
      i = skipTo(text, i, isSpace)
    else if (lower.startsWith('www.', i)) i = skipTo(text, i, isSpace)
    else if (isWordChar(c)) i = readWord(text, lower, aligned, i, out)
    else i = readSymbol(text, lower, i, out, emoticons)
  }
  return out
}

const readWord = (text: string, lower: string, aligned: boolean, start: number, out: Tokens): number => {
  let i = start
  let from = start
  let upper = 0
  let lowerCount = 0
  let run = 1
  let elongated = false
  let curly = false
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x27 || c === 0x2019 || c === 0x2d) {
      curly ||= c === 0x2019
      if (!isWordChar(text.charCodeAt(i + 1))) break
      if (c !== 0x2d) {
        const elided = i - from <= 6 ? ELISIONS.get(lower.slice(from, i)) : undefined
        if (elided !== undefined) {
          push(out, elided, 0)
          from = i + 1
        }
      }
      continue
    }
    if (!isWordChar(c)) break
    const l = lower.charCodeAt(i)
    if (aligned && c !== l) upper++
    else if (c >= 0x61) lowerCount++
    run = i > from && l === lower.charCodeAt(i - 1) ? run + 1 : 1
    if (run === 3) elongated = true
  }
  let word = lower.slice(from, i)
  if (curly) word = word.replaceAll('’', "'")
  if (elongated) word = collapseRuns(word, 2)
  const caps = upper >= 2 && lowerCount === 0
  push(out, word, (caps ? CAPS : 0) | (elongated ? ELONGATED : 0))
  return i
}

/** The first characters of each emoticon set's entries: most symbols start none, and need no lookup. */
const emoticonStarts = new WeakMap<ReadonlySet<string>, { size: number; starts: Set<number> }>()
const startsOf = (emoticons: ReadonlySet<string>): Set<number> => {
  const known = emoticonStarts.get(emoticons)
  if (known !== undefined && known.size === emoticons.size) return known.starts
  const starts = new Set<number>()
  for (const e of emoticons) starts.add(e.charCodeAt(0))
  emoticonStarts.set(emoticons, { size: emoticons.size, starts })
  return starts
}

const readSymbol = (
  text: string,
  lower: string,
  i: number,
  out: Tokens,
  emoticons: ReadonlySet<string>,
): number => {
  const c = text.charCodeAt(i)
  if (startsOf(emoticons).has(lower.charCodeAt(i)))
    for (let len = 4; len >= 2; len--) {
      const candidate = lower.slice(i, i + len)
      if (emoticons.has(candidate) && !isWordChar(text.charCodeAt(i + len))) {
        push(out, candidate, EMOJI)
        return i + len
      }
    }
  if (c === 0x21) out.exclamations++
  if (BOUNDARIES.has(c)) {
    if (out.words[out.words.length - 1] !== BOUNDARY) push(out, BOUNDARY, 0)
    return i + 1
  }
  const cp = text.codePointAt(i)!
  const width = cp > 0xffff ? 2 : 1
  if (isPictograph(cp) && !isModifier(cp)) push(out, String.fromCodePoint(cp), EMOJI)
  return i + width
}

const push = (out: Tokens, word: string, flags: number): void => {
  out.words.push(word)
  out.flags.push(flags)
}
