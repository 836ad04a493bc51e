import { normalizeHandle, normalizeText } from './normalize-text.ts'
import { invalidQuery } from './query-error.ts'
import type { QueryNode } from './query-node.ts'
import { tokenize, tokenKey } from './tokenize.ts'

const LANG_CODE = /^[a-z]{2,3}(-[a-z0-9]+)*$/
const WILDCARD_BODY = /^[\p{L}\p{N}_*?]+$/u
/** Shorter prefixes would make `a*` match half the vocabulary of every post. */
export const MIN_WILDCARD_PREFIX = 2

/** Turns one bare word of a query into a node: `from:`, `lang:`, a wildcard, a term or a phrase. */
export const parseWord = (text: string, at: number): QueryNode => {
  const lower = text.toLowerCase()
  if (lower.startsWith('from:')) return parseFrom(text.slice(5), at)
  if (lower.startsWith('lang:')) return parseLang(lower.slice(5), at)
  if (text.includes('*') || text.includes('?')) return parseWildcard(text, at)
  return parseWords(text, at, `nothing to match in "${text}"`)
}

/** Words of a phrase or a term; a term that tokenises into several words becomes a phrase. */
export const parseWords = (text: string, at: number, emptyReason: string): QueryNode => {
  const keys = tokenize(text).map(tokenKey)
  const [first] = keys
  if (first === undefined) throw invalidQuery(at, emptyReason)
  return keys.length === 1 ? { kind: 'term', key: first, at } : { kind: 'phrase', keys, at }
}

const parseFrom = (handle: string, at: number): QueryNode => {
  const normalized = normalizeHandle(handle)
  if (normalized === '' || /\s/.test(normalized))
    throw invalidQuery(at, 'from: needs a handle, e.g. from:orange')
  return { kind: 'from', handle: normalized, at }
}

const parseLang = (code: string, at: number): QueryNode => {
  if (!LANG_CODE.test(code)) throw invalidQuery(at, 'lang: needs a language code, e.g. lang:fr')
  return { kind: 'lang', lang: code, at }
}

const parseWildcard = (text: string, at: number): QueryNode => {
  const sigil = text.startsWith('#') || text.startsWith('@') ? text.slice(0, 1) : ''
  const body = normalizeText(text.slice(sigil.length))
  if (!WILDCARD_BODY.test(body)) {
    throw invalidQuery(at, 'a wildcard must be one word: letters and digits with * or ?')
  }
  const literal = body.slice(0, body.search(/[*?]/))
  if (literal.length < MIN_WILDCARD_PREFIX) {
    throw invalidQuery(at, `a wildcard needs at least ${MIN_WILDCARD_PREFIX} letters before * or ?`)
  }
  return { kind: 'wildcard', pattern: sigil + body.replace(/\*+/g, '*'), prefix: sigil + literal, at }
}
