import type { Family } from './family.ts'

/** Harmless bursts of the varied profiles: loud, sometimes grumpy, never a crisis. */
const family = (name: string, tone: Family['tone'], fr: string[], en: string[]): Family => ({
  name,
  tone,
  fr,
  en,
})

export const LAUNCH_ANNOUNCE = family(
  'launch_announce',
  'positive',
  [
    '🚀 Elle est là : la nouvelle Comète Box 2, Wi-Fi 7 et 8 Gb/s, dès aujourd’hui en boutique et sur le site {event}',
  ],
  ['🚀 Meet the new Comète Box 2: Wi-Fi 7 and 8 Gb/s, available today {event}'],
)
export const LAUNCH_CROWD = family(
  'launch_crowd',
  'positive',
  [
    'La Comète Box 2 de {brand} a l’air vraiment bien {event} {e+}',
    'Qui a déjà commandé la nouvelle box {brand} ? {event}',
    'Je précommande la Comète Box 2, vivement la livraison {e+}',
    'Le design de la nouvelle box {brand} 😍 {event}',
  ],
  ['The new {brand} box looks great {event} {e+}', 'Who ordered the Comète Box 2 already? {event}'],
)
export const LAUNCH_DOUBT = family(
  'launch_doubt',
  'negative',
  [
    '{price} par mois la nouvelle box {brand}, un peu cher quand même {event}',
    'Et les anciens clients {brand}, on a droit à la Comète Box 2 ou pas ? {e?}',
  ],
  ['{price} a month for the new {brand} box, bit pricey {event}'],
)
export const LAUNCH_NEWS = family(
  'launch_news',
  'neutral',
  [
    '{brand} lance la Comète Box 2 pour concurrencer {rival} {event}',
    'Test : la Comète Box 2 de {brand} tient-elle ses promesses ?',
  ],
  ['{brand} launches its Comète Box 2 to take on {rival}'],
)

export const MATCH_CROWD = family(
  'match_crowd',
  'positive',
  [
    'ALLEZZZZ ⚽🔥 {event} merci {brand} pour le maillot',
    'Le logo {brand} sur le maillot en finale, quelle visibilité {event}',
    'BUUUUT !!! {event} {e+} (et la pub {brand} à la mi-temps 😂)',
    'Finale de folie, {brand} partenaire officiel {event} {e+}',
  ],
  ['GOAAAL {event} {e+} nice {brand} jersey', 'What a final! {brand} logo everywhere {event}'],
)
export const MATCH_GRUMBLE = family(
  'match_grumble',
  'negative',
  [
    "Arbitre scandaleux, on s'est fait voler la finale {event} {e-}",
    'Perdu en finale… même le maillot {brand} pleure {event} {e-}',
    'Le streaming {brand} TV a lagué pile sur le penalty 😤 {event}',
  ],
  ['Robbed in the final {event} {e-}'],
)
export const MATCH_BRAND = family(
  'match_brand',
  'positive',
  ['⚽ Ce soir c’est la finale ! Fiers d’être partenaire officiel. Tous derrière l’équipe {event}'],
  ['⚽ Final tonight! Proud official partner {event}'],
)

export const AD_CROWD = family(
  'ad_crowd',
  'neutral',
  [
    'La nouvelle pub {brand} avec le chien astronaute 😂 {event}',
    'Qui a vu la pub {brand} pendant le film ? {e?}',
    'Cette musique de la pub {brand}, impossible de m’en débarrasser {event}',
    'Pub {brand} trop mignonne {e+} {event}',
  ],
  ['That new {brand} ad with the space dog 😂 {event}'],
)
export const AD_ANNOYED = family(
  'ad_annoyed',
  'negative',
  [
    'Encore la pub {brand}, 4 fois dans la soirée, stop {e-}',
    'La pub {brand} coupe le film pile au meilleur moment {e-}',
  ],
  ['Fourth time tonight I see that {brand} ad {e-}'],
)

export const GIVEAWAY_BRAND = family(
  'giveaway_brand',
  'positive',
  ['🎁 CONCOURS : 10 iPhone à gagner ! RT + follow {@brand} + identifie 2 amis. Tirage vendredi {event}'],
  ['🎁 GIVEAWAY: 10 phones to win! RT + follow {@brand} + tag 2 friends {event}'],
)
export const GIVEAWAY_ENTRY = family(
  'giveaway_entry',
  'positive',
  [
    'Je participe ! {event} {@brand} {friend} {friend}',
    'Je participe {event} {friend} {friend}',
    'Je tente ma chance {event} {@brand} {friend}',
    'Participe ✅ {event} {friend} {friend}',
  ],
  ['I’m in! {event} {@brand} {friend} {friend}'],
)

export const NEWS_ARTICLE = family(
  'news_article',
  'neutral',
  ['{brand} va investir 2 milliards d’euros pour amener la fibre dans 5 000 communes rurales {event}'],
  ['{brand} to invest €2bn bringing fibre to 5,000 rural towns {event}'],
)
export const NEWS_SHARE = family(
  'news_share',
  'neutral',
  [
    'Enfin la fibre dans nos campagnes ? {brand} {event}',
    'À lire : {brand} et la fibre rurale {event} {e?}',
    'Bonne nouvelle pour {city} si {brand} tient parole {event}',
  ],
  ['Fibre for rural towns, {brand} says {event}'],
)

export const MEME_ORIGIN = family(
  'meme_origin',
  'positive',
  [
    'Moi quand la box {brand} redémarre enfin après 3 minutes 🧘‍♂️✨ (la lumière verte est ma religion) {event}',
  ],
  ['Me when the {brand} box finally reboots after 3 minutes 🧘‍♂️✨ {event}'],
)
export const MEME_CROWD = family(
  'meme_crowd',
  'positive',
  [
    '😂😂😂 trop vrai {event}',
    'La lumière verte 🙏 {brand} {event}',
    'Je suis mort 😂 {brand} {event}',
    'Tellement moi {e+} {event}',
  ],
  ['😂😂 so true {event}', 'The green light 🙏 {event}'],
)

export const SPAM_POST = family(
  'spam',
  'neutral',
  [
    '🎁 {brand} offre 500€ aux 1000 premiers clients ! Réclamez ici 👉 http://promo-telecomete.example/{code} #Telecomete #cadeau #gratuit',
    '🎁 {brand} offre 500€ aux 1000 premiers clients ! Réclamez vite 👉 http://promo-telecomete.example/{code} #Telecomete #gratuit',
  ],
  [
    '🎁 {brand} gives $500 to the first 1000 customers! Claim here 👉 http://promo-telecomete.example/{code} #Telecomete #free',
  ],
)
export const HASHTAG_SPAM = family(
  'hashtag_spam',
  'neutral',
  [
    'Gagnez de l’argent depuis chez vous 💰 lien en bio #Telecomete #Bitcoin #crypto #Netflix #iPhone15 #PSG #TikTok #gagner',
    '#Telecomete #fibre #5G #Bitcoin #trading #argentfacile #teletravail 💸 DM pour infos',
  ],
  ['Make money from home 💰 link in bio #Telecomete #Bitcoin #crypto #Netflix #iPhone15 #giveaway'],
)
