/** The rules the checker applies, each with its explanation and, where one helps, a safer wording. */
export const RULE_IDS = [
  'email',
  'phone',
  'iban',
  'card',
  'address',
  'sensitive_data',
  'identity_number',
  'birth_date',
  'credentials',
  'shown_details',
  'confidential_term',
  'confidential_marker',
  'embargo',
  'unpublished_figures',
  'untold_news',
  'internal_link',
  'insult',
  'aggressive_tone',
  'mockery',
  'harsh_tone',
  'politics',
  'religion',
  'tragedy_promo',
  'mourning_joke',
  'long_quote',
  'uncredited_media',
  'crisis_approval',
  'crisis_terms',
  'learned_insult',
  'learned_aggressive_tone',
  'learned_mockery',
  'learned_confidential',
  'learned_personal_data',
  'learned_sensitive_topic',
  'learned_copyright',
] as const
export type RuleId = (typeof RULE_IDS)[number]

interface Wording {
  message: string
  suggestion?: string
}
type Bilingual = { fr: Wording; en: Wording }

/** Messages in French and English; `{term}` is replaced by the words found. */
export const MESSAGES: Readonly<Record<RuleId, Bilingual>> = {
  email: {
    fr: {
      message: 'Adresse e-mail personnelle : ne la publiez pas.',
      suggestion: 'Proposez d’échanger en message privé.',
    },
    en: {
      message: 'Personal e-mail address: do not publish it.',
      suggestion: 'Offer to continue in a private message.',
    },
  },
  phone: {
    fr: {
      message: 'Numéro de téléphone : une donnée personnelle.',
      suggestion: 'Invitez la personne à vous écrire en privé.',
    },
    en: { message: 'Phone number: personal data.', suggestion: 'Ask the person to message you privately.' },
  },
  iban: {
    fr: {
      message: 'IBAN : une donnée bancaire à ne jamais publier.',
      suggestion: 'Masquez-le (FR76 •••• … 189).',
    },
    en: { message: 'IBAN: banking data, never publish it.', suggestion: 'Mask it (FR76 •••• … 189).' },
  },
  card: {
    fr: {
      message: 'Numéro de carte bancaire : à ne jamais écrire, même en privé.',
      suggestion: 'Ne gardez que les 4 derniers chiffres.',
    },
    en: {
      message: 'Card number: never write it, even in private.',
      suggestion: 'Keep the last 4 digits only.',
    },
  },
  address: {
    fr: {
      message: 'Adresse postale d’une personne.',
      suggestion: 'Retirez l’adresse ; continuez en message privé.',
    },
    en: {
      message: 'A person’s postal address.',
      suggestion: 'Remove the address; continue in a private message.',
    },
  },
  sensitive_data: {
    fr: {
      message: 'Donnée sensible (« {term} ») sur une personne nommée.',
      suggestion: 'Ne parlez pas de la santé ni de la vie privée de quelqu’un.',
    },
    en: {
      message: 'Sensitive data (“{term}”) about a named person.',
      suggestion: 'Leave out anyone’s health and private life.',
    },
  },
  shown_details: {
    fr: {
      message:
        'Document montrant les coordonnées d’une personne (« {term} ») : capture, photo, bon de commande.',
      suggestion: 'Ne publiez pas la pièce ; floutez nom, adresse et numéro, ou décrivez-la sans eux.',
    },
    en: {
      message: 'A document showing someone’s contact details (“{term}”): screenshot, photo, order form.',
      suggestion: 'Do not post it; blur the name, address and number, or describe it without them.',
    },
  },
  identity_number: {
    fr: {
      message: 'Numéro d’identité (passeport, carte d’identité, sécurité sociale…) : ne le publiez jamais.',
      suggestion: 'Retirez le numéro ; échangez ces documents par un canal sécurisé.',
    },
    en: {
      message: 'Identity number (passport, ID card, social security…): never publish it.',
      suggestion: 'Remove the number; exchange such documents through a secure channel.',
    },
  },
  birth_date: {
    fr: {
      message: 'Date de naissance : une donnée personnelle.',
      suggestion: 'Retirez-la.',
    },
    en: { message: 'Date of birth: personal data.', suggestion: 'Leave it out.' },
  },
  credentials: {
    fr: {
      message: 'Mot de passe ou code d’accès : ne le publiez jamais.',
      suggestion: 'Retirez-le et faites-le changer.',
    },
    en: {
      message: 'Password or access code: never publish it.',
      suggestion: 'Remove it and have it changed.',
    },
  },
  confidential_term: {
    fr: {
      message: '« {term} » fait partie des termes confidentiels de l’espace.',
      suggestion: 'Attendez l’annonce officielle.',
    },
    en: {
      message: '“{term}” is one of the workspace’s confidential terms.',
      suggestion: 'Wait for the official announcement.',
    },
  },
  confidential_marker: {
    fr: { message: '« {term} » : ce contenu est marqué comme interne ou confidentiel.' },
    en: { message: '“{term}”: this content is marked internal or confidential.' },
  },
  embargo: {
    fr: {
      message: '« {term} » : information sous embargo ou pas encore annoncée.',
      suggestion: 'Attendez la date de levée de l’embargo.',
    },
    en: { message: '“{term}”: embargoed or not yet announced.', suggestion: 'Wait until the embargo lifts.' },
  },
  unpublished_figures: {
    fr: {
      message: '« {term} » : chiffres non publiés.',
      suggestion: 'Ne citez que des chiffres déjà publiés.',
    },
    en: { message: '“{term}”: unpublished figures.', suggestion: 'Quote published figures only.' },
  },
  untold_news: {
    fr: {
      message:
        '« {term} » : une nouvelle interne (décision, client, audit, salaires, calendrier) pas encore annoncée.',
      suggestion: 'Attendez l’annonce officielle avant d’en parler.',
    },
    en: {
      message: '“{term}”: internal news (a decision, a client, an audit, pay, a schedule) not announced yet.',
      suggestion: 'Wait for the official announcement before sharing it.',
    },
  },
  internal_link: {
    fr: {
      message: 'Lien vers un document interne ({term}).',
      suggestion: 'Retirez le lien ou publiez d’abord le document.',
    },
    en: {
      message: 'A link to an internal document ({term}).',
      suggestion: 'Remove the link or publish the document first.',
    },
  },
  insult: {
    fr: {
      message: '« {term} » : insulte ou mot injurieux.',
      suggestion: 'Reformulez sans jugement sur la personne.',
    },
    en: {
      message: '“{term}”: an insult or abusive word.',
      suggestion: 'Rephrase without judging the person.',
    },
  },
  aggressive_tone: {
    fr: {
      message: '« {term} » : ton agressif ou méprisant.',
      suggestion: 'Restez courtois : « Nous comprenons votre agacement, voyons ensemble… »',
    },
    en: {
      message: '“{term}”: aggressive or dismissive tone.',
      suggestion: 'Stay courteous: “We understand your frustration, let’s look at it together…”',
    },
  },
  mockery: {
    fr: {
      message: '« {term} » : moquerie ou condescendance envers quelqu’un.',
      suggestion: 'Ne vous moquez ni des clients ni des concurrents.',
    },
    en: {
      message: '“{term}”: mockery or condescension towards someone.',
      suggestion: 'Do not mock customers or competitors.',
    },
  },
  harsh_tone: {
    fr: {
      message: 'Le ton d’ensemble est très négatif et colérique.',
      suggestion: 'Relisez à froid avant de publier.',
    },
    en: {
      message: 'The overall tone is strongly negative and angry.',
      suggestion: 'Reread it calmly before posting.',
    },
  },
  politics: {
    fr: { message: '« {term} » : sujet politique, hors du discours de la marque.' },
    en: { message: '“{term}”: a political topic, outside the brand’s voice.' },
  },
  religion: {
    fr: { message: '« {term} » : sujet religieux, hors du discours de la marque.' },
    en: { message: '“{term}”: a religious topic, outside the brand’s voice.' },
  },
  tragedy_promo: {
    fr: {
      message: '« {term} » : un drame utilisé pour vendre.',
      suggestion: 'Séparez tout message de soutien de toute offre.',
    },
    en: {
      message: '“{term}”: a tragedy used to sell.',
      suggestion: 'Keep any message of support apart from any offer.',
    },
  },
  mourning_joke: {
    fr: { message: '« {term} » : de l’humour sur un drame ou en période de deuil.' },
    en: { message: '“{term}”: humour about a tragedy or in a time of mourning.' },
  },
  long_quote: {
    fr: {
      message: 'Longue citation : elle demande l’accord de l’auteur.',
      suggestion: 'Citez un court extrait et nommez l’auteur.',
    },
    en: {
      message: 'Long quotation: it needs the author’s permission.',
      suggestion: 'Quote a short excerpt and credit the author.',
    },
  },
  uncredited_media: {
    fr: {
      message: 'Contenu d’un tiers (« {term} ») sans crédit ni autorisation.',
      suggestion: 'Demandez l’autorisation et créditez l’auteur.',
    },
    en: {
      message: 'Someone else’s content (“{term}”) without credit or permission.',
      suggestion: 'Ask for permission and credit the author.',
    },
  },
  crisis_approval: {
    fr: { message: 'Crise en cours ({term}) : toute publication passe par la cellule de crise.' },
    en: { message: 'Crisis under way ({term}): every post needs the crisis team’s approval.' },
  },
  crisis_terms: {
    fr: {
      message: '« {term} » reprend les mots de la crise en cours.',
      suggestion: 'Évitez tout jeu de mots ou allusion à la crise.',
    },
    en: {
      message: '“{term}” echoes the words of the current crisis.',
      suggestion: 'Avoid any pun or hint about the crisis.',
    },
  },
  learned_insult: {
    fr: {
      message: 'Cette phrase se lit comme une insulte envers quelqu’un.',
      suggestion: 'Reformulez sans jugement sur la personne.',
    },
    en: {
      message: 'This sentence reads as an insult to someone.',
      suggestion: 'Rephrase without judging the person.',
    },
  },
  learned_aggressive_tone: {
    fr: {
      message: 'Cette phrase se lit comme hostile, sèche ou condescendante.',
      suggestion: 'Restez courtois : « Nous comprenons votre agacement, voyons ensemble… »',
    },
    en: {
      message: 'This sentence reads as hostile, curt or condescending.',
      suggestion: 'Stay courteous: “We understand your frustration, let’s look at it together…”',
    },
  },
  learned_mockery: {
    fr: {
      message: 'Cette phrase se lit comme une moquerie (clients, concurrents, un groupe).',
      suggestion: 'Ne vous moquez ni des clients ni des concurrents.',
    },
    en: {
      message: 'This sentence reads as mockery (of customers, competitors or a group).',
      suggestion: 'Do not mock customers or competitors.',
    },
  },
  learned_confidential: {
    fr: {
      message: 'Cette phrase semble révéler une information interne ou non annoncée.',
      suggestion: 'Vérifiez qu’elle est publique avant de la diffuser.',
    },
    en: {
      message: 'This sentence seems to reveal internal or unannounced information.',
      suggestion: 'Check that it is public before sharing it.',
    },
  },
  learned_personal_data: {
    fr: {
      message: 'Cette phrase semble exposer des données personnelles de quelqu’un.',
      suggestion: 'Retirez ce qui permet d’identifier ou de joindre la personne.',
    },
    en: {
      message: 'This sentence seems to expose someone’s personal data.',
      suggestion: 'Remove what identifies or reaches the person.',
    },
  },
  learned_sensitive_topic: {
    fr: {
      message: 'Cette phrase semble prendre position sur un sujet sensible ou jouer d’un drame.',
      suggestion: 'Restez neutre : ni politique, ni religion, ni promotion sur un drame.',
    },
    en: {
      message: 'This sentence seems to take sides on a sensitive topic or play on a tragedy.',
      suggestion: 'Stay neutral: no politics, no religion, no promotion on a tragedy.',
    },
  },
  learned_copyright: {
    fr: {
      message: 'Ce contenu semble repris d’un tiers sans droits ni crédit.',
      suggestion: 'Créditez l’auteur ou utilisez un contenu dont vous avez les droits.',
    },
    en: {
      message: 'This content seems to be someone else’s, used without rights or credit.',
      suggestion: 'Credit the author or use content you hold the rights to.',
    },
  },
}
