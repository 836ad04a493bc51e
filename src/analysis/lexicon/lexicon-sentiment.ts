import type { Lang, Sentiment, SentimentLabel } from '../../core/index.ts'
import type { SentimentModel } from '../models/port.ts'
import { scoreText } from './score-text.ts'

/** VADER's normalisation constant: x / sqrt(x² + α) maps a valence sum into −1..1. */
const ALPHA = 15
/** Scores within ±NEUTRAL_BAND are neutral: one weak word (FEEL's binary ±1 gives ±0.25) is not enough. */
export const NEUTRAL_BAND = 0.2

const toLabel = (score: number): SentimentLabel =>
  score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral'

/** Heuristic: polar labels grow surer with |score|; neutral is surest when nothing polar was seen. */
const toConfidence = (score: number, hits: number): number => {
  const magnitude = Math.abs(score)
  if (magnitude >= NEUTRAL_BAND) return Math.min(0.95, 0.5 + magnitude / 2)
  if (hits === 0) return 0.6
  return Math.max(0.3, 0.55 - magnitude)
}

const round = (n: number): number => Math.round(n * 1000) / 1000

/**
 * A first, rule-based sentiment model over the VADER, AFINN and FEEL lexicons (French and English): negation,
 * boosters, elisions, emoji, elongation, caps, `!` and but/mais weighting. Trained models replace it later.
 */
export const createLexiconSentiment = (): SentimentModel => ({
  name: 'lexicon',
  score(text: string, lang: Lang): Sentiment {
    const { valence, hits } = scoreText(text, lang)
    const score = round(Math.max(-1, Math.min(1, valence / Math.sqrt(valence * valence + ALPHA))))
    return { label: toLabel(score), score, confidence: round(toConfidence(score, hits)) }
  },
})
