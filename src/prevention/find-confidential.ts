import type { Finding } from './finding.ts'
import {
  CONFIDENTIAL_MARKERS,
  CONFIDENTIAL_SAFE_CONTEXT,
  CONFIDENTIAL_WORDS,
  EMBARGO_MARKERS,
  FIGURE_CUES,
  UNPUBLISHED_FIGURE_MARKERS,
} from './lexicons/confidential-markers.ts'
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts'
import { foldedSet, type Token } from './text-tokens.ts'

type Marker = 'marker' | 'word' | 'embargo' | 'figures'
let markers: PhraseMatcher<Marker> | undefined
export const markerMatcher = () => {
  markers ??= createPhraseMatcher<Marker>([
    ...CONFIDENTIAL_MARKERS.map((text) => ({ text, data: 'marker' as const })),
    ...CONFIDENTIAL_WORDS.map((text) => ({ text, data: 'word' as const })),
    ...EMBARGO_MARKERS.map((text) => ({ text, data: 'embargo' as const })),
    ...UNPUBLISHED_FIGURE_MARKERS.map((text) => ({ text, data: 'figures' as const })),
  ])
  return markers
}

// a workspace's list changes rarely: compiled once per list
const termMatchers = new WeakMap<readonly string[], PhraseMatcher<null>>()
const termMatcher = (terms: readonly string[]) => {
  let m = termMatchers.get(terms)
  if (!m) {
    m = createPhraseMatcher(
      terms.filter((t) => /[\p{L}\p{N}]/u.test(t)).map((text) => ({ text, data: null })),
    )
    termMatchers.set(terms, m)
  }
  return m
}

const SAFE_CONTEXT = foldedSet(CONFIDENTIAL_SAFE_CONTEXT)
const CUES = foldedSet(FIGURE_CUES)
const FIGURE = /\d[\d\s.,]*\s?(?:%|€|\$|£|k€|m€|md€|millions?|milliards?|billions?|bn|m\b|k\b)/iu

const reassures = (tokens: readonly Token[], sentences: readonly number[], at: number) => {
  for (let k = Math.max(0, at - 6); k < at; k++)
    if (sentences[k] === sentences[at] && SAFE_CONTEXT.has(tokens[k]!.norm)) return true
  return false
}

const figureNear = (text: string, tokens: readonly Token[], sentences: readonly number[], at: number) => {
  const from = sentences.indexOf(sentences[at]!)
  const to = sentences.lastIndexOf(sentences[at]!)
  return FIGURE.test(text.slice(tokens[from]!.start, tokens[to]!.end))
}

/** The workspace's confidential terms, confidentiality and embargo markers, and unpublished figures. */
export const findConfidential = (
  text: string,
  tokens: readonly Token[],
  sentences: readonly number[],
  terms: readonly string[],
): Finding[] => {
  const found: Finding[] = []
  const at = (rule: Finding['rule'], h: { start: number; end: number }, severity: Finding['severity']) =>
    found.push({
      kind: 'confidential',
      rule,
      start: h.start,
      end: h.end,
      severity,
      term: text.slice(h.start, h.end),
    })
  if (terms.length > 0) for (const h of termMatcher(terms).find(tokens)) at('confidential_term', h, 'high')
  for (const h of markerMatcher().find(tokens)) {
    if (h.data === 'word' && reassures(tokens, sentences, h.from)) continue
    if (h.data === 'embargo') at('embargo', h, 'high')
    else if (h.data === 'figures') at('unpublished_figures', h, 'high')
    else at('confidential_marker', h, h.data === 'word' ? 'medium' : 'high')
  }
  tokens.forEach((t, k) => {
    if (CUES.has(t.norm) && figureNear(text, tokens, sentences, k)) at('unpublished_figures', t, 'medium')
  })
  return found
}
