import type { Severity } from '../../core/index.ts'

export type MessageLang = 'fr' | 'en'

/** Every sentence a notification says, in the two languages of the product. */
export interface MessageTexts {
  severity: Record<Severity, string>
  newMention: (brand: string) => string
  newMentions: (count: number, brand: string, minutes: number) => string
  mostTelling: string
  alertTitle: (severity: string, brand: string) => string
  score: (score: number) => string
  dailyDigest: (workspace: string) => string
  weeklyDigest: (workspace: string) => string
  period: (from: string, to: string) => string
  volume: (total: number, negative: number, positive: number) => string
  alerts: (count: number, crisis: number) => string
  topPosts: string
  testTitle: string
  testLine: (rule: string) => string
  followers: (count: string) => string
  open: string
  openPost: string
  footer: (rule: string, workspace: string) => string
}

const percent = (part: number, total: number) => (total === 0 ? 0 : Math.round((100 * part) / total))

export const MESSAGE_TEXTS: Record<MessageLang, MessageTexts> = {
  en: {
    severity: { watch: 'Watch', alert: 'Alert', crisis: 'Crisis' },
    newMention: (brand) => `New mention of ${brand}`,
    newMentions: (count, brand, minutes) =>
      `${count} more mention${count === 1 ? '' : 's'} of ${brand} in the last ${minutes} min`,
    mostTelling: 'The most telling:',
    alertTitle: (severity, brand) => `${severity}: ${brand}`,
    score: (score) => `Score ${Math.round(score)}/100`,
    dailyDigest: (workspace) => `Daily digest: ${workspace}`,
    weeklyDigest: (workspace) => `Weekly digest: ${workspace}`,
    period: (from, to) => `From ${from} to ${to}`,
    volume: (total, negative, positive) =>
      `${total} mention${total === 1 ? '' : 's'}: ${percent(negative, total)}% negative, ${percent(positive, total)}% positive`,
    alerts: (count, crisis) =>
      count === 0 ? 'No alert' : `${count} alert${count === 1 ? '' : 's'}, ${crisis} at crisis level`,
    topPosts: 'Top posts:',
    testTitle: 'Test message from Vigie',
    testLine: (rule) => `The rule “${rule}” will send its notifications here.`,
    followers: (count) => `${count} followers`,
    open: 'Open in Vigie',
    openPost: 'View the post',
    footer: (rule, workspace) => `Vigie · ${workspace} · rule “${rule}”`,
  },
  fr: {
    severity: { watch: 'Veille', alert: 'Alerte', crisis: 'Crise' },
    newMention: (brand) => `Nouvelle mention de ${brand}`,
    newMentions: (count, brand, minutes) =>
      `${count} mention${count === 1 ? '' : 's'} de plus de ${brand} ces ${minutes} dernières minutes`,
    mostTelling: 'Les plus marquantes :',
    alertTitle: (severity, brand) => `${severity} : ${brand}`,
    score: (score) => `Score ${Math.round(score)}/100`,
    dailyDigest: (workspace) => `Résumé du jour : ${workspace}`,
    weeklyDigest: (workspace) => `Résumé de la semaine : ${workspace}`,
    period: (from, to) => `Du ${from} au ${to}`,
    volume: (total, negative, positive) =>
      `${total} mention${total > 1 ? 's' : ''} : ${percent(negative, total)} % négatives, ${percent(positive, total)} % positives`,
    alerts: (count, crisis) =>
      count === 0
        ? 'Aucune alerte'
        : `${count} alerte${count > 1 ? 's' : ''}, dont ${crisis} de niveau crise`,
    topPosts: 'Publications les plus vues :',
    testTitle: 'Message de test de Vigie',
    testLine: (rule) => `La règle « ${rule} » enverra ses notifications ici.`,
    followers: (count) => `${count} abonnés`,
    open: 'Ouvrir dans Vigie',
    openPost: 'Voir la publication',
    footer: (rule, workspace) => `Vigie · ${workspace} · règle « ${rule} »`,
  },
}

const LOCALE: Record<MessageLang, string> = { en: 'en-GB', fr: 'fr-FR' }

/** A date and time as the team reads it, in UTC (said so). */
export const formatTime = (lang: MessageLang, at: Date): string =>
  `${new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(at)} UTC`

export const formatCount = (lang: MessageLang, n: number): string =>
  new Intl.NumberFormat(LOCALE[lang]).format(n)
