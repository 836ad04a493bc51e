/** A piece of a text: `hit` when it is one of the searched words. */
export interface TextPiece {
  text: string
  hit: boolean
}

const SPELLED_OUT: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ĳ: 'ij' }

/** Lowercase, accents dropped, ligatures spelled out: `Écœurant` → `ecoeurant`, as the search reads words. */
export const foldWord = (word: string): string =>
  word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[œæßøđłĳ]/g, (c) => SPELLED_OUT[c] ?? c)

const WORD = /[\p{L}\p{N}]+/gu

/** The words of a search, folded; words without a letter or digit are dropped. */
export const searchWords = (search: string): Set<string> =>
  new Set([...search.matchAll(WORD)].map((m) => foldWord(m[0])))

/**
 * Splits a text into pieces so that each whole word of the search (case and accents ignored, as the server
 * searches) is its own piece marked `hit`. The pieces are text, shown as text: nothing becomes markup.
 */
export const splitHighlights = (text: string, search: string): TextPiece[] => {
  const words = searchWords(search)
  if (words.size === 0) return text ? [{ text, hit: false }] : []
  const pieces: TextPiece[] = []
  let last = 0
  for (const match of text.matchAll(WORD)) {
    if (!words.has(foldWord(match[0]))) continue
    const start = match.index
    if (start > last) pieces.push({ text: text.slice(last, start), hit: false })
    pieces.push({ text: match[0], hit: true })
    last = start + match[0].length
  }
  if (last < text.length) pieces.push({ text: text.slice(last), hit: false })
  return pieces
}
