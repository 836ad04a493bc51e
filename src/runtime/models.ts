import {
  createLinearEmotions,
  createLinearSentiment,
  type EmotionModel,
  type SentimentModel,
} from '../analysis/index.ts'
import type { Emotions } from '../core/index.ts'

let shared: { sentiment: SentimentModel; emotions: EmotionModel } | undefined

/**
 * French emotions are damped by how sure the sentiment model is that the text is neutral: the French emotion
 * model learned from subtitles that always carry an emotion (XED has no neutral line), so on its own it finds
 * anger in 89 % of neutral tweets; gated, 31 %, with the same XED-fr macro-F1 (`npm run eval -- emotions`).
 */
const createShippedEmotions = (sentiment: SentimentModel): EmotionModel => {
  const linear = createLinearEmotions()
  return {
    name: `${linear.name}, French gated by sentiment`,
    score(text, lang) {
      const emotions = linear.score(text, lang)
      if (lang !== 'fr') return emotions
      const s = sentiment.score(text, lang)
      const gate = s.label === 'neutral' ? 1 - s.confidence : 1
      if (gate === 1) return emotions
      const gated = { ...emotions }
      for (const key of Object.keys(gated) as (keyof Emotions)[]) gated[key] *= gate
      return gated
    },
  }
}

/** The models the product ships (docs/models.md), loaded once per process and shared by every workspace. */
export const createDefaultModels = (): { sentiment: SentimentModel; emotions: EmotionModel } => {
  if (!shared) {
    const sentiment = createLinearSentiment()
    shared = { sentiment, emotions: createShippedEmotions(sentiment) }
  }
  return shared
}
