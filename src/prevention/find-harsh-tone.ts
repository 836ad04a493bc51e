import { createLexiconEmotions, createLexiconSentiment, type SentimentModel } from '../analysis/index.ts'
import type { Lang } from '../core/index.ts'
import type { Finding } from './finding.ts'
import { addressesSomeone } from './targets.ts'
import type { Token } from './text-tokens.ts'

/** Strongly negative: the analysis models' sentiment score at or below this, with anger or disgust. */
export const HARSH_SCORE = -0.7
export const HARSH_EMOTION = 0.45

let models: { sentiment: SentimentModel; emotions: ReturnType<typeof createLexiconEmotions> } | undefined

/**
 * The overall tone, read by the analysis models: a strongly negative and angry draft that addresses someone
 * is flagged once, over its whole text, when no insult or aggressive phrase already explains it (a warning
 * about scammers or an account of vandalism is negative too, but aimed at no reader).
 */
export const findHarshTone = (
  text: string,
  tokens: readonly Token[],
  lang: Lang,
  sentiment?: SentimentModel,
): Finding[] => {
  if (!addressesSomeone(text, tokens)) return []
  models ??= { sentiment: createLexiconSentiment(), emotions: createLexiconEmotions() }
  const scoreLang = lang === 'und' ? 'en' : lang
  const polarity = (sentiment ?? models.sentiment).score(text, scoreLang)
  if (polarity.score > HARSH_SCORE) return []
  const emotions = models.emotions.score(text, scoreLang)
  if (emotions.anger < HARSH_EMOTION && emotions.disgust < HARSH_EMOTION) return []
  return [{ kind: 'aggressive_tone', rule: 'harsh_tone', start: 0, end: text.length, severity: 'low' }]
}
