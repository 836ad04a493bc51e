import type { BrandQuery } from '../core/index.ts'
import { foldText } from './fold-text.ts'

const OPERATORS = new Set(['and', 'or', 'not', 'near'])

/**
 * The words a brand query and its brand name are made of, folded: they are in every matching post, so they
 * say nothing of what a post is about. A wildcard `telecom*` gives a prefix.
 */
export const queryWords = (query: BrandQuery): { words: Set<string>; prefixes: string[] } => {
  const words = new Set<string>()
  const prefixes: string[] = []
  const bare = query.query.replace(/\b(?:from|lang):\S+/gi, ' ').replace(/[()"]/g, ' ')
  const text = `${query.brand} ${bare} ${query.owned.join(' ')}`
  for (const raw of text.split(/\s+/)) {
    const prefix = raw.endsWith('*')
    for (const w of foldText(raw.replace(/\*$/, '')).trim().split(' ')) {
      const word = w.replace(/^[#@]+/, '')
      if (word.length < 2 || OPERATORS.has(word) || /^near\d*$/.test(word)) continue
      if (prefix) prefixes.push(word)
      else words.add(word)
    }
  }
  return { words, prefixes }
}
