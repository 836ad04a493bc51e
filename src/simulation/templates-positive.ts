import type { Family } from './family.ts'

/** A customer's heart-warming story that goes viral (a trap: lots of volume, no crisis). */
export const VIRAL_ORIGIN: Family = {
  name: 'viral_origin',
  tone: 'positive',
  fr: [
    'Le technicien {brand} est resté 2h de plus pour expliquer à ma grand-mère de 91 ans comment appeler en visio ses petits-enfants. Merci Karim ❤️ {@brand}',
    'Ma box {brand} en panne le jour de mon entretien en visio, le conseiller de la boutique de {city} m’a prêté son bureau et sa connexion. Décroché le job 🥳 {@brand}',
  ],
  en: [
    'The {brand} technician stayed two extra hours to help my 91-year-old grandma video-call her grandkids ❤️ {@brand}',
  ],
}

export const VIRAL_REACTION: Family = {
  name: 'viral_reaction',
  tone: 'positive',
  fr: [
    'Ça fait du bien de lire des histoires comme ça {e+}',
    'Bravo Karim, il mérite une augmentation {@brand} {e+}',
    'Enfin une bonne nouvelle sur {brand} 😄',
    "J'ai pleuré un peu je l'avoue {e+}",
    'Voilà, le vrai service client c’est ça. Bravo {brand} {e+}',
  ],
  en: ['This made my day {e+}', 'Give that man a raise {@brand} {e+}'],
}

/** A planned marketing campaign: the brand pushes, people play along (a trap: a planned rise). */
export const CAMPAIGN_BRAND: Family = {
  name: 'campaign_brand',
  tone: 'positive',
  fr: [
    '🚀 Grand jeu {event} : gagnez un voyage pour 2 ! Pour participer, RT + follow {@brand}. Tirage au sort dimanche. {e+}',
    '🎁 Jour {n} du jeu {event} : encore des smartphones à gagner. Dites-nous en commentaire votre meilleur souvenir de vacances !',
    'Merci pour vos {n} 000 participations au jeu {event} 🙏 Résultats très bientôt !',
  ],
  en: ['🚀 {event} contest: win a trip for two! RT + follow {@brand} to enter.'],
}

export const CAMPAIGN_CROWD: Family = {
  name: 'campaign_crowd',
  tone: 'positive',
  fr: [
    'Je participe ! {event} {@brand} {e+}',
    'Je tente ma chance {event} 🤞',
    'Mon meilleur souvenir : la Bretagne avec mes grands-parents {event} {e+}',
    "Allez, cette fois c'est la bonne {event} {@brand}",
  ],
  en: ['Entering! {event} {@brand} 🤞'],
}

export const CAMPAIGN_SKEPTIC: Family = {
  name: 'campaign_skeptic',
  tone: 'negative',
  fr: [
    'Encore un jeu concours {brand}, ils feraient mieux de réparer le réseau',
    "Quelqu'un a déjà gagné un truc chez {brand} ? {e?}",
  ],
  en: ['Has anyone ever won one of these {brand} contests?'],
}

export const BRAND_THANKS: Family = {
  name: 'brand_thanks',
  tone: 'positive',
  fr: ['Merci infiniment pour ce message ❤️ Nous transmettons à toute l’équipe, qui en sera très touchée !'],
  en: ['Thank you so much for sharing ❤️ We will pass it on to the team!'],
}
