import { getLexicons } from './load-lexicons.ts'
import { type Tokens, tokenize } from './tokenize.ts'

let last: { text: string; tokens: Tokens } | undefined

/**
 * The tokens of a text, kept for the last text: language detection, sentiment and emotions read the same text
 * in turn, so it is split once. Callers must not modify the result.
 */
export const tokensOf = (text: string): Tokens => {
  if (last?.text !== text) last = { text, tokens: tokenize(text, getLexicons().emoticons) }
  return last.tokens
}
