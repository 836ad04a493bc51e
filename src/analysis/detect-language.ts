import type { Lang } from '../core/index.ts'
import { eldConfidentLanguage } from './eld-language.ts'
import { getLexicons } from './lexicon/load-lexicons.ts'
import { BOUNDARY, EMOJI } from './lexicon/tokenize.ts'
import { tokensOf } from './lexicon/tokens-of.ts'
import { mentionText } from './mention-text.ts'
import { createRecentCache, RECENT_TEXTS } from './recent-cache.ts'
import { ok, type Step } from './step.ts'
import { voteLanguage } from './vote-language.ts'

/** Below this many words a detector guesses; the mention's declared language is trusted instead. */
export const MIN_WORDS = 3
/** eld's top score must beat the runner-up by this much; fr and en are close cousins on short posts. */
const MIN_MARGIN = 0.03
/** eld reads at most 1,000 characters; the first few hundred settle the language of a post. */
const MAX_CHARS = 600

// URLs, @handles, #tags and emoji say nothing about the language and skew the n-grams.
const NOISE =
  /https?:\/\/\S+|www\.\S+|[@#][\p{L}\p{N}_.]+|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f/gu

/** Reads a declared language tag ("fr", "fr-CA", "EN_us") as fr, en, or nothing. */
export const toSupportedLang = (declared: string | undefined): 'fr' | 'en' | undefined => {
  const primary = declared?.slice(0, 2).toLowerCase()
  return primary === 'fr' || primary === 'en' ? primary : undefined
}

/** Words only: the tokenizer already dropped URLs and handles; emoji and clause boundaries are not words. */
const countWords = (words: readonly string[], flags: readonly number[]): number => {
  let count = 0
  for (let k = 0; k < words.length; k++) if (words[k] !== BOUNDARY && !(flags[k]! & EMOJI)) count++
  return count
}

// reshares repeat their original's text; null (not undefined) so that "unclear" is remembered too
const recentLangs = createRecentCache<Lang | null>(RECENT_TEXTS)

/**
 * The language of a post: fr or en when its function words agree or eld is confident; the declared language
 * (if fr or en) when the text is too short or eld unsure; `und` otherwise. Other languages are `und`, never
 * forced into fr or en.
 */
export const detectLang = (text: string, declared?: string): Lang =>
  recentLangs(text, langOfText) ?? toSupportedLang(declared) ?? 'und'

/** The language the text itself shows, or null when it is too short or unclear (the declared one decides). */
const langOfText = (text: string): Lang | null => {
  const { words, flags } = tokensOf(text)
  if (countWords(words, flags) < MIN_WORDS) return null
  // boundaries and emoji are never function words: the vote reads all tokens without filtering them out
  const detected =
    voteLanguage(words) ?? eldConfidentLanguage(text.slice(0, MAX_CHARS).replace(NOISE, ' '), MIN_MARGIN)
  if (detected === undefined) return null
  return detected === 'fr' || detected === 'en' ? detected : 'und'
}

/** Sets draft.analysis.lang from the title and text, falling back on the mention's declared `lang`. */
export const detectLanguage = (): Step => {
  // the tokenizer's emoticons come with the lexicons: load them now, so the first post does not stall
  getLexicons()
  return {
    name: 'detect-language',
    run(draft) {
      draft.analysis.lang = detectLang(mentionText(draft.mention), draft.mention.lang)
      return ok
    },
  }
}
