import { z } from 'zod'
import { mentionText } from '../analysis/index.ts'
import {
  type AnalyzedMention,
  AppError,
  Id,
  type Sentiment,
  SentimentLabel,
  systemClock,
} from '../core/index.ts'
import type { ApiContext } from './context.ts'

export const CorrectionInput = z.object({
  workspaceId: Id,
  mentionId: z.string().min(1).max(500),
  label: SentimentLabel,
  by: z.string().trim().min(1).max(100).optional(),
})
export type CorrectionInput = z.input<typeof CorrectionInput>

/** A corrected label is certain; the score keeps the model's strength when it had one. */
const correctedSentiment = (label: SentimentLabel, previous: Sentiment): Sentiment => {
  const sign = label === 'positive' ? 1 : label === 'negative' ? -1 : 0
  return { label, score: sign * Math.max(0.5, Math.abs(previous.score)), confidence: 1 }
}

/**
 * An analyst sets a mention's sentiment: the mention shows it at once, the correction is kept for the
 * workspace's model, and the runtime is told so that model re-learns. Returns the updated mention.
 */
export const correctSentiment = async ({
  ctx,
  input,
}: {
  ctx: Pick<ApiContext, 'store' | 'onCorrection' | 'clock'>
  input: CorrectionInput
}): Promise<AnalyzedMention> => {
  const { workspaceId, mentionId, label, by } = CorrectionInput.parse(input)
  const mention = await ctx.store.getMention(workspaceId, mentionId)
  if (!mention) throw new AppError('not_found', `no mention ${mentionId} in workspace ${workspaceId}`)
  const sentiment = correctedSentiment(label, mention.analysis.sentiment)
  await ctx.store.setMentionSentiment(workspaceId, mentionId, sentiment)
  await ctx.store.saveCorrection({
    workspaceId,
    mentionId,
    label,
    // what the model read when it scored the mention, so it learns from the same input
    text: mentionText(mention),
    lang: mention.analysis.lang,
    ...(by !== undefined && { by }),
    at: (ctx.clock ?? systemClock).now(),
  })
  await ctx.onCorrection?.(workspaceId)
  return { ...mention, analysis: { ...mention.analysis, sentiment } }
}
