import type { CharterClause } from '../core/index.ts'

/** The charter a workspace starts from: seven clauses, each enforced by the checks listed in `kinds`. */
export const DEFAULT_CHARTER: readonly CharterClause[] = [
  {
    id: 'copyright',
    title: { fr: 'Droit d’auteur et droit à l’image', en: 'Copyright and image rights' },
    text: {
      fr: 'Nous ne publions ni photo, ni vidéo, ni texte d’autrui sans son accord et sans le créditer ; les citations restent courtes. Nous ne montrons personne sans son consentement.',
      en: 'We publish no one else’s photo, video or text without their permission and a credit; quotations stay short. We show no one without their consent.',
    },
    kinds: ['copyright'],
  },
  {
    id: 'confidentiality',
    title: { fr: 'Confidentialité et secret des affaires', en: 'Confidentiality and trade secrets' },
    text: {
      fr: 'Rien d’interne ne sort : noms de code, produits non annoncés, chiffres non publiés, documents marqués confidentiels, informations sous embargo.',
      en: 'Nothing internal goes out: code names, unannounced products, unpublished figures, documents marked confidential, embargoed news.',
    },
    kinds: ['confidential'],
  },
  {
    id: 'personal-data',
    title: { fr: 'Données personnelles', en: 'Personal data' },
    text: {
      fr: 'Nous ne publions aucune coordonnée (e-mail, téléphone, adresse), donnée bancaire ni information de santé ou de vie privée sur quiconque, client ou collègue. Une réponse privée au client peut reprendre ses propres coordonnées, jamais un numéro de carte complet.',
      en: 'We publish no one’s contact details (e-mail, phone, address), banking data, health or private-life information, customer or colleague. A private reply to a customer may repeat their own contact details, never a full card number.',
    },
    kinds: ['personal_data'],
  },
  {
    id: 'respect',
    title: { fr: 'Respect des personnes', en: 'Respect for people' },
    text: {
      fr: 'Ni insulte, ni mépris, ni moquerie, ni propos discriminatoire, envers les clients, les concurrents ou quiconque, même provoqués.',
      en: 'No insults, contempt, mockery or discriminatory words, towards customers, competitors or anyone, even when provoked.',
    },
    kinds: ['insult', 'aggressive_tone', 'mockery'],
  },
  {
    id: 'speaking-for-company',
    title: { fr: 'Parler au nom de l’entreprise', en: 'Speaking on behalf of the company' },
    text: {
      fr: 'Seules les personnes désignées parlent au nom de l’entreprise ; les autres précisent qu’elles s’expriment à titre personnel et ne révèlent rien d’interne.',
      en: 'Only the people appointed speak for the company; others say they speak for themselves and reveal nothing internal.',
    },
    kinds: ['confidential', 'aggressive_tone'],
  },
  {
    id: 'sensitive-topics',
    title: { fr: 'Sujets sensibles', en: 'Sensitive topics' },
    text: {
      fr: 'La marque ne prend pas parti en politique ni en religion, ne se sert jamais d’un drame pour vendre et ne plaisante pas en période de deuil.',
      en: 'The brand takes no side in politics or religion, never uses a tragedy to sell and makes no jokes in a time of mourning.',
    },
    kinds: ['sensitive_topic'],
  },
  {
    id: 'crisis',
    title: { fr: 'En cas de crise', en: 'During a crisis' },
    text: {
      fr: 'Pendant une crise, toute publication passe par la cellule de crise ; les publications programmées sont suspendues ; aucun jeu de mots sur la crise.',
      en: 'During a crisis every post goes through the crisis team; scheduled posts are paused; no puns about the crisis.',
    },
    kinds: ['crisis_echo'],
  },
]
