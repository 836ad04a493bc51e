// Fictional news outlets, French and English. Why: news accounts are verified,
// have big audiences, post headlines with titles, and lead accident crises.

export interface Outlet {
  handle: string
  name: string
  domain: string
  followers: number
  lang: 'fr' | 'en'
}

export const NEWS_OUTLETS: Outlet[] = [
  {
    handle: 'lequotidien_nat',
    name: 'Le Quotidien National',
    domain: 'lequotidien-national.fr',
    followers: 2_400_000,
    lang: 'fr',
  },
  { handle: 'infomatin', name: 'Info Matin', domain: 'infomatin.fr', followers: 1_100_000, lang: 'fr' },
  {
    handle: 'courriereco',
    name: 'Le Courrier Éco',
    domain: 'courrier-eco.fr',
    followers: 380_000,
    lang: 'fr',
  },
  {
    handle: 'infodirect24',
    name: 'InfoDirect 24',
    domain: 'infodirect24.fr',
    followers: 3_200_000,
    lang: 'fr',
  },
  {
    handle: 'echoregional',
    name: "L'Écho Régional",
    domain: 'echo-regional.fr',
    followers: 95_000,
    lang: 'fr',
  },
  {
    handle: 'radioazurinfo',
    name: 'Radio Azur Info',
    domain: 'radioazur.fr',
    followers: 210_000,
    lang: 'fr',
  },
  { handle: 'technco_mag', name: 'Tech & Co Mag', domain: 'technco.fr', followers: 160_000, lang: 'fr' },
  { handle: 'leveilleur', name: 'Le Veilleur', domain: 'leveilleur.fr', followers: 540_000, lang: 'fr' },
  {
    handle: 'dailyledger',
    name: 'The Daily Ledger',
    domain: 'dailyledger.com',
    followers: 4_100_000,
    lang: 'en',
  },
  {
    handle: 'morningwire_news',
    name: 'Morning Wire',
    domain: 'morningwire.news',
    followers: 1_300_000,
    lang: 'en',
  },
  { handle: 'metroherald', name: 'Metro Herald', domain: 'metroherald.com', followers: 620_000, lang: 'en' },
  { handle: 'bizpulse', name: 'Business Pulse', domain: 'businesspulse.com', followers: 890_000, lang: 'en' },
  {
    handle: 'harbortribune',
    name: 'Harbor Tribune',
    domain: 'harbortribune.com',
    followers: 150_000,
    lang: 'en',
  },
  {
    handle: 'globaldispatch',
    name: 'Global Dispatch',
    domain: 'globaldispatch.com',
    followers: 5_600_000,
    lang: 'en',
  },
  { handle: 'bytefront', name: 'Bytefront', domain: 'bytefront.io', followers: 310_000, lang: 'en' },
  {
    handle: 'marketcourier',
    name: 'Market Courier',
    domain: 'marketcourier.com',
    followers: 450_000,
    lang: 'en',
  },
  { handle: 'asiawire', name: 'Asia Wire', domain: 'asiawire.sg', followers: 720_000, lang: 'en' },
]
