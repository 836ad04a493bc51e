import type { Cause } from '../core/index.ts'
import type { Family } from './family.ts'

export type CrisisCause = Exclude<Cause, 'none' | 'customer_service' | 'external_attack' | 'governance'>

/** How a crisis is told: the first post, the crowd's reactions, the brand's statement and its echo. */
export interface CrisisStory {
  cause: CrisisCause
  /** event hashtags; `{event}` in a template picks one */
  hashtags: readonly string[]
  origin: Family
  /** who posted the origin: an employee, an unhappy customer, a news outlet, a witness */
  originBy: 'employee' | 'customer' | 'news' | 'witness'
  reactions: readonly { family: Family; weight: number }[]
  statement: Family
  afterStatement: Family
  description: string
}

/** Reactions shared by every crisis: anger, mockery, people quitting. */
export const OUTRAGE_COMMON: Family = {
  name: 'outrage',
  tone: 'negative',
  fr: [
    "Franchement {brand} c'est fini pour moi. {event} {e-}",
    'Et {@brand} ne dit toujours rien ?! {e-}',
    'Je résilie demain. Honte à {brand} {event}',
    'Le silence de {brand} est assourdissant {e-} {event}',
    'Aucun respect pour les clients chez {brand}. Écœurant. {e-}',
  ],
  en: ['{brand} should be ashamed {e-} {event}', 'Still no word from {@brand}? Unbelievable {e-}'],
}

export const MOCKERY: Family = {
  name: 'mockery',
  tone: 'negative',
  fr: [
    '{brand} : la comète qui se crashe 🤡 {event}',
    'Le community manager de {brand} va passer un week-end tranquille 🍿 {event}',
    'Nouvelle offre {brand} : le scandale inclus dans le forfait 🤡',
  ],
  en: ['{brand} speedrunning a PR disaster 🍿 {event}'],
}

/** Others speaking in the brand's place while it stays silent. */
export const VOICES: Family = {
  name: 'voices',
  tone: 'negative',
  fr: [
    "Ancien salarié de {brand} ici : ça ne m'étonne pas du tout, la direction est au courant depuis des mois.",
    "Communiqué de l'intersyndicale {brand} : les salariés ne sont pas responsables des choix de la direction. {event}",
    "Chez {rival} on n'a pas ce genre de problème 😏 {event}",
    'Une avocate à {city} propose déjà une action collective contre {brand} {event}',
    "Selon un cadre de {brand} contacté par nos soins, l'entreprise était prévenue. {event}",
  ],
  en: ['Former {brand} employee here: management knew about this for months.'],
}

export const AFTER_STATEMENT: Family = {
  name: 'after_statement',
  tone: 'negative',
  fr: [
    'Des excuses de {brand} après {n}h de silence, un peu tard non ? {e-}',
    'Le communiqué de {brand} ne répond à aucune question {event}',
    'Bon, au moins {brand} a réagi. On verra les actes.',
    'Trop peu, trop tard {brand}. {e-}',
  ],
  en: ['An apology after {n} hours of silence, {brand}? Too little, too late {e-}'],
}

/** News coverage of any crisis. */
export const CRISIS_NEWS: Family = {
  name: 'crisis_news',
  tone: 'negative',
  fr: [
    'Polémique : {brand} sous le feu des critiques sur les réseaux sociaux {event}',
    "Ce que l'on sait de l'affaire qui secoue {brand}",
    '{brand} dans la tourmente : les clients menacent de partir chez {rival}',
  ],
  en: ['{brand} faces backlash on social media {event}'],
}
