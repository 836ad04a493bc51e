import type { AnalyzedMention } from '../core/index.ts'

/** How many people a post may have reached: its author's audience plus what its engagement carried. */
export const reachOf = (m: AnalyzedMention): number => {
  const metrics = m.metrics
  const engagement = metrics ? metrics.reposts * 50 + metrics.replies * 5 + metrics.likes : 0
  return (m.author.followers ?? 0) + engagement
}

export const isNegative = (m: AnalyzedMention): boolean => m.analysis.sentiment.label === 'negative'

/**
 * Anger, disgust or fear is the post's dominant emotion (and a clear one): the emotions of a crisis.
 * Sadness and surprise are not enough; dominance, not a fixed level, so that models that score every
 * emotion high do not make every post harsh. A post read as positive is never harsh: where the emotion
 * and polarity models disagree, polarity wins (it is the more reliable of the two).
 */
export const isHarsh = (m: AnalyzedMention): boolean => {
  if (m.analysis.sentiment.label === 'positive') return false
  const e = m.analysis.emotions
  const harsh = Math.max(e.anger, e.disgust, e.fear)
  return harsh >= 0.3 && harsh >= Math.max(e.joy, e.sadness, e.surprise)
}

/** Keeps the `size` mentions of largest reach seen, in descending order (cheap for small sizes). */
export const keepTop = (top: AnalyzedMention[], m: AnalyzedMention, size: number): void => {
  const r = reachOf(m)
  if (top.length >= size && reachOf(top[top.length - 1]!) >= r) return
  let i = top.length
  while (i > 0 && reachOf(top[i - 1]!) < r) i--
  // shifted by hand: `splice` returns an array of what it removed, garbage for every kept mention
  top.push(m)
  for (let j = top.length - 1; j > i; j--) top[j] = top[j - 1]!
  top[i] = m
  if (top.length > size) top.pop()
}
