import type { Lang, Sentiment, SentimentLabel } from '../../core/index.ts'
import { HASH_SIZE } from './features.ts'
import { type FeatureSentimentModel, SENTIMENT_LABELS, sentimentFromLogits } from './linear-sentiment.ts'
import { normaliseText } from './normalise-text.ts'
import type { SentimentModel } from './port.ts'

/** An analyst's correction of one mention's sentiment, stored per workspace by the caller. */
export interface SentimentCorrection {
  text: string
  lang: Lang
  label: SentimentLabel
}

const EPOCHS = 30
const LEARNING_RATE = 0.5
/** shrinks the delta towards zero so a few corrections nudge, not rewrite, the base model */
const L2 = 1e-3

/**
 * A workspace's model: the frozen base plus a sparse weight delta trained on that workspace's corrections
 * (logits = base + delta), and an exact override for the corrected texts themselves. The base model is
 * shared and never modified, so other workspaces are unaffected and the delta can be dropped or rebuilt.
 */
export const createAdaptiveSentiment = (
  base: FeatureSentimentModel,
  corrections: readonly SentimentCorrection[],
): SentimentModel => {
  const exact = new Map(corrections.map((c) => [`${c.lang}\u0000${normaliseText(c.text)}`, c.label]))
  const delta = trainDelta(base, corrections)
  const score = (text: string, lang: Lang): Sentiment => {
    const features = base.featurise(text, lang)
    const logits = base.logits(features, lang)
    for (let k = 0; k < features.n; k++) {
      const d = delta.get(features.idx[k]!)
      if (d !== undefined) for (let c = 0; c < 3; c++) logits[c]! += d[c]! * features.val[k]!
    }
    const fixed = exact.get(`${lang}\u0000${normaliseText(text)}`)
    if (fixed === undefined) return sentimentFromLogits(logits, lang)
    const sign = fixed === 'positive' ? 1 : fixed === 'negative' ? -1 : 0
    return {
      label: fixed,
      score: sign * Math.max(0.5, Math.abs(sentimentFromLogits(logits, lang).score)),
      confidence: 1,
    }
  }
  return { name: `${base.name}+${corrections.length}-corrections`, score }
}

/** Logistic-loss SGD on the corrections only, updating the delta (the base's weights stay frozen). */
const trainDelta = (base: FeatureSentimentModel, corrections: readonly SentimentCorrection[]) => {
  const delta = new Map<number, Float64Array>()
  const examples = corrections.map((c) => ({
    features: base.featurise(c.text, c.lang),
    baseLogits: base.logits(base.featurise(c.text, c.lang), c.lang),
    target: SENTIMENT_LABELS.indexOf(c.label),
  }))
  for (let epoch = 0; epoch < EPOCHS; epoch++)
    for (const { features, baseLogits, target } of examples) {
      const logits = Float64Array.from(baseLogits)
      for (let k = 0; k < features.n; k++) {
        const d = delta.get(features.idx[k]!)
        if (d !== undefined) for (let c = 0; c < 3; c++) logits[c]! += d[c]! * features.val[k]!
      }
      const p = softmax(logits)
      for (let k = 0; k < features.n; k++) {
        const f = features.idx[k]!
        // only n-gram weights adapt: a dense (bias, lexicon) delta would shift every text of the workspace
        if (f >= HASH_SIZE) continue
        const d = delta.get(f) ?? new Float64Array(3)
        delta.set(f, d)
        for (let c = 0; c < 3; c++) {
          const y = c === target ? 1 : 0
          d[c]! -= LEARNING_RATE * ((p[c]! - y) * features.val[k]! + L2 * d[c]!)
        }
      }
    }
  return delta
}

const softmax = (logits: Float64Array): Float64Array => {
  const max = Math.max(...logits)
  const e = logits.map((x) => Math.exp(x - max))
  const sum = e.reduce((a, b) => a + b, 0)
  return e.map((x) => x / sum)
}
