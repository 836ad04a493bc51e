// The vocabulary of a line of business. Why: a telecom's customers complain
// about the network, a bank's about cards; generic texts only carry the tone
// and these lists carry the subject.

import type { Cause } from './types.ts'

export interface Bilingual {
  fr: string[]
  en: string[]
}

/**
 * Conventions, used by the text composers:
 * - products: noun phrases with article ("la box fibre" / "the fiber box")
 * - issues: clauses that follow "depuis hier," / "since yesterday" ("la connexion saute")
 * - praise: clauses ("le technicien est passé dans l'heure")
 * - questions: whole questions
 * - news / offers: whole sentences, may hold {brand}
 * - crisis[cause]: definite noun phrases naming the incident ("la fuite des IBAN")
 */
export interface SectorLexicon {
  products: Bilingual
  issues: Bilingual
  praise: Bilingual
  questions: Bilingual
  news: Bilingual
  offers: Bilingual
  crisis: Partial<Record<Cause, Bilingual>>
  /** hashtags people add in crises of this sector, without # */
  crisisTags: string[]
  places: string[]
}

export const GENERIC_CRISIS: Record<Cause, Bilingual> = {
  product_defect: {
    fr: [
      'le défaut de fabrication que tout le monde découvre',
      'les produits défectueux qui ont blessé des clients',
    ],
    en: [
      'the manufacturing defect everyone is now discovering',
      'the faulty products that injured customers',
    ],
  },
  accident: {
    fr: ["l'accident sur le site de {place}", "l'incendie qui a ravagé le site de {place}"],
    en: ['the accident at the {place} site', 'the fire that gutted the {place} site'],
  },
  employee_post: {
    fr: [
      "la vidéo d'un salarié qui se moque ouvertement des clients",
      'les messages racistes publiés par un manager',
    ],
    en: ['the video of an employee openly mocking customers', 'the racist posts published by a manager'],
  },
  customer_service: {
    fr: [
      'la façon dont ils ont traité une cliente handicapée',
      "le service client qui raccroche au nez d'une veuve",
    ],
    en: ['the way they treated a disabled customer', 'the support agent who hung up on a grieving widow'],
  },
  data_breach_outage: {
    fr: [
      'la fuite des données personnelles de milliers de clients',
      'la panne qui paralyse tout depuis ce matin',
    ],
    en: [
      "the leak of thousands of customers' personal data",
      'the outage that has crippled everything since this morning',
    ],
  },
  external_attack: {
    fr: ['le piratage de leurs comptes officiels', 'la cyberattaque qui bloque tous les services'],
    en: ['the hack of their official accounts', 'the cyberattack that is blocking every service'],
  },
  governance: {
    fr: [
      'les bonus énormes des dirigeants en pleine vague de licenciements',
      "l'enquête pour corruption visant la direction",
    ],
    en: [
      'the huge executive bonuses in the middle of layoffs',
      'the corruption probe targeting top management',
    ],
  },
}
