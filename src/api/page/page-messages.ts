import type { AlertStatus, SentimentLabel, Severity } from '../../core/index.ts'

export type PageLang = 'fr' | 'en'

export interface PageMessages {
  lang: PageLang
  locale: string
  title: string
  workspace: string
  language: string
  mentions: string
  noMentions: string
  volume: string
  /** `{total}` and `{negative}` are replaced */
  volumeSummary: string
  alerts: string
  noAlerts: string
  noWorkspace: string
  by: string
  score: string
  acknowledge: string
  resolve: string
  connecting: string
  live: string
  reconnecting: string
  newBadge: string
  actionFailed: string
  sentiment: Record<SentimentLabel, string>
  severity: Record<Severity, string>
  status: Record<AlertStatus, string>
}

export const PAGE_MESSAGES: Record<PageLang, PageMessages> = {
  en: {
    lang: 'en',
    locale: 'en-GB',
    title: 'Vigie — live view',
    workspace: 'Workspace',
    language: 'Language',
    mentions: 'Recent mentions',
    noMentions: 'No mention yet.',
    volume: 'Mentions per hour, last 48 hours (UTC)',
    volumeSummary: '{total} mentions in 48 hours, {negative} negative',
    alerts: 'Alerts',
    noAlerts: 'No alert. All quiet.',
    noWorkspace: 'No workspace yet: import mentions or create one with the CLI.',
    by: 'by',
    score: 'score',
    acknowledge: 'Acknowledge',
    resolve: 'Resolve',
    connecting: 'connecting…',
    live: 'live',
    reconnecting: 'reconnecting…',
    newBadge: 'new',
    actionFailed: 'The action failed, try again.',
    sentiment: { negative: 'negative', neutral: 'neutral', positive: 'positive' },
    severity: { watch: 'watch', alert: 'alert', crisis: 'crisis' },
    status: { open: 'open', acknowledged: 'acknowledged', resolved: 'resolved' },
  },
  fr: {
    lang: 'fr',
    locale: 'fr-FR',
    title: 'Vigie — vue en direct',
    workspace: 'Espace',
    language: 'Langue',
    mentions: 'Mentions récentes',
    noMentions: 'Aucune mention pour l’instant.',
    volume: 'Mentions par heure, dernières 48 heures (UTC)',
    volumeSummary: '{total} mentions en 48 heures, dont {negative} négatives',
    alerts: 'Alertes',
    noAlerts: 'Aucune alerte. Tout est calme.',
    noWorkspace: 'Aucun espace pour l’instant : importez des mentions ou créez-en un avec la CLI.',
    by: 'par',
    score: 'score',
    acknowledge: 'Prendre en compte',
    resolve: 'Résoudre',
    connecting: 'connexion…',
    live: 'en direct',
    reconnecting: 'reconnexion…',
    newBadge: 'nouveau',
    actionFailed: 'L’action a échoué, réessayez.',
    sentiment: { negative: 'négatif', neutral: 'neutre', positive: 'positif' },
    severity: { watch: 'veille', alert: 'alerte', crisis: 'crise' },
    status: { open: 'ouverte', acknowledged: 'prise en compte', resolved: 'résolue' },
  },
}

/** `?lang=` wins; otherwise the preferred of fr/en in Accept-Language (by q-value); English by default. */
export const pickLanguage = (requested: string | undefined, acceptLanguage: string | undefined): PageLang => {
  if (requested === 'fr' || requested === 'en') return requested
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { lang: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1, index }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  const first = ranked.find((entry) => entry.lang === 'fr' || entry.lang === 'en')
  return (first?.lang as PageLang | undefined) ?? 'en'
}
