// Extra variety: generic headlines and offers (so a month of news does not
// repeat the same four lines) and the short ways people refer to an incident
// once everybody knows it ("cette fuite", "the video").
// Slots: {brand} {product} {n} {pct}

import type { Bilingual } from './sector-lexicon.ts'
import type { Cause } from './types.ts'

export const GENERIC_NEWS: Bilingual = {
  fr: [
    '{brand} : ce qui change pour {product} à partir du mois prochain',
    "{brand} recrute {n}0 personnes d'ici la fin de l'année",
    '{brand} : le directeur général détaille sa stratégie',
    'Concurrence : {brand} veut reprendre la main',
    '{brand} investit dans {product}',
    '{brand} gagne des parts de marché selon une étude',
    '{brand} nomme une nouvelle directrice marketing',
    '{brand} renouvelle son identité visuelle',
    'Consommation : {brand} parmi les marques préférées des Français',
    '{brand} signe un partenariat régional',
    'Grève : appel à débrayer chez {brand} jeudi',
    '{brand} augmente ses tarifs de {pct} % en moyenne',
    'Télétravail : {brand} signe un nouvel accord avec les syndicats',
  ],
  en: [
    '{brand}: what changes for {product} starting next month',
    '{brand} to hire {n}0 people by year end',
    '{brand} CEO lays out strategy',
    'Competition: {brand} looks to regain ground',
    '{brand} invests in {product}',
    '{brand} gains market share, study finds',
    '{brand} names new chief marketing officer',
    '{brand} unveils refreshed brand identity',
    "{brand} among consumers' favorite brands, survey says",
    '{brand} signs regional partnership',
    '{brand} raises prices by {pct}% on average',
    '{brand} workers vote on new contract',
  ],
}

export const GENERIC_OFFERS: Bilingual = {
  fr: [
    'Cette semaine chez {brand} : {product} à prix réduit 🔥',
    'Nouveau chez {brand} : découvrez {product} en avant-première',
    "Jusqu'à -{pct} % chez {brand}, c'est maintenant",
    'Parrainez un ami et gagnez 30 € chez {brand}',
    "Le week-end {brand} commence : offres exclusives dans l'appli",
  ],
  en: [
    'This week at {brand}: {product} on sale 🔥',
    'New at {brand}: get early access to {product}',
    'Up to {pct}% off at {brand}, starting now',
    'Refer a friend and get $30 at {brand}',
    '{brand} weekend starts now: app-exclusive deals',
  ],
}

type Refs = { fr: string[]; en: string[] }

/** Short references to an incident, by cause; the outage variant of data_breach_outage is picked by keyword. */
export const INCIDENT_REFS: Record<Cause | 'outage', Refs> = {
  product_defect: {
    fr: ['ce défaut', 'cette affaire', 'ces produits défectueux', 'ce scandale sanitaire', 'le rappel'],
    en: ['this defect', 'this whole thing', 'these faulty products', 'this safety scandal', 'the recall'],
  },
  accident: {
    fr: ['ce drame', "l'accident", 'cette catastrophe', "ce qui s'est passé"],
    en: ['this tragedy', 'the accident', 'this disaster', 'what happened'],
  },
  employee_post: {
    fr: ['cette vidéo', 'la vidéo', 'ces propos', 'ce comportement'],
    en: ['this video', 'the video', 'those comments', 'this behaviour'],
  },
  customer_service: {
    fr: ['cette histoire', 'ce mépris', 'ce traitement', "la façon dont ils l'ont traitée"],
    en: ['this story', 'this contempt', 'the way they treated her', 'this treatment'],
  },
  data_breach_outage: {
    fr: ['cette fuite', 'la fuite', 'la fuite de données', 'ce piratage'],
    en: ['this leak', 'the breach', 'the data leak', 'this breach'],
  },
  outage: {
    fr: ['cette panne', 'la panne', 'cette panne géante', 'ce bug'],
    en: ['this outage', 'the outage', 'this meltdown', 'the downtime'],
  },
  external_attack: {
    fr: ['ce piratage', 'la cyberattaque', 'cette attaque', 'le hack'],
    en: ['this hack', 'the cyberattack', 'this attack', 'the hack'],
  },
  governance: {
    fr: ['ce scandale', 'ces révélations', "l'affaire", 'cette affaire'],
    en: ['this scandal', 'these revelations', 'the affair', 'this mess'],
  },
}

/** Hashtags people attach to a crisis, by cause and language (without #). */
export const CAUSE_TAGS: Record<Cause, { fr: string[]; en: string[] }> = {
  product_defect: {
    fr: ['rappel', 'RappelConso', 'danger', 'defaut'],
    en: ['recall', 'safety', 'defective', 'consumeralert'],
  },
  accident: {
    fr: ['accident', 'incendie', 'urgence', 'drame'],
    en: ['accident', 'breaking', 'emergency', 'fire'],
  },
  employee_post: {
    fr: ['honte', 'scandale', 'video', 'boycott'],
    en: ['shameful', 'viralvideo', 'boycott', 'disgusting'],
  },
  customer_service: {
    fr: ['serviceclient', 'honte', 'mepris', 'justice'],
    en: ['customerservice', 'shameful', 'justice', 'unacceptable'],
  },
  data_breach_outage: {
    fr: ['fuitededonnees', 'panne', 'cybersecurite', 'arnaque'],
    en: ['databreach', 'outage', 'infosec', 'scam'],
  },
  external_attack: {
    fr: ['cyberattaque', 'piratage', 'hack', 'ransomware'],
    en: ['cyberattack', 'hacked', 'ransomware', 'infosec'],
  },
  governance: {
    fr: ['scandale', 'corruption', 'demission', 'enquete'],
    en: ['scandal', 'corruption', 'resign', 'investigation'],
  },
}
