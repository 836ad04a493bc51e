import { invalidQuery } from './query-error.ts'

/** The pieces of a query text, each with its 0-based offset. */
export type Lexeme =
  | { readonly type: 'open' | 'close' | 'and' | 'or' | 'not' | 'minus' | 'end'; readonly at: number }
  | { readonly type: 'word' | 'phrase'; readonly text: string; readonly at: number }
  | { readonly type: 'near'; readonly distance: number; readonly at: number }

/** The largest NEAR distance: beyond it "near" means little and posts are rarely that long. */
export const MAX_NEAR = 100
/** Straight, curly and French quotes all open and close a phrase. */
const QUOTES = new Set(['"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e'])
const SPACE = /\s/
const KEYWORDS = { AND: 'and', OR: 'or', NOT: 'not' } as const

const endsWord = (c: string): boolean => SPACE.test(c) || c === '(' || c === ')' || QUOTES.has(c)

/** Splits a query into lexemes; throws `AppError('invalid')` on an unclosed quote or a bad NEAR. */
export const lexQuery = (text: string): Lexeme[] => {
  const lexemes: Lexeme[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i] ?? ''
    if (SPACE.test(c)) i++
    else if (c === '(' || c === ')') lexemes.push({ type: c === '(' ? 'open' : 'close', at: i++ })
    else if (c === '-') lexemes.push({ type: 'minus', at: i++ })
    else if (QUOTES.has(c)) i = lexPhrase(text, i, lexemes)
    else i = lexWord(text, i, lexemes)
  }
  lexemes.push({ type: 'end', at: text.length })
  return lexemes
}

const lexPhrase = (text: string, start: number, out: Lexeme[]): number => {
  let end = start + 1
  while (end < text.length && !QUOTES.has(text[end] ?? '')) end++
  if (end >= text.length) throw invalidQuery(start, 'unclosed quote')
  out.push({ type: 'phrase', text: text.slice(start + 1, end), at: start })
  return end + 1
}

const lexWord = (text: string, start: number, out: Lexeme[]): number => {
  let end = start
  while (end < text.length && !endsWord(text[end] ?? '')) end++
  const word = text.slice(start, end)
  if (word === 'AND' || word === 'OR' || word === 'NOT') out.push({ type: KEYWORDS[word], at: start })
  else if (word.startsWith('NEAR')) out.push(lexNear(word, start))
  else out.push({ type: 'word', text: word, at: start })
  return end
}

const lexNear = (word: string, at: number): Lexeme => {
  const distance = /^NEAR\/(\d{1,4})$/.exec(word)?.[1]
  if (word !== 'NEAR' && !word.startsWith('NEAR/')) return { type: 'word', text: word, at }
  if (distance === undefined) throw invalidQuery(at, 'NEAR needs a number: NEAR/3')
  const n = Number(distance)
  if (n < 1 || n > MAX_NEAR) throw invalidQuery(at, `NEAR distance must be between 1 and ${MAX_NEAR}`)
  return { type: 'near', distance: n, at }
}
