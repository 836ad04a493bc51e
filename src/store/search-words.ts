import { AppError } from '../core/index.ts'
import { foldLigatures } from './ligatures.ts'

/** Spellings of search operators: the search box has none, and alone they would look for nearly anything. */
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR'])
/** Words of nearly every French or English post (folded: lower case, no accents). */
const COMMON_WORDS = new Set(
  (
    'a an the and or not of to in on at by for with from is are was were be it its this that i you he she we ' +
    'they me my your our their as but if so no do ' +
    'le la les l un une des de du d et ou ni au aux en dans sur pour par avec ce c cet cette ces est sont ' +
    'je j tu il elle on nous vous ils elles mon ma mes ton ta tes son sa ses ne n pas que qu qui se s y'
  ).split(' '),
)
const QUOTES = /^["“”«»„]/u
const CONTROL = /\p{Cc}/gu

/** True when an unquoted word is an operator or a word of nearly every post. */
const isCommon = (word: string): boolean => {
  if (QUOTES.test(word)) return false
  const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
  if (OPERATORS.has(bare) || /^NEAR\/\d+$/u.test(bare)) return true
  return COMMON_WORDS.has(bare.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
}

/**
 * The words of a full-text search, each required, ligatures spelled out. Control characters (a NUL
 * pasted in) separate words; words without a letter or digit are dropped. A search made only of operators
 * (`AND`) or of words of nearly every post (`the`, `le`) is refused with `invalid` rather than listing
 * nearly everything; quoting a word (`"and"`) searches for it as it is.
 */
export const searchWords = (text: string): string[] => {
  const words = text
    .replace(CONTROL, ' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
  if (words.length > 0 && words.every(isCommon))
    throw new AppError(
      'invalid',
      `nothing to search for in ${words.map((w) => `"${w}"`).join(' ')}: search operators (AND, OR, NOT) and words of nearly every post (the, and, le, de…) would list nearly everything; add a word, or quote one to search for it as it is ("and")`,
      { reason: 'only operators or common words', words },
    )
  return words.map(foldLigatures)
}
