import { normalizeText, normalizeToAsciiWords } from './normalize-text.ts'

/** One word of a post or a query, already normalised; its index in the array is its position. */
export interface Token {
  readonly kind: TokenKind
  /** the folded word, without the `#` or `@` of a tag */
  readonly value: string
}
export type TokenKind = 'word' | 'hashtag' | 'mention'

/**
 * Runs of word characters joined by apostrophes, with `#`/`@` allowed in front and inside: a sigil glued
 * to a word (`bob@orange.fr`) is then split off here rather than read as a tag. One regex, no lookbehind,
 * so that `String.match` does the scanning at native speed; the ASCII variant is the common case.
 */
const ASCII_RUN = /[#@]?[a-z0-9_]+(?:['#@]?[a-z0-9_]+)*/g
const UNICODE_RUN = /[#@]?[\p{L}\p{N}_]+(?:['#@]?[\p{L}\p{N}_]+)*/gu
const NON_ASCII = /[^\x00-\x7f]/
const NEEDS_SPLITTING = /['_#@]/
const GLUED_SIGIL = /[#@]/
/** French elided articles and pronouns: `l'orange` is the word `orange`. */
const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
])

interface Runs {
  readonly runs: readonly string[]
  /** no apostrophe, underscore or tag anywhere: every run is a plain word */
  readonly plain: boolean
}

const runsOf = (text: string): Runs => {
  const simple = normalizeToAsciiWords(text)
  if (simple !== undefined)
    return { runs: simple.match(ASCII_RUN) ?? [], plain: !NEEDS_SPLITTING.test(simple) }
  const folded = normalizeText(text)
  const runs = folded.match(NON_ASCII.test(folded) ? UNICODE_RUN : ASCII_RUN) ?? []
  return { runs, plain: !NEEDS_SPLITTING.test(folded) }
}

/** Receives tokens in order. An object rather than a callback: no closure per post on the hot path. */
export interface TokenSink {
  add(kind: TokenKind, value: string): void
}

/** Feeds each token of the text to `sink`, in order, without building token objects. */
export const forEachToken = (text: string, sink: TokenSink): void => {
  const { runs, plain } = runsOf(text)
  if (plain) {
    for (const run of runs) sink.add('word', run) // no apostrophe, underscore or tag anywhere: plain words
    return
  }
  for (const run of runs) {
    const sigil = run.charCodeAt(0) === 0x23 ? 'hashtag' : run.charCodeAt(0) === 0x40 ? 'mention' : 'word'
    const body = sigil === 'word' ? run : run.slice(1)
    if (!NEEDS_SPLITTING.test(body)) sink.add(sigil, body)
    else addRun(sigil, body, sink)
  }
}

/** A run with apostrophes, underscores or glued sigils: only its first part can be a tag. */
const addRun = (sigil: TokenKind, body: string, sink: TokenSink): void => {
  const [first = '', ...glued] = body.split(GLUED_SIGIL)
  if (sigil !== 'word') sink.add(sigil, first.replaceAll("'", ''))
  else addWords(first, sink)
  for (const part of glued) addWords(part, sink)
}

const addWords = (run: string, sink: TokenSink): void => {
  for (const piece of run.split('_')) {
    const value = piece.includes("'") ? dropElision(piece) : piece
    if (value !== '') sink.add('word', value)
  }
}

const dropElision = (word: string): string => {
  const parts = word.split("'")
  while (parts.length > 1 && ELISIONS.has(parts[0] ?? '')) parts.shift()
  return parts.join('')
}

/**
 * Splits text into normalised tokens (see `normalizeText`). Elided French prefixes are dropped
 * (`l'orange` → `orange`), other apostrophes are removed (`McDonald's` → `mcdonalds`), underscores split
 * plain words, and `#tag` / `@handle` become one hashtag or mention token (not inside an e-mail address).
 */
export const tokenize = (text: string): Token[] => {
  const tokens: Token[] = []
  forEachToken(text, { add: (kind, value) => tokens.push({ kind, value }) })
  return tokens
}

/** The one key a query token asks for: a tag only matches the tag, a word matches words and tag bodies. */
export const tokenKey = (token: Token): string =>
  token.kind === 'hashtag' ? `#${token.value}` : token.kind === 'mention' ? `@${token.value}` : token.value
