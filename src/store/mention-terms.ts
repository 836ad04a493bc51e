import { STOPWORDS } from '../core/index.ts'
import { foldLigatures } from './ligatures.ts'
import type { TopCount } from './port.ts'

const LINK = /\b(?:https?:\/\/|www\.)\S+/giu
// a word, a #hashtag or an @handle; an apostrophe or a dash ends a word (l'usine → l, usine)
const TOKEN = /[#@]?[\p{L}\p{N}_]+/gu
const MIN_TERM_LETTERS = 3

/** Lower case, accents and ligatures spelled out: how terms are counted and shown. */
const fold = (text: string): string =>
  foldLigatures(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const isTerm = (word: string): boolean =>
  word.length >= MIN_TERM_LETTERS && !STOPWORDS.has(word) && !/^[\d_]+$/u.test(word)

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1)

/** The `top` most counted keys, ties in alphabetical order so that the answer is stable. */
export const topOf = (counts: ReadonlyMap<string, number>, top: number): TopCount[] =>
  [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, top)
    .map(([key, count]) => ({ key, count }))

/**
 * Terms and hashtags of these posts (title and text), each counted once per post in which it appears:
 * a word repeated in one post, or a thread of one author, does not outweigh many voices.
 */
export const countTerms = (
  posts: Iterable<{ title: string | null; text: string }>,
): { terms: Map<string, number>; hashtags: Map<string, number> } => {
  const terms = new Map<string, number>()
  const hashtags = new Map<string, number>()
  for (const post of posts) {
    const seen = new Set<string>()
    const folded = fold(`${post.title ?? ''} ${post.text}`).replace(LINK, ' ')
    for (const [token] of folded.matchAll(TOKEN)) {
      if (seen.has(token)) continue
      seen.add(token)
      if (token.startsWith('#')) bump(hashtags, token)
      else if (!token.startsWith('@') && isTerm(token)) bump(terms, token)
    }
  }
  return { terms, hashtags }
}
