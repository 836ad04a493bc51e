import type { DetectorKind } from '../core/index.ts'

/** Each detector's 0..1 score for one bucket (a missing one counts as 0). */
export type DetectorScores = Partial<Record<DetectorKind, number>>

export interface CrisisScore {
  /** 0..100 */
  score: number
  /** is something blowing up (volume, or one post spreading)? 0..1 */
  intensity: number
  /** is it bad (negative shift, crisis vocabulary)? 0..1 */
  tone: number
  /** the hours without crisis terms heard, when that weighed the score down (`lexicon.withinHours`) */
  unheard?: number
}

/** what the score counts for while no crisis terms were heard within `lexicon.withinHours` */
const UNHEARD_WEIGHT = 0.75

const clamp01 = (x: number) => Math.max(0, Math.min(1, x))

/**
 * Crosses the detectors into one score. A crisis needs both *it goes viral* (intensity) and
 * *others speak ill in your place* (tone): intensity alone reaches at most 35 (watch), so a
 * positive viral post or a campaign stays a watch. Influential voices and the brand's silence
 * add weight only when the tone is bad; posts by the brand itself (a campaign) weigh it down.
 * An emerging topic (many new voices sharing new words, weighed by how bad they read) is evidence of both:
 * something spreads, and it is bad, even when neither the volume nor the query's overall tone moves.
 * `unheardHours` (no crisis terms heard for that long) makes the score count for three quarters.
 */
export const scoreCrisis = (s: DetectorScores, othersShare = 1, unheardHours?: number): CrisisScore => {
  // volume and one post spreading are separate evidence of the same thing: they add up (noisy-OR)
  const topic = s.emerging_topic ?? 0
  const intensity = 1 - (1 - (s.volume ?? 0)) * (1 - 0.9 * (s.virality ?? 0)) * (1 - topic)
  const tone = Math.max(s.negative_share ?? 0, 0.8 * (s.lexicon ?? 0), topic)
  const base = intensity * (0.35 + 0.65 * tone)
  const boost = tone * intensity * (0.15 * (s.influence ?? 0) + 0.1 * (s.loss_of_control ?? 0))
  const ownership = 0.4 + 0.6 * clamp01(othersShare)
  const score = Math.round(100 * clamp01((base + boost) * ownership) * 10) / 10
  if (unheardHours === undefined || score === 0) return { score, intensity, tone }
  return { score: Math.round(score * UNHEARD_WEIGHT * 10) / 10, intensity, tone, unheard: unheardHours }
}
