import type { Row } from './read-datasets.ts'

const NEGATIVE = ['anger', 'disgust', 'fear', 'sadness']
const POSITIVE = ['joy', 'trust']

/**
 * Sentiment labels implied by emotion annotations (GoEmotions, XED): used as extra, down-weighted
 * training rows. Ambiguous rows (surprise alone, mixed polarity) give none.
 */
export const weakSentiment = (row: Row): number | undefined => {
  const labels = row.rawLabels ?? []
  if (row.dataset === 'tweeteval-emotion-semeval2018') return undefined
  if (labels.length === 1 && labels[0] === 'neutral') return 1
  const negative = labels.some((l) => NEGATIVE.includes(l))
  const positive = labels.some((l) => POSITIVE.includes(l))
  if (negative === positive) return undefined
  return negative ? 0 : 2
}
