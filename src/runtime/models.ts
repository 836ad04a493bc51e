import {
  createLinearEmotions,
  createLinearSentiment,
  type EmotionModel,
  type SentimentModel,
} from '../analysis/index.ts'

let shared: { sentiment: SentimentModel; emotions: EmotionModel } | undefined

/** The models the product ships (trained linear models, docs/models.md), loaded once per process and shared by every workspace. */
export const createDefaultModels = (): { sentiment: SentimentModel; emotions: EmotionModel } => {
  shared ??= { sentiment: createLinearSentiment(), emotions: createLinearEmotions() }
  return shared
}
