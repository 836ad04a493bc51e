/** Typographic apostrophes folded to `'` before decomposition (NFKD turns ´ into a space and a mark). */
const APOSTROPHES = /[\u2019\u2018\u02bc\u0060\u00b4\u2032]/g
/** The accents of Latin scripts: a plain character class, much faster than `\p{M}`. */
const LATIN_MARKS = /[\u0300-\u036f]/g
const COMBINING_MARKS = /\p{M}/gu
/** Letters NFKD keeps whole; folded so `oeuvre` matches `œuvre` and `strasse` matches `straße`. */
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l' }
const LIGATURE = /[œæßøđł]/g
/** Plain ASCII (without the backtick, an apostrophe) only needs lower-casing: the common, fast case. */
const NEEDS_FOLDING = /[^\x00-\x5f\x61-\x7f]/
const NON_ASCII = /[^\x00-\x7f]/

/**
 * Folds text for matching: apostrophes unified, Unicode NFKD, lower case, accents and other combining
 * marks removed, ligatures spelled out. `Numéricable` → `numericable`, `L’Œuvre` → `l'oeuvre`.
 */
export const normalizeText = (text: string): string =>
  NEEDS_FOLDING.test(text) ? (foldByTable(text) ?? foldUnicode(text)) : text.toLowerCase()

/**
 * `normalizeText` when its result holds no non-ASCII letter or digit (then an ASCII-only word pattern splits
 * it exactly as a Unicode one), else undefined. Most posts: Latin letters, accents, punctuation, emoji.
 */
export const normalizeToAsciiWords = (text: string): string | undefined =>
  NEEDS_FOLDING.test(text) ? foldByTable(text) : text.toLowerCase()

/** The whole-text fold: exact for any text, and the reference the table fold is tested against. */
export const foldUnicode = (text: string): string => {
  const folded = text.replace(APOSTROPHES, "'").normalize('NFKD').toLowerCase().replace(LATIN_MARKS, '')
  if (!NON_ASCII.test(folded)) return folded
  return folded.replace(COMBINING_MARKS, '').replace(LIGATURE, (c) => LIGATURES[c] ?? c)
}

/**
 * Each character's own fold, learnt on first sight by folding it alone, when that equals its share of the
 * whole text's fold: apostrophes, NFKD, case, mark and ligature folding all work character by character,
 * except the reordering of combining marks and Greek final sigma. So a character is table-folded only if it
 * is no mark and folds to ASCII or to non-letter, non-digit characters (which also rules out Greek).
 * null: the character needs the whole-text fold. Astral characters (emoji) are keyed by code point.
 */
const folds: (string | null | undefined)[] = new Array(0x10000).fill(undefined)
const astralFolds = new Map<number, string | null>()
const MARK = /\p{M}/u
const NON_ASCII_WORD = /(?![\x00-\x7f])[\p{L}\p{N}]/u

const learnFold = (char: string): string | null => {
  if (MARK.test(char)) return null
  const folded = NEEDS_FOLDING.test(char) ? foldUnicode(char) : char.toLowerCase()
  return NON_ASCII_WORD.test(folded) ? null : folded
}

/** Folded code units are written here, then decoded once: no string per character (BOM kept as text). */
let folded16 = new Uint16Array(1024)
/** The one-unit folds of `folds` as numbers, the common case; -1: unknown yet, or read `folds` */
const foldUnits = new Int32Array(0x10000).fill(-1)
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true })

const foldByTable = (text: string): string | undefined => {
  // most characters fold to one unit (or two for an astral one); a longer fold grows the buffer
  if (folded16.length < text.length) folded16 = new Uint16Array(text.length * 2)
  let out = folded16
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const unit = foldUnits[code]!
    if (unit >= 0) {
      out[n++] = unit
      continue
    }
    let folded: string | null | undefined
    if (code < 0xd800 || code > 0xdfff) {
      folded = folds[code]
      if (folded === undefined) {
        folded = learnFold(text[i]!)
        folds[code] = folded
        if (folded?.length === 1) foldUnits[code] = folded.charCodeAt(0)
      }
    } else {
      const point = text.codePointAt(i)!
      if (point <= 0xffff) return undefined // a lone surrogate
      folded = astralFolds.get(point)
      if (folded === undefined) {
        folded = learnFold(String.fromCodePoint(point))
        astralFolds.set(point, folded)
      }
      i++
    }
    if (folded === null) return undefined
    if (folded.length === 1) out[n++] = folded.charCodeAt(0)
    else {
      if (n + folded.length + (text.length - i) > out.length) {
        const grown = new Uint16Array((n + folded.length + text.length) * 2)
        grown.set(out.subarray(0, n))
        folded16 = out = grown
      }
      for (let k = 0; k < folded.length; k++) out[n++] = folded.charCodeAt(k)
    }
  }
  return utf16.decode(out.subarray(0, n))
}

/** An author handle as compared by `from:` and the `owned` lists: lower case, without a leading `@`. */
export const normalizeHandle = (handle: string): string => handle.trim().replace(/^@/, '').toLowerCase()
