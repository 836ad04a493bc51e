import { createLexiconEmotions, createLexiconSentiment, type SentimentModel } from '../analysis/index.ts'
import type { Lang } from '../core/index.ts'
import type { Finding } from './finding.ts'
import { OWNS_UP, QUOTED } from './quoted-complaint.ts'
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
  // an apology or a complaint acknowledged is negative about ourselves, not hostile to the reader
  if (OWNS_UP.test(text)) return []
  models ??= { sentiment: createLexiconSentiment(), emotions: createLexiconEmotions() }
  const scoreLang = lang === 'und' ? 'en' : lang
  // the complainant's words quoted back are theirs: « Vous êtes des voleurs », c'est dur à lire…
  const own = text.replace(QUOTED, ' ')
  const polarity = (sentiment ?? models.sentiment).score(own, scoreLang)
  if (polarity.score > HARSH_SCORE) return []
  const emotions = models.emotions.score(own, scoreLang)
  if (emotions.anger < HARSH_EMOTION && emotions.disgust < HARSH_EMOTION) return []
  return [{ kind: 'aggressive_tone', rule: 'harsh_tone', start: 0, end: text.length, severity: 'low' }]
}
