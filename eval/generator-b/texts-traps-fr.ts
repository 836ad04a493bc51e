// French posts of harmless bursts: contests, launches, results, sponsoring,
// TV ads, celebrities, memes, bots. Why some sound negative (a weak quarter, a
// cringe ad, a mocking meme): ordinary bursts are not all praise either.
// Slots: {brand} {product} {prize} {friend} {friend2} {pct} {code} {link} {celeb} {team} {n} {tagBrand} {winner}

import type { TrapTexts } from './trap-texts.ts'

export const TRAPS_FR: TrapTexts = {
  giveawayPost: [
    '🎁 CONCOURS 🎁 Pour fêter nos 10 ans, on vous fait gagner {prize} ! RT + follow {brand} pour participer. Tirage vendredi 🍀',
    'JEU CONCOURS ✨ {prize} à gagner ! Pour participer : RT ce post, suivez {brand} et identifiez un ami en commentaire. Fin dimanche minuit',
    'On a {n} lots à faire gagner 🎉 Dites-nous en commentaire votre moment préféré avec {brand} ! #Concours{tagBrand}',
  ],
  giveawayEntry: [
    '@{friend} @{friend2} on tente ! 🤞',
    'Je participe !! {brand} 🍀',
    'Ce serait un rêve de gagner 😍 @{friend}',
    'Jamais je gagne mais on tente quand même {brand}',
    '@{friend} regarde ça !! #Concours{tagBrand}',
    'Fait ✅ @{friend} @{friend2}',
    'Participation ! Merci {brand} pour ce concours 🙏',
    'Croisons les doigts 🤞🤞 {brand}',
  ],
  launchNews: [
    '{brand} dévoile sa nouveauté : {product} nouvelle génération',
    "Lancement : ce qu'il faut retenir de la présentation {brand}",
    '{brand} mise gros sur son nouveau produit',
    'Keynote {brand} : les annonces en direct',
  ],
  launchFan: [
    "La présentation {brand} de ce soir 🔥 j'en veux un",
    "Ok {brand} vous m'avez eu, je précommande",
    "Ce nouveau {product} chez {brand} a l'air incroyable",
    'Franchement la keynote {brand} était au top',
    'Le prix par contre {brand}… 😬',
    'Rien de révolutionnaire chez {brand} cette année, mais bon',
    "Quelqu'un suit le live {brand} ? C'est pour quand la date de sortie ?",
  ],
  earningsNews: [
    "{brand} : chiffre d'affaires en hausse de {pct} % sur le trimestre",
    'Résultats annuels : {brand} dépasse les attentes des analystes',
    '{brand} maintient ses objectifs malgré un contexte difficile',
    "{brand} : bénéfice en léger recul, l'action recule en séance",
    'Bourse : {brand} en tête du marché après ses résultats',
    '{brand} annonce un dividende en hausse',
  ],
  earningsComment: [
    'Les résultats de {brand} sont plutôt solides, je garde mes actions',
    '{brand} +{pct} % en bourse ce matin 📈',
    'Pas mal les chiffres {brand}, mais la marge se tasse',
    'Conférence analystes {brand} dans 10 min, on suit ça',
  ],
  sponsorship: [
    'QUEL MATCH 🔥 Bravo à {team} ! Et merci {brand} pour les maillots 😄',
    'Le but à la 90e, je suis encore debout. {brand} sponsor officiel du bonheur',
    '{team} champion !! Même le logo {brand} sur le maillot brille ce soir',
    'Trop fier de {team} ce soir 💪 {brand}',
    'Vous avez vu la célébration devant le panneau {brand} ? 😂',
  ],
  tvAd: [
    'La nouvelle pub {brand} avec le chien, je pleure à chaque fois 😭',
    'Cette pub {brand} me reste dans la tête depuis une heure',
    "La musique de la pub {brand}, quelqu'un a le titre ?",
    'Elle est un peu gênante la nouvelle pub {brand} non ? 😅',
    'Pub {brand} pendant le film, la 4e fois ce soir 🙃',
    "J'adore la nouvelle campagne {brand}, bien joué l'agence",
  ],
  celebrityPost: [
    'Petit plaisir du week-end grâce à {brand} 😋 Qui fait pareil ?',
    "Franchement {brand} m'a sauvé la journée 🙏",
    'Je ne fais jamais de pub gratuite mais là {brand}, chapeau',
    "Mon secret du moment ? {brand}. Voilà, je l'ai dit 🤫",
  ],
  fanReply: [
    'Trop bien !',
    'Même goûts que toi 😍',
    'Validé !!',
    'Ahah on le savait déjà',
    'Grave, trop bon',
    "Je savais que t'étais team {brand}",
    'Ma journée est faite',
    'Reine ❤️',
    'Mdr le placement de produit',
    'Je file en acheter',
    '😍😍😍',
    'Tu nous rends jaloux',
  ],
  meme: [
    'Moi à 3h du matin qui ouvre {brand} « juste pour regarder » 🤡',
    'Le {brand} que tu commandes vs le {brand} que tu reçois 😂',
    'Personne :\nAbsolument personne :\n{brand} : *envoie une notif à 7h*',
    'Quand {brand} dit « dans 5 minutes » 💀',
    "{brand} c'est ma personnalité maintenant",
    "Ce mème sur {brand} je ne m'en remets pas 😭",
  ],
  memeReply: [
    'MDRRR',
    'Trop vrai 😭',
    'Je me sens visé',
    "C'est moi",
    '😂😂😂😂',
    "Pourquoi c'est si précis",
    'Je suis mort',
  ],
  couponBot: [
    '🔥 BON PLAN {brand} 🔥 Code promo {code} = -{pct}% sur tout ! 👉 {link} #bonplan #promo',
    "⚡ {brand} : code {code} valable aujourd'hui seulement 👉 {link}",
    'Réduction {brand} -{pct}% avec {code} ✅ {link} #codepromo',
  ],
  cryptoBot: [
    '🚀 {brand} lance son token ! Airdrop GRATUIT pour les {n} premiers 👉 {link} #crypto #airdrop',
    '💰 Gagnez 500 € avec {brand} en 24h, méthode garantie 👉 {link}',
    'Partenariat {brand} x blockchain : réclamez vos jetons ici {link} 🔥',
  ],
  statusBot: [
    '⚠️ Problèmes signalés chez {brand} : {n} signalements ces 30 dernières minutes. Carte en direct : {link}',
    '{brand} rencontre peut-être des difficultés. {n} signalements. {link}',
  ],
  heartwarming: [
    'Un employé de {brand} a fait 40 km après son service pour rapporter le doudou oublié par ma fille. Merci infiniment ❤️',
    'Hier, le conseiller {brand} est resté 2 heures avec ma grand-mère pour tout lui expliquer. Il y a encore des gens bien',
  ],
  finale: [
    'QUELLE FINALE 😭😭 {winner} méritait tellement {brand}',
    '{winner} gagne {brand} !!! Je hurle',
    "Meilleure finale de l'histoire de {brand}",
    "Je ne suis pas d'accord avec le résultat mais quelle saison {brand}",
    'Merci {brand} pour cette saison, vivement la prochaine',
  ],
  marketNews: [
    '{brand} arrive en Espagne avec 40 points de vente',
    '{brand} se lance sur un nouveau marché européen',
  ],
}
