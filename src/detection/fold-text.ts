const ASCII = /^[\x20-\x7e]*$/
const KEPT = /^[a-z0-9#@_]$/
const MARK = /\p{M}/u

/** Lowercase, accents removed, punctuation turned to spaces: the form terms and texts are compared in. */
const foldWhole = (text: string): string => {
  const plain = ASCII.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  return ` ${plain.toLowerCase().replace(/[^a-z0-9#@_]+/g, ' ')} `
}

// What `foldWhole` makes of each UTF-16 code unit alone, learnt on first sight: the kept ASCII character,
// SPACE for a separator, DROPPED for an accent, WHOLE when only the whole text can tell.
const UNKNOWN = -2
const WHOLE = -1
const DROPPED = 0
const SPACE = 32
const foldedUnits = new Int16Array(0x10000).fill(UNKNOWN)
const learnUnit = (unit: number): number => {
  // surrogates (emoji...) never decompose nor lower into ASCII: separators
  if (unit >= 0xd800 && unit <= 0xdfff) return SPACE
  const folded = String.fromCharCode(unit)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  // a mark left over may be reordered with its neighbours' marks: only the whole text can tell
  if (MARK.test(folded)) return WHOLE
  if (folded.length === 0) return DROPPED
  if (folded.length === 1) return KEPT.test(folded) ? folded.charCodeAt(0) : SPACE
  return [...folded].some((c) => KEPT.test(c)) ? WHOLE : SPACE
}

let out = new Uint8Array(1024)
const latin1 = new TextDecoder('latin1')

/**
 * `foldWhole` one code unit at a time, through a table of what each unit folds to: the same string
 * (decomposition only splits a letter from its accents, and lowercasing is per character but for the
 * Greek final sigma, a separator either way) at half the cost and without intermediate strings.
 */
export const foldText = (text: string): string => {
  if (out.length < text.length + 2) out = new Uint8Array(2 * text.length + 2)
  let n = 0
  out[n++] = SPACE
  let afterSpace = false
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    let folded = foldedUnits[unit]!
    if (folded === UNKNOWN) {
      folded = learnUnit(unit)
      foldedUnits[unit] = folded
    }
    if (folded > SPACE) {
      out[n++] = folded
      afterSpace = false
    } else if (folded === SPACE) {
      if (!afterSpace) out[n++] = SPACE
      afterSpace = true
    } else if (folded === WHOLE) return foldWhole(text)
  }
  out[n++] = SPACE
  return latin1.decode(out.subarray(0, n))
}
