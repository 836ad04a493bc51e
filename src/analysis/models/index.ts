export { createAdaptiveSentiment, type SentimentCorrection } from './adaptive-sentiment.ts'
export { ABSENT_AT, coupleEmotions, createCoupledEmotions, FULL_AT, polarityOf } from './couple-emotions.ts'
export {
  DENSE_SIZE,
  FEATURE_SIZE,
  FeatureBuilder,
  HASH_SIZE,
  hashString,
  mix,
} from './feature-builder.ts'
export type { FeatureVector } from './features.ts'
export { createLinearEmotions } from './linear-emotions.ts'
export { createLinearSentiment, type FeatureSentimentModel } from './linear-sentiment.ts'
export { normaliseText, textKey } from './normalise-text.ts'
export type { EmotionModel, SentimentModel } from './port.ts'
export { softmaxInPlace } from './softmax.ts'
export { type Token, TokenKind, tokenise, tokeniseShared } from './tokenise.ts'
