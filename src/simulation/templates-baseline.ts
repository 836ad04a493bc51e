import type { Family } from './family.ts'

/** Ordinary chatter about a telecom brand. */
export const COMPLAINT: Family = {
  name: 'complaint',
  tone: 'negative',
  fr: [
    "Toujours pas de connexion chez {brand} depuis {duration}, c'est une blague ? {e-}",
    '{@brand} ça fait {duration} que {product} ne marche plus, vous comptez faire quelque chose ?? {e-}',
    "3e appel au service client de {brand}, 45 minutes d'attente pour raccrocher au nez. Inadmissible. {e-}",
    'Facture de {price} en plus ce mois-ci sans explication… merci {@brand} {e-} #arnaque',
    'Panne réseau à {city} encore une fois. {brand} vous êtes nuls. {e-}',
    'Le technicien {brand} devait passer ce matin, personne. Journée de congé perdue. {e-}',
    "{@support} j'ai ouvert un ticket il y a {duration}, toujours aucune réponse {e-}",
    "Je paie {price} par mois pour {product} et j'ai 2 barres de réseau dans mon salon. Honteux {brand}",
    'Débit catastrophique ce soir avec {product}, {brand} faites un effort {e-}',
    "J'en ai marre de {brand}, je passe chez {rival} dès la fin de l'engagement {e-}",
  ],
  en: [
    '{@brand} my internet has been down for {duration}, this is ridiculous {e-}',
    'Worst customer service ever, {brand}. 40 minutes on hold and nobody picks up {e-}',
    'Why is my {brand} bill {price} higher this month?? {e-}',
    'No signal again in {city}. Seriously {brand}? {e-}',
  ],
  es: [
    'Sin conexión otra vez con {brand}, llevo dos días esperando al técnico {e-}',
    '{@brand} la factura de este mes es un robo, nadie contesta en atención al cliente {e-}',
    'Otra vez sin red en {city}. {brand} es un desastre {e-}',
  ],
  de: [
    'Schon wieder kein Internet mit {brand}, seit zwei Tagen warte ich auf den Techniker {e-}',
    '{@brand} die Rechnung diesen Monat ist viel zu hoch, und niemand antwortet {e-}',
    'Wieder kein Netz in {city}. {brand} ist eine Katastrophe {e-}',
  ],
}

export const QUESTION: Family = {
  name: 'question',
  tone: 'neutral',
  fr: [
    "Quelqu'un sait si {brand} couvre bien {city} en 5G ? {e?}",
    '{@support} bonjour, comment je fais pour changer mon adresse de facturation ?',
    "C'est normal que {product} clignote orange ? {@support}",
    'Vous êtes chez {brand} ou {rival} vous ? Je dois changer de box',
    '{brand} ou {rival} pour la fibre à {city}, des avis ? {e?}',
    'Comment on résilie chez {brand} sans frais ? Asking for a friend',
    '{@support} est-ce que la portabilité du numéro est gratuite ?',
  ],
  en: [
    'Anyone using {brand} in {city}? How is the coverage? {e?}',
    '{@support} how do I transfer my number to a new SIM?',
    "Is {brand}'s {product} worth it? {e?}",
  ],
  es: [
    '¿Alguien sabe si {brand} tiene buena cobertura en {city}? {e?}',
    '{@support} hola, ¿cómo cambio mi dirección de facturación?',
  ],
  de: [
    'Weiß jemand, ob {brand} in {city} gutes Netz hat? {e?}',
    '{@support} hallo, wie ändere ich meine Rechnungsadresse?',
  ],
}

export const PRAISE: Family = {
  name: 'praise',
  tone: 'positive',
  fr: [
    'Franchement rien à redire sur {product} de {brand}, ça marche nickel {e+}',
    'Merci {@support} pour la réponse rapide, problème réglé en 10 min {e+}',
    'Passé chez {brand} le mois dernier, le débit est top et moins cher que {rival} {e+}',
    'Le technicien {brand} était super sympa et efficace, merci ! {e+}',
    'Bravo {@brand}, la fibre installée en 48h à {city} {e+}',
    'Agréablement surpris par le service client {brand}, comme quoi {e+}',
  ],
  en: [
    'Switched to {brand} and the speed is amazing {e+}',
    'Thanks {@support} for sorting out my issue so quickly {e+}',
    'Have to say {brand} customer service was great today {e+}',
  ],
  es: [
    'Muy contento con {product} de {brand}, funciona perfecto {e+}',
    'Gracias {@support} por la respuesta tan rápida {e+}',
  ],
  de: [
    'Sehr zufrieden mit {product} von {brand}, läuft super {e+}',
    'Danke {@support} für die schnelle Antwort {e+}',
  ],
}

