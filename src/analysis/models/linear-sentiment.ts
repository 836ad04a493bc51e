import type { Lang, Sentiment, SentimentLabel } from '../../core/index.ts'
import type { FeatureVector } from './features.ts'
import { featurise } from './featurise.ts'
import { logitsOfFeatures, scoreLinear, warmLinearModels } from './linear-scorer.ts'
import type { SentimentModel } from './port.ts'

export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive']

/** A sentiment model that exposes its features and logits, so corrections can adapt it (adaptive-sentiment). */
export interface FeatureSentimentModel extends SentimentModel {
  featurise(text: string, lang: Lang): FeatureVector
  /** raw class scores [negative, neutral, positive] before softmax */
  logits(features: FeatureVector, lang: Lang): Float64Array
}

/** Turns class logits into the Sentiment contract: label = argmax, score = P(pos) − P(neg). */
export const sentimentFromLogits = (logits: Float64Array, lang: Lang): Sentiment => {
  const max = Math.max(logits[0]!, logits[1]!, logits[2]!)
  const e0 = Math.exp(logits[0]! - max)
  const e1 = Math.exp(logits[1]! - max)
  const e2 = Math.exp(logits[2]! - max)
  const sum = e0 + e1 + e2
  const best = e0 >= e1 && e0 >= e2 ? 0 : e2 > e1 ? 2 : 1
  const confidence = Math.max(e0, e1, e2) / sum
  return {
    label: SENTIMENT_LABELS[best]!,
    score: Math.max(-1, Math.min(1, (e2 - e0) / sum)),
    confidence: lang === 'und' ? confidence / 2 : confidence,
  }
}

/** Multinomial logistic regression per language (fr, en), loaded once from the committed model files. */
export const createLinearSentiment = (): FeatureSentimentModel => {
  warmLinearModels()
  return {
    name: 'linear-sentiment',
    featurise,
    logits: (features, lang) => logitsOfFeatures(features, lang).slice(0, 3),
    score: (text, lang) => sentimentFromLogits(scoreLinear(text, lang), lang),
  }
}
