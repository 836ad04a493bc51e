// French posts specific to a crisis cause: the post that starts it, first-hand
// accounts, and headlines. Why: a data leak and a factory fire do not read alike.
// Slots as in texts-crisis-fr.ts.

import type { CauseTexts } from './cause-texts.ts'

export const CAUSES_FR: CauseTexts = {
  product_defect: {
    origin: [
      "Regardez ce qui est arrivé avec {product} de chez {brand}. {What}. Je ne suis visiblement pas le seul. Photos à l'appui 👇",
      'Alerte aux clients {brand} : {what}. Vérifiez vos produits, sérieusement.',
    ],
    witness: [
      "Même chose chez nous avec {product}. On a tout arrêté d'utiliser. {brand} ne répond pas",
      "J'ai le même lot à la maison. {What}… je fais quoi {brand} ??",
      'Je croyais être un cas isolé, mais en fait {what}. Ça fait {n} personnes rien que dans mon entourage',
      'Mon fils a été touché. {What}. On sort des urgences. {brand} vous attendez quoi pour rappeler vos produits ?',
      "J'avais signalé le problème à {brand} il y a trois semaines. Réponse : « cas isolé ». Tu parles.",
    ],
    headline: [
      'Produits défectueux : {brand} face à une avalanche de signalements',
      '{brand} : vers un rappel massif ?',
      '{What} : les autorités sanitaires saisies',
    ],
  },
  accident: {
    origin: [
      'URGENT — explosion entendue à {place}, énorme colonne de fumée au-dessus du site {brand}. Restez chez vous',
      '🔴 Incendie en cours sur le site {brand} de {place}. Les pompiers sont sur place, la zone est bouclée',
    ],
    witness: [
      "J'habite à 2 km, les vitres ont tremblé. On voit les flammes d'ici. {brand} {place}",
      "Odeur irrespirable à {place}, on nous dit de fermer les fenêtres. Quelqu'un a des infos sur le site {brand} ?",
      "Les sirènes hurlent depuis 20 minutes à {place}. Mon frère travaille chez {brand}, je n'arrive pas à le joindre 😰",
      "Vidéo prise depuis l'autoroute : {what}. C'est impressionnant",
      'Confinement demandé autour du site {brand}. Les écoles gardent les enfants.',
    ],
    headline: [
      '{place} : {what}, plusieurs blessés',
      '{brand} : un incendie ravage le site de {place}',
      'DIRECT — {What}',
      'Accident chez {brand} à {place} : le préfet fait le point',
      '{What} : une enquête ouverte',
    ],
  },
  employee_post: {
    origin: [
      "Vidéo tournée en interne chez {brand}. {What}. Voilà comment ils parlent de vous quand vous n'êtes pas là.",
      "Un salarié de {brand} a posté ça puis supprimé, heureusement j'ai fait une capture. {What}.",
    ],
    witness: [
      "J'ai bossé chez {brand} pendant 4 ans. Ce qu'on voit dans la vidéo, c'est le quotidien, pas une exception",
      "Ex-salariée {brand} ici. Je confirme, et ce n'est pas la première fois",
      "La vidéo a déjà été supprimée trois fois, elle revient toujours. {brand} ne pourra pas l'effacer",
      "Le pire c'est que ça ne m'étonne même pas de {brand}",
    ],
    headline: [
      'Vidéo polémique : {brand} dans la tourmente',
      '{brand} : un salarié filmé, la marque sous pression',
      '{What} : {brand} annonce une mise à pied',
    ],
  },
  customer_service: {
    origin: [
      "Voilà comment {brand} traite ses clients. {What}. Je n'en reviens toujours pas. Thread 🧵",
      'Ma mère a {n} ans. Voilà ce que {brand} lui a fait : {what}. Faites tourner.',
    ],
    witness: [
      "Exactement la même histoire avec {brand} l'an dernier. On m'a raccroché au nez",
      "Ce n'est pas un cas isolé. {brand} a fait pareil avec mon grand-père",
      "Chez {brand} on est un numéro, rien d'autre. Cette histoire le prouve",
      "J'ai appelé le service client de {brand} pour leur demander. Réponse : « pas de commentaire »",
    ],
    headline: [
      "Le calvaire d'une cliente de {brand} indigne les réseaux",
      "{brand} : la vidéo d'une cliente humiliée fait le tour du web",
    ],
  },
  data_breach_outage: {
    origin: [
      '🚨 Un fichier contenant des données de clients {brand} est en vente sur un forum : noms, adresses, IBAN. {What}.',
      "Alerte : {what}. J'ai reçu un SMS d'arnaque avec mes vraies infos {brand}. Méfiez-vous.",
    ],
    witness: [
      'Je viens de recevoir un faux SMS avec mon nom, mon adresse ET mon IBAN. Merci {brand}.',
      "Mes coordonnées sont dans le fichier. J'ai vérifié. {brand} ne m'a jamais prévenu",
      'Tentative de prélèvement frauduleux sur mon compte ce matin. Coïncidence ? {brand}',
      '{brand} toujours en rade, ça fait {hours} heures. Impossible de travailler. #{tag}',
      "Mon père a reçu un appel d'un faux conseiller {brand} qui connaissait TOUT sur lui",
    ],
    headline: [
      '{brand} : les données de clients en vente sur le dark web',
      "Fuite de données chez {brand} : ce qu'il faut faire",
      '{brand} confirme {what}',
      'Cyberattaque : la CNIL saisie du cas {brand}',
    ],
  },
  external_attack: {
    origin: [
      "Euh… le compte officiel de {brand} vient de publier des liens d'arnaque crypto. Ils ont été piratés ?",
      'Cyberattaque en cours chez {brand} : plus rien ne fonctionne, message de rançon affiché sur leurs écrans',
    ],
    witness: [
      'Impossible de me connecter à {brand} depuis ce matin, et maintenant on apprend {what}',
      'Ne cliquez sur AUCUN lien envoyé par {brand} en ce moment',
      "Mes données sont où, {brand} ? Vous avez été piratés et on l'apprend par la presse",
    ],
    headline: [
      "{brand} victime d'une cyberattaque",
      '{What} : {brand} porte plainte',
      'Rançongiciel : {brand} paralysé',
    ],
  },
  governance: {
    origin: [
      "ENQUÊTE — {what}. Documents internes à l'appui, nous révélons comment {brand} a procédé pendant des années.",
      'Ce que révèlent les documents internes de {brand} : {what}. Long thread 🧵',
    ],
    witness: [
      'Je travaillais au siège de {brand}. Tout le monde savait.',
      'Et pendant ce temps-là on nous demandait des efforts chez {brand}. Écœurant',
      "Quand on pense que {brand} donne des leçons d'éthique dans ses pubs…",
    ],
    headline: [
      'Révélations : {what}',
      '{brand} : la direction dans la tourmente après nos révélations',
      '{brand} : le parquet ouvre une enquête',
      'Scandale {brand} : le PDG sous pression',
    ],
  },
}
