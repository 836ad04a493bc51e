import { analyzeText } from '../analysis/index.ts'
import type { DraftFlag } from '../core/index.ts'
import type { CheckDraft } from '../response/index.ts'

const MESSAGES = {
  aggressive_tone: {
    en: 'The text reads as angry or aggressive: in a crisis, an angry brand feeds the fire.',
    fr: 'Le texte se lit comme en colère ou agressif : en crise, une marque agacée attise le feu.',
  },
  tone: {
    en: 'The text reads as strongly negative: check that it does not sound cold or accusing.',
    fr: 'Le texte se lit comme très négatif : vérifiez qu’il ne paraît ni froid ni accusateur.',
  },
} as const

/**
 * The check drafts go through before approval until the charter's checker takes over: the analysis models'
 * tone (a strongly negative text, an angry or disgusted one). Apologies and bad news are expected in a
 * crisis reply, so only strong readings are flagged, and at medium severity at most.
 */
export const toneCheck: CheckDraft = ({ text, lang }) => {
  const analysis = analyzeText(text, lang)
  const flags: DraftFlag[] = []
  const span = { start: 0, end: text.length }
  const { anger, disgust } = analysis.emotions
  if (Math.max(anger, disgust) >= 0.6)
    flags.push({
      kind: 'aggressive_tone',
      severity: 'medium',
      ...span,
      message: MESSAGES.aggressive_tone[lang],
    })
  else if (analysis.sentiment.label === 'negative' && analysis.sentiment.score <= -0.75)
    flags.push({ kind: 'tone', severity: 'low', ...span, message: MESSAGES.tone[lang] })
  return flags
}
