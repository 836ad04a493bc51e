import { createRequire } from 'node:module'
import Sentiment from 'sentiment'

/** The two usual npm lexicon scorers, as 0 negative / 1 neutral / 2 positive with their usual cut-offs. */
export interface Baseline {
  name: string
  predict(text: string): number
}

interface Vader {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } }
}
// vader-sentiment ships no types
const vader = createRequire(import.meta.url)('vader-sentiment') as Vader

export const createBaselines = (): Baseline[] => {
  const afinn = new Sentiment()
  return [
    {
      name: 'sentiment (AFINN)',
      predict: (text) => {
        const score = afinn.analyze(text).score
        return score > 0 ? 2 : score < 0 ? 0 : 1
      },
    },
    {
      name: 'vader-sentiment',
      predict: (text) => {
        const compound = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound
        return compound >= 0.05 ? 2 : compound <= -0.05 ? 0 : 1
      },
    },
  ]
}