export const CHATTER: Family = {
  name: 'chatter',
  tone: 'neutral',
  fr: [
    'Je passe en boutique {brand} à {city} cet aprem pour {product}',
    'Nouveau téléphone, nouvelle carte SIM {brand} {e?}',
    'Ma mère vient de prendre {product} chez {brand}, on verra bien',
    'Comparatif {brand} / {rival} / Satelio pour la rentrée, je vous tiens au courant',
    'Le spot de pub {brand} avec le chien passe en boucle ce soir {e?}',
    "Je viens de voir qu'il y a une boutique {brand} qui ouvre à {city}",
  ],
  en: ['Getting a new {brand} SIM today {e?}', 'Comparing {brand} and {rival} plans, any thoughts?'],
  es: [
    'Hoy paso por la tienda de {brand} en {city} {e?}',
    'Comparando {brand} y {rival} para las vacaciones en Francia',
  ],
  de: [
    'Heute hole ich mir eine SIM-Karte von {brand} für den Urlaub in Frankreich {e?}',
    'Vergleiche gerade {brand} und {rival}, hat jemand Erfahrungen?',
  ],
}

export const NEWS: Family = {
  name: 'news',
  tone: 'neutral',
  fr: [
    '{brand} annonce {n} nouvelles antennes 5G en Occitanie d’ici la fin de l’année',
    'Télécoms : {brand} revoit ses tarifs, {product} passe à {price}',
    '{brand} et {rival} se disputent le marché de la fibre dans les zones rurales',
    'Résultats trimestriels : {brand} gagne {n} 000 abonnés fibre',
    '{ceo}, PDG de {brand}, défend la stratégie du groupe face à {rival}',
  ],
  en: ['{brand} adds {n}k fiber subscribers in the quarter', '{brand} CEO {ceo} outlines 5G rollout plans'],
}

export const OFFER: Family = {
  name: 'offer',
  tone: 'positive',
  fr: [
    '🔥 Nouveau : {product} à {price}/mois pendant 1 an. Profitez-en ! {tag}',
    "📶 La 5G {brand} arrive à {city} ! Testez votre éligibilité sur l'appli. {tag}",
    "Bon plan : -50% sur {product} jusqu'à dimanche {tag} {e+}",
  ],
  en: ['New: {product} from {price}/month {tag}'],
}

/** The support desk answering a complaint or a question. */
export const SUPPORT_REPLY: Family = {
  name: 'support_reply',
  tone: 'neutral',
  fr: [
    'Bonjour, nous sommes désolés pour la gêne occasionnée. Pouvez-vous nous écrire en message privé avec votre numéro client ? ^Julie',
    'Bonjour, un incident est en cours sur votre secteur, nos équipes sont mobilisées. Merci de votre patience. ^Karim',
    'Bonjour, je regarde ça tout de suite, pouvez-vous nous envoyer vos coordonnées en DM ? ^Sonia',
    'Bonjour ! Vous trouverez la procédure dans l’appli, rubrique Assistance. Bonne journée ^Thomas',
  ],
  en: ['Hi, sorry for the trouble. Could you DM us your account number so we can look into it? ^Julie'],
}

export const REPLY_NEGATIVE: Family = {
  name: 'reply_negative',
  tone: 'negative',
  fr: [
    'Pareil ici {e-}',
    'Même problème depuis {duration}',
    '+1, toujours en panne',
    "C'est toujours la même chose avec eux {e-}",
    'Scandaleux.',
  ],
  en: ['Same here {e-}', 'Same problem for {duration}', '+1 still down'],
  es: ['Aquí igual {e-}', 'Lo mismo me pasa a mí'],
  de: ['Bei mir genauso {e-}', 'Das gleiche Problem hier'],
}

export const REPLY_NEUTRAL: Family = {
  name: 'reply_neutral',
  tone: 'neutral',
  fr: [
    'Je me pose la même question',
    'Tu as essayé de redémarrer la box ?',
    'Regarde sur le site, il y a une FAQ',
    'Ça dépend des quartiers je crois',
  ],
  en: ['Good question', 'Did you try restarting it?', 'Check the FAQ on their site'],
  es: ['¿Probaste a reiniciar el router?', 'Buena pregunta'],
  de: ['Hast du den Router neu gestartet?', 'Gute Frage'],
}

export const REPLY_POSITIVE: Family = {
  name: 'reply_positive',
  tone: 'positive',
  fr: ['Trop bien {e+}', 'Pareil, très contente', 'Ah super, merci pour l’info {e+}', 'Top !'],
  en: ['Nice {e+}', 'Great to hear', 'Love it {e+}'],
  es: ['¡Qué bien! {e+}', 'Genial, gracias por la info'],
  de: ['Super {e+}', 'Toll, danke für die Info'],
}
