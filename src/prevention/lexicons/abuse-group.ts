import type { CheckKind, FlagSeverity } from '../../core/index.ts'

/**
 * One group of lexicon phrases with what a hit means. Phrases are written plainly (accents, apostrophes
 * and case do not matter: they are normalised like the draft); a trailing `*` matches any ending.
 */
export interface AbuseGroup {
  kind: Extract<CheckKind, 'insult' | 'aggressive_tone' | 'mockery'>
  severity: FlagSeverity
  /** the language the phrases belong to; `any` for emoji and words shared by both */
  lang: 'fr' | 'en' | 'any'
  /** only a hit when the sentence addresses someone (you, customers, a competitor, an @handle) */
  targeted?: boolean
  /** not a hit right after a negation (`pas nul`, `not stupid`) */
  negatable?: boolean
  phrases: readonly string[]
}
