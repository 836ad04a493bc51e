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
  NEEDS_FOLDING.test(text) ? foldUnicode(text) : text.toLowerCase()

const foldUnicode = (text: string): string => {
  const folded = text.replace(APOSTROPHES, "'").normalize('NFKD').toLowerCase().replace(LATIN_MARKS, '')
  if (!NON_ASCII.test(folded)) return folded
  return folded.replace(COMBINING_MARKS, '').replace(LIGATURE, (c) => LIGATURES[c] ?? c)
}

/** An author handle as compared by `from:` and the `owned` lists: lower case, without a leading `@`. */
export const normalizeHandle = (handle: string): string => handle.trim().replace(/^@/, '').toLowerCase()
