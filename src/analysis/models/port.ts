import type { Emotions, Lang, Sentiment } from '../../core/index.ts'

/** Scores the polarity of a short social text in a known language. */
export interface SentimentModel {
  readonly name: string
  score(text: string, lang: Lang): Sentiment
}

/** Scores the six emotions of a short social text in a known language, each in 0..1. */
export interface EmotionModel {
  readonly name: string
  score(text: string, lang: Lang): Emotions
}
