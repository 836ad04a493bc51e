import type { DetectorKind, EmotionName } from '../core/index.ts'

/** A post as an alert shows it. */
export interface AlertPost {
  id: string
  author: string
  followers: number | null
  source: string
  at: string
  text: string
  reach: number
}

/** What `alert.details` holds for alerts raised by detection (plain JSON, stored as is). */
export interface AlertDetails {
  level: 'watch' | 'alert' | 'crisis'
  score: number
  /** 0..1: volume or one post spreading */
  intensity: number
  /** 0..1: negative shift or crisis vocabulary */
  tone: number
  /** the alert's sentence in French and in English (`explanation` is the workspace's language) */
  explanations: { fr: string; en: string }
  signals: Partial<
    Record<DetectorKind, { score: number; value: number; baseline: number; explanation: string }>
  >
  /** the first post of the wave: the most reshared or answered original, else the first negative post */
  origin: string | null
  /** that post, when detection still remembers it */
  originPost: AlertPost | null
  topPosts: AlertPost[]
  /** reshares by the largest audiences */
  amplifiers: AlertPost[]
  topTerms: { term: string; count: number }[]
  sentiment: { mentions: number; negativeShare: number; positiveShare: number }
  /** mean intensity of each emotion over the explained window */
  emotions: Record<EmotionName, number>
  sources: { source: string; count: number }[]
  /** the origin's cause, else the cause most carried by the episode's posts (weighted by reach), if any */
  likelyCause: string | null
}
