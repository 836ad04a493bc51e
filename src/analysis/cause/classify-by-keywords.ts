import type { Cause } from '../../core/index.ts'
import { addCueEvidence, causeWords, SCORED_CAUSES } from './cue-evidence.ts'

export interface CauseResult {
  cause: Cause
  /** 0..1: how sure the classifier is of `cause` (see each classifier) */
  confidence: number
  /** words of the text that speak for `cause` (cue terms first); empty for `none` */
  terms: string[]
}

/**
 * The first classifier, kept as the baseline the learnt model is measured against (eval "Crisis cause"):
 * the cause with the most cue-term weight wins, `none` when no cue is found. Confidence is the winner's
 * share of the evidence, damped when the evidence is thin.
 */
export const classifyByKeywords = (texts: readonly string[]): CauseResult => {
  const scores = new Float64Array(SCORED_CAUSES.length)
  const found = SCORED_CAUSES.map(() => new Set<string>())
  for (const text of texts) addCueEvidence(causeWords(text), scores, found)
  let best = -1
  let total = 0
  for (let k = 0; k < scores.length; k++) {
    total += scores[k]!
    if (scores[k]! > 0 && (best < 0 || scores[k]! > scores[best]!)) best = k
  }
  if (best < 0) return { cause: 'none', confidence: 0.5, terms: [] }
  const score = scores[best]!
  return {
    cause: SCORED_CAUSES[best]!,
    confidence: (score / total) * (1 - Math.exp(-score)),
    terms: [...found[best]!],
  }
}
