import {
  createAdaptiveSentiment,
  createLinearSentiment,
  type FeatureSentimentModel,
  type SentimentModel,
} from '../analysis/index.ts'
import type { Lang, SentimentLabel } from '../core/index.ts'
import { createDefaultModels } from './models.ts'

/**
 * Adapting retrains on every correction (about 1 ms each, on the request path): beyond this many, only the
 * most recent are used, so a correction never blocks the process for more than about a second.
 */
export const MAX_CORRECTIONS_LEARNED = 1000

let base: FeatureSentimentModel | undefined

/** The linear model every workspace's corrections adapt: loaded once, shared, never modified. */
export const baseSentiment = (): FeatureSentimentModel => {
  base ??= createLinearSentiment()
  return base
}

/** What the model learns from a correction: plain data, so it can be sent to an analysis worker. */
export interface LearnedCorrection {
  text: string
  lang: Lang
  label: SentimentLabel
}

/** A workspace's sentiment model: the shipped one, or the base adapted to the workspace's corrections. */
export const sentimentForWorkspace = (corrections: readonly LearnedCorrection[]): SentimentModel => {
  if (corrections.length === 0) return createDefaultModels().sentiment
  const recent = corrections.slice(-MAX_CORRECTIONS_LEARNED)
  return createAdaptiveSentiment(
    baseSentiment(),
    recent.map(({ text, lang, label }) => ({ text, lang, label })),
  )
}
