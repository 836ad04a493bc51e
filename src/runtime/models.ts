import {
  createLexiconEmotions,
  createLexiconSentiment,
  type EmotionModel,
  type SentimentModel,
} from '../analysis/index.ts'

let shared: { sentiment: SentimentModel; emotions: EmotionModel } | undefined

/** The models the product ships, loaded once per process and shared by every workspace. */
export const createDefaultModels = (): { sentiment: SentimentModel; emotions: EmotionModel } => {
  shared ??= { sentiment: createLexiconSentiment(), emotions: createLexiconEmotions() }
  return shared
}
