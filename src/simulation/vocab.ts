/** Words the text templates and the author population draw from. */
export const FIRST_NAMES_FR = [
  'lea', 'manon', 'camille', 'chloe', 'ines', 'sarah', 'julie', 'emma', 'lucie', 'anais', 'nadia', 'fatou',
  'thomas', 'lucas', 'hugo', 'nicolas', 'julien', 'maxime', 'karim', 'mehdi', 'antoine', 'romain', 'yanis',
  'kevin', 'sylvie', 'nathalie', 'patrick', 'christophe', 'francoise', 'gerard', 'mamadou', 'pierre', 'elodie',
]
export const FIRST_NAMES_EN = [
  'james', 'emily', 'olivia', 'jack', 'harry', 'sophie', 'liam', 'chloe', 'mike', 'sarah', 'dan', 'grace',
  'tom', 'amy', 'ryan', 'zoe',
]
export const LAST_NAMES = [
  'martin', 'bernard', 'dubois', 'durand', 'leroy', 'moreau', 'simon', 'laurent', 'michel', 'garcia', 'roux',
  'fournier', 'girard', 'bonnet', 'mercier', 'blanc', 'guerin', 'diallo', 'benali', 'nguyen', 'smith', 'brown',
  'taylor', 'wilson', 'evans',
]
export const HANDLE_SUFFIXES = ['', '_', '_off', 'officiel', '75', '69', '13', '33', '59', '_pro', 'du92', '_x']

/** Fictional news outlets (verified, large audiences). */
export const NEWS_OUTLETS = [
  { handle: 'infodirect', name: 'InfoDirect', lang: 'fr' },
  { handle: 'le_quotidien_eco', name: 'Le Quotidien Éco', lang: 'fr' },
  { handle: 'franceactu24', name: 'France Actu 24', lang: 'fr' },
  { handle: 'tech_hexagone', name: 'Tech Hexagone', lang: 'fr' },
  { handle: 'conso_alerte', name: 'Conso Alerte', lang: 'fr' },
  { handle: 'radio_matin', name: 'Radio Matin', lang: 'fr' },
  { handle: 'la_depeche_num', name: 'La Dépêche Numérique', lang: 'fr' },
  { handle: 'eurotelco_news', name: 'EuroTelco News', lang: 'en' },
  { handle: 'techwire_eu', name: 'TechWire Europe', lang: 'en' },
] as const

export const CITIES = [
  'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille', 'Bordeaux', 'Rennes', 'Strasbourg', 'Montpellier',
  'Grenoble', 'Dijon', 'Brest', 'Limoges', 'Clermont-Ferrand', 'Paris 11e', 'Saint-Étienne', 'Béziers',
]
export const NEGATIVE_EMOJI = ['😡', '🤬', '😤', '🙄', '😠', '👎', '🤡', '😒', '💩']
export const POSITIVE_EMOJI = ['👍', '😍', '🙏', '❤️', '👏', '🥳', '😊', '💯', '✨']
export const NEUTRAL_EMOJI = ['🤔', '📱', '📶', '📡', '👀', '🤷']
export const DURATIONS_FR = ['2 jours', '3 jours', 'une semaine', '48h', 'ce matin', 'hier soir', '10 jours']
export const DURATIONS_EN = ['2 days', '3 days', 'a week', '48h', 'this morning', 'last night']
export const PRICES = ['9,99€', '14,99€', '19,99€', '24,99€', '29,99€', '39,99€']
export const GENERIC_HASHTAGS_FR = ['#fibre', '#5G', '#internet', '#conso', '#SAV', '#telecom', '#box']
export const GENERIC_HASHTAGS_EN = ['#telecom', '#5G', '#customerservice', '#broadband']
