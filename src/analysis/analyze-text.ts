import type { Emotions, Lang, SentimentLabel } from '../core/index.ts'
import { detectLang } from './detect-language.ts'
import { createLexiconEmotions } from './lexicon/lexicon-emotions.ts'
import { createLexiconSentiment } from './lexicon/lexicon-sentiment.ts'
import { coupleEmotions } from './models/couple-emotions.ts'
import type { EmotionModel, SentimentModel } from './models/port.ts'

export interface TextAnalysis {
  lang: Lang
  sentiment: { label: SentimentLabel; score: number }
  emotions: Emotions
}

let defaults: { sentiment: SentimentModel; emotions: EmotionModel } | undefined

/** One text's language, sentiment and emotions: what `vigie analyze` writes per row. */
export const analyzeText = (
  text: string,
  lang: 'auto' | 'fr' | 'en',
  models?: { sentiment?: SentimentModel; emotions?: EmotionModel },
): TextAnalysis => {
  defaults ??= { sentiment: createLexiconSentiment(), emotions: createLexiconEmotions() }
  const resolved = lang === 'auto' ? detectLang(text) : lang
  const sentiment = (models?.sentiment ?? defaults.sentiment).score(text, resolved)
  const emotions = (models?.emotions ?? defaults.emotions).score(text, resolved)
  return {
    lang: resolved,
    sentiment: { label: sentiment.label, score: sentiment.score },
    emotions: coupleEmotions(emotions, sentiment), // emotions agree with the sentiment, as in the pipeline
  }
}
