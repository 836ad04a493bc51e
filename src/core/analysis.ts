import { z } from 'zod'
import { Mention } from './mention.ts'
import { CAUSES, EMOTIONS, LANGS, SENTIMENT_LABELS } from './vocabulary.ts'

/** Languages Vigie analyses; anything else is marked `und` (undetermined or unsupported), never guessed. */
export const Lang = z.enum(LANGS)
export type Lang = z.infer<typeof Lang>

export const SentimentLabel = z.enum(SENTIMENT_LABELS)
export type SentimentLabel = z.infer<typeof SentimentLabel>

export const Sentiment = z.object({
  label: SentimentLabel,
  /** -1 (very negative) .. 1 (very positive) */
  score: z.number().min(-1).max(1),
  /** 0..1, how sure the model is of `label` */
  confidence: z.number().min(0).max(1).default(0.5),
})
export type Sentiment = z.infer<typeof Sentiment>

export const EmotionName = z.enum(EMOTIONS)
export type EmotionName = z.infer<typeof EmotionName>
/** Each emotion's intensity in 0..1. */
export const Emotions = z.object({
  anger: z.number().min(0).max(1),
  fear: z.number().min(0).max(1),
  sadness: z.number().min(0).max(1),
  joy: z.number().min(0).max(1),
  surprise: z.number().min(0).max(1),
  disgust: z.number().min(0).max(1),
})
export type Emotions = z.infer<typeof Emotions>

export const Cause = z.enum(CAUSES)
export type Cause = z.infer<typeof Cause>

/** What the analysis pipeline learned about one mention. */
export const Analysis = z.object({
  lang: Lang,
  sentiment: Sentiment,
  emotions: Emotions,
  /** ids of the brand queries the mention matched */
  queries: z.array(z.string()),
  /** true when the author is one of the brand's owned accounts */
  owned: z.boolean(),
  cause: Cause.default('none'),
})
export type Analysis = z.infer<typeof Analysis>

export const AnalyzedMention = Mention.extend({ workspaceId: z.string(), analysis: Analysis })
export type AnalyzedMention = z.infer<typeof AnalyzedMention>

export const neutralEmotions = (): Emotions => ({
  anger: 0,
  fear: 0,
  sadness: 0,
  joy: 0,
  surprise: 0,
  disgust: 0,
})
