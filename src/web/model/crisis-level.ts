import type { AlertJson, QueryLevelJson } from '../api/wire.ts'
import type { Lang } from '../i18n/i18n.ts'

export type Level = 'calm' | 'watch' | 'alert' | 'crisis'

/** The alert's sentence in the reader's language when it kept both (older alerts did not). */
export const explanationIn = (alert: AlertJson, lang: Lang): string => {
  const both = (alert.details as { explanations?: Partial<Record<Lang, unknown>> } | undefined)?.explanations
  const told = both?.[lang]
  return typeof told === 'string' && told ? told : alert.explanation
}

/** A query's crisis level as the overview gives it: the severity of its worst open alert, else calm. */
export const levelOf = (entry: QueryLevelJson): Level => entry.level?.severity ?? 'calm'
