import { CAUSES, type Cause, type Lang } from '../../core/index.ts'
import { TokenKind, tokeniseShared } from '../models/index.ts'
import { CAUSE_TERMS } from './cause-keywords.ts'

export interface CauseResult {
  cause: Cause
  /** 0..1: share of the evidence for the winning cause, damped when the evidence is thin */
  confidence: number
  /** the cue terms found for the winning cause */
  terms: string[]
}

type Scored = Exclude<Cause, 'none'>
interface Term {
  words: string[]
  cause: Scored
  text: string
  weight: number
}

/** Light plural folding, the same on terms and texts: "rappels" → "rappel" (not -x: "intox" ≠ "into"). */
const stem = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)
const words = (text: string): string[] => {
  const out: string[] = []
  for (const t of tokeniseShared(text)) if (t.kind === TokenKind.Word) out.push(stem(t.text))
  return out
}

/** Terms indexed by their first word: a text is scanned once, looking up each of its words. */
const buildIndex = (): Map<string, Term[]> => {
  const index = new Map<string, Term[]>()
  for (const [cause, list] of Object.entries(CAUSE_TERMS) as [Scored, string][]) {
    for (const entry of list.split(/\s+/).filter((e) => e.length > 0)) {
      const mark = entry.at(-1)
      const factor = mark === '!' ? 2 : mark === '~' ? 0.5 : 1
      const phrase = (factor === 1 ? entry : entry.slice(0, -1)).replaceAll('_', ' ')
      const termWords = words(phrase)
      const first = termWords[0]
      if (first === undefined) continue
      const terms = index.get(first) ?? []
      if (!terms.some((t) => t.cause === cause && t.text === phrase))
        terms.push({ words: termWords, cause, text: phrase, weight: termWords.length * factor })
      index.set(first, terms)
    }
  }
  return index
}
const index = buildIndex()

const matchesAt = (text: readonly string[], at: number, term: Term): boolean => {
  for (let k = 0; k < term.words.length; k++) if (text[at + k] !== term.words[k]) return false
  return true
}

/** Sums the cue weights per cause over one or more texts. */
const collectEvidence = (texts: readonly string[]) => {
  const scores = new Map<Scored, { score: number; terms: Set<string> }>()
  for (const text of texts) {
    const tokens = words(text.length > 20_000 ? text.slice(0, 20_000) : text)
    for (let i = 0; i < tokens.length; i++)
      for (const term of index.get(tokens[i]!) ?? []) {
        if (!matchesAt(tokens, i, term)) continue
        const entry = scores.get(term.cause) ?? { score: 0, terms: new Set<string>() }
        entry.score += term.weight
        entry.terms.add(term.text)
        scores.set(term.cause, entry)
      }
  }
  return scores
}

const decide = (scores: ReturnType<typeof collectEvidence>): CauseResult => {
  let best: Scored | undefined
  let total = 0
  for (const cause of CAUSES) {
    if (cause === 'none') continue
    const s = scores.get(cause)?.score ?? 0
    total += s
    if (s > 0 && (best === undefined || s > scores.get(best)!.score)) best = cause
  }
  if (best === undefined) return { cause: 'none', confidence: 0.5, terms: [] }
  const { score, terms } = scores.get(best)!
  return { cause: best, confidence: (score / total) * (1 - Math.exp(-score)), terms: [...terms] }
}

/**
 * Cause of a crisis mention from FR/EN cue terms, accent- and case-insensitive. Both languages' terms
 * are tried whatever `lang` says: mentions mix languages and brand vocabulary is often English.
 */
export const classifyCause = (text: string, _lang: Lang): CauseResult => decide(collectEvidence([text]))

/** The causes that can win, in the order `decide` tries them, and each one's place in `causeScores`. */
const SCORED = CAUSES.filter((c): c is Scored => c !== 'none')
const scoredIndex = new Map(SCORED.map((c, k) => [c, k]))
const causeScores = new Float64Array(SCORED.length)

/**
 * `classifyCause(text, lang).cause` without the confidence and cue terms (the pipeline's question): the same
 * sums in the same order, kept in one reused array.
 */
export const causeOfText = (text: string): Cause => {
  causeScores.fill(0)
  const tokens = words(text.length > 20_000 ? text.slice(0, 20_000) : text)
  for (let i = 0; i < tokens.length; i++) {
    const terms = index.get(tokens[i]!)
    if (terms === undefined) continue
    for (const term of terms)
      if (matchesAt(tokens, i, term)) causeScores[scoredIndex.get(term.cause)!]! += term.weight
  }
  let best = -1
  for (let k = 0; k < SCORED.length; k++) {
    const s = causeScores[k]!
    if (s > 0 && (best < 0 || s > causeScores[best]!)) best = k
  }
  return best < 0 ? 'none' : SCORED[best]!
}

/** Cause of a cluster of mentions (e.g. one incident): the evidence of all texts, pooled. */
export const classifyCluster = (texts: readonly string[]): CauseResult => decide(collectEvidence(texts))
