/**
 * The words of a draft as the lexicons see them: lowercase, without accents, leet undone (`c0nnard`),
 * letters repeated for emphasis collapsed (`nuuuul`), letters spaced out for disguise joined again
 * (`c o n n a r d`) and masked letters kept as `*` (`c*n`), each with its span in the original text.
 */
export interface Token {
  /** the normalised form: a-z and digits, `*` for a masked letter, or one emoji */
  norm: string
  start: number
  end: number
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
}
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' }

// a word: letters, digits and the symbols that stand for letters; an emoji on its own
const WORD = /[\p{L}\p{M}\p{N}@$*|!]+|\p{Extended_Pictographic}/gu
const HAS_LETTER = /\p{L}/u
const MARKS = /\p{M}+/gu

/** Lowercase, no accents, ligatures spelled out, runs of one letter collapsed to one (`conard`). */
export const foldWord = (word: string): string =>
  word
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/(\p{L})\1+/gu, '$1')

// a word's normal form, remembered: drafts repeat most of their words (forgotten all at once when full)
const NORMALISED_WORDS = 50_000
const normalised = new Map<string, string>()
const normalise = (raw: string): string => {
  let norm = normalised.get(raw)
  if (norm === undefined) {
    norm = normaliseWord(raw)
    if (normalised.size >= NORMALISED_WORDS) normalised.clear()
    normalised.set(raw, norm)
  }
  return norm
}

/** A word's normalised form; leet is undone only in words that also hold letters (`2024` stays digits). */
const normaliseWord = (raw: string): string => {
  // a handle's @ and trailing punctuation go; masks stay; leading leet (`@$$hole`) is read as letters
  const core = raw
    .replace(/^@(?=[\p{L}\p{N}_])/u, '')
    .replace(/[@$|!*]+$/g, (edge) => (edge.includes('*') ? edge : ''))
  if (!HAS_LETTER.test(core)) return core
  const unleet = [...core].map((c) => LEET[c] ?? c).join('')
  return foldWord(unleet).replace(/\*+/g, '*')
}

/** Separators allowed between the letters of a word spelled out to dodge filters: `c o n`, `c.o.n`, `c-o-n`. */
const SPACED_GAP = /^[\s._-]{1,2}$/

/** The draft's tokens; runs of three or more single letters become one token when `joins` accepts them. */
export const tokenise = (text: string, joins: (norm: string) => boolean): Token[] => {
  const tokens: Token[] = []
  for (const m of text.matchAll(WORD)) {
    const norm = normalise(m[0])
    if (norm !== '') tokens.push({ norm, start: m.index, end: m.index + m[0].length })
  }
  return joinSpacedLetters(text, tokens, joins)
}

const joinSpacedLetters = (text: string, tokens: Token[], joins: (norm: string) => boolean): Token[] => {
  const out: Token[] = []
  let i = 0
  while (i < tokens.length) {
    let j = i
    while (
      j + 1 < tokens.length &&
      tokens[j]!.norm.length === 1 &&
      tokens[j + 1]!.norm.length === 1 &&
      SPACED_GAP.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))
    )
      j++
    if (j - i >= 2) {
      const joined = foldWord(
        tokens
          .slice(i, j + 1)
          .map((t) => t.norm)
          .join(''),
      )
      if (joins(joined)) {
        out.push({ norm: joined, start: tokens[i]!.start, end: tokens[j]!.end })
        i = j + 1
        continue
      }
    }
    out.push(tokens[i]!)
    i++
  }
  return out
}

/** A set of words written plainly (accents, doubled letters), folded like the draft's tokens. */
export const foldedSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(foldWord))
