import type { AlertJson, QueryJson } from '../api/wire.ts'

import type { Lang } from '../i18n/i18n.ts'
export type Level = 'calm' | 'watch' | 'alert' | 'crisis'

const RANK: Record<Level, number> = { calm: 0, watch: 1, alert: 2, crisis: 3 }

/** The alert's sentence in the reader's language when it kept both (older alerts did not). */
export const explanationIn = (alert: AlertJson, lang: Lang): string => {
  const both = (alert.details as { explanations?: Partial<Record<Lang, unknown>> } | undefined)?.explanations
  const told = both?.[lang]
  return typeof told === 'string' && told ? told : alert.explanation
}

/** Worse first: the higher severity, then the higher score, then the newer. */
export const worseFirst = (a: AlertJson, b: AlertJson): number =>
  RANK[b.severity] - RANK[a.severity] || b.score - a.score || b.at.localeCompare(a.at)

export interface QueryLevel {
  query: QueryJson
  level: Level
  /** the worst alert still being handled (open or acknowledged) of this query */
  alert?: AlertJson
}

/** Each brand query's crisis level now: the severity of its worst alert not resolved yet, else calm. */
export const crisisLevels = (queries: readonly QueryJson[], alerts: readonly AlertJson[]): QueryLevel[] =>
  queries.map((query) => {
    const worst = alerts.filter((a) => a.queryId === query.id && a.status !== 'resolved').sort(worseFirst)[0]
    return worst ? { query, level: worst.severity, alert: worst } : { query, level: 'calm' }
  })
