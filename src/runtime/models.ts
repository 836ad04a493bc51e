import {
  createLinearEmotions,
  createLinearSentiment,
  type EmotionModel,
  type SentimentModel,
} from '../analysis/index.ts'

let shared: { sentiment: SentimentModel; emotions: EmotionModel } | undefined

/**
 * The models the product ships (docs/models.md), loaded once per process and shared by every workspace.
 * The analysis step makes the emotions agree with the sentiment it stored (analysis/coupleEmotions), so
 * they are coupled to a workspace's corrected sentiment too.
 */
export const createDefaultModels = (): { sentiment: SentimentModel; emotions: EmotionModel } => {
  if (!shared) {
    const sentiment = createLinearSentiment()
    shared = { sentiment, emotions: createLinearEmotions() }
  }
  return shared
}
