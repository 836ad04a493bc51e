import type { Family } from './family.ts'
import {
  AFTER_STATEMENT,
  type CrisisCause,
  type CrisisStory,
  MOCKERY,
  OUTRAGE_COMMON,
  VOICES,
} from './story.ts'

const family = (name: string, tone: Family['tone'], fr: string[], en: string[]): Family => ({
  name,
  tone,
  fr,
  en,
})
const common = [
  { family: OUTRAGE_COMMON, weight: 4 },
  { family: MOCKERY, weight: 1.5 },
  { family: VOICES, weight: 1 },
]

const EMPLOYEE_POST: CrisisStory = {
  cause: 'employee_post',
  description: "an employee's insulting post about customers goes viral",
  hashtags: ['#BoycottTelecomete', '#TelecometeHonte', '#Telecomete'],
  originBy: 'employee',
  origin: family(
    'employee_insult',
    'negative',
    [
      "Journée à la hotline {brand} : encore 60 abrutis qui savent pas brancher une box. Les clients c'est vraiment des boulets, qu'ils aillent chez {rival} 🤮",
    ],
    ["Another day on the {brand} helpline with idiots who can't plug in a router. Customers are morons 🤮"],
  ),
  reactions: [
    ...common,
    {
      family: family(
        'employee_outrage',
        'negative',
        [
          'Un conseiller {brand} qui traite les clients de boulets. Voilà comment ils nous voient. {event} {e-}',
          "Capture d'écran du post du salarié de {brand} : « les clients c'est des boulets ». Inadmissible. {event}",
          '{@brand} vous cautionnez les insultes de vos conseillers envers vos clients ? {e-}',
          'Après ça vous voulez que je rappelle le service client {brand} ? Plus jamais. {event}',
        ],
        ['A {brand} helpline employee calling customers morons. Disgusting {event} {e-}'],
      ),
      weight: 5,
    },
  ],
  statement: family(
    'statement',
    'neutral',
    [
      "Nous condamnons fermement les propos tenus par l'un de nos collaborateurs, qui ne reflètent en rien nos valeurs. Des mesures ont été prises. Nous présentons nos excuses à nos clients.",
    ],
    [
      'We strongly condemn the comments made by one of our employees. Action has been taken. We apologise to our customers.',
    ],
  ),
  afterStatement: AFTER_STATEMENT,
}

const PRODUCT_DEFECT: CrisisStory = {
  cause: 'product_defect',
  description: 'a defective box overheats; a recall follows',
  hashtags: ['#ComèteBox', '#RappelProduit', '#Telecomete'],
  originBy: 'customer',
  origin: family(
    'defect_origin',
    'negative',
    [
      'Ma Comète Box {brand} a fondu cette nuit, odeur de brûlé dans tout le salon. Photos à l’appui. {@brand} ?? 😱🔥',
    ],
    ['My {brand} router literally melted overnight, burning smell everywhere 😱🔥 {@brand}'],
  ),
  reactions: [
    ...common,
    {
      family: family(
        'defect_worried',
        'negative',
        [
          'La mienne chauffe aussi énormément, je la débranche la nuit maintenant {e-} {event}',
          'On doit faire quoi avec nos box {brand} ? Aucune info {@support} ! {event}',
          "Si j'avais eu des enfants dans la pièce… {brand} il faut un rappel immédiat {event}",
        ],
        ['Mine gets super hot too, unplugging it now {event}'],
      ),
      weight: 4,
    },
  ],
  statement: family(
    'statement',
    'neutral',
    [
      'Information sécurité : par précaution, nous rappelons les Comète Box 5 fabriquées entre mars et mai. Un échange gratuit est organisé en boutique. Nous présentons nos excuses.',
    ],
    [
      'Safety notice: we are recalling Comète Box 5 units made between March and May. Free replacement in store.',
    ],
  ),
  afterStatement: AFTER_STATEMENT,
}

const DATA_BREACH: CrisisStory = {
  cause: 'data_breach_outage',
  description: 'a customer data leak, then a national outage',
  hashtags: ['#FuiteDeDonnées', '#PanneTelecomete', '#Telecomete'],
  originBy: 'news',
  origin: family(
    'breach_origin',
    'negative',
    [
      'EXCLUSIF : les données de {n} millions de clients {brand} en vente sur un forum pirate (noms, IBAN, adresses). {event}',
    ],
    ['BREAKING: data of {n} million {brand} customers for sale on a hacking forum {event}'],
  ),
  reactions: [
    ...common,
    {
      family: family(
        'breach_worried',
        'negative',
        [
          'Mon IBAN dans la nature grâce à {brand}, merci bien {e-} {event}',
          'Je viens de recevoir un SMS de phishing « {brand} », ça commence {event} {e-}',
          '{@support} comment savoir si mes données font partie de la fuite ?? {event}',
          'Plus de réseau ni d’internet depuis ce matin, panne {brand} partout en France ? {event}',
        ],
        ['Got a phishing text pretending to be {brand} already {event} {e-}'],
      ),
      weight: 4,
    },
  ],
  statement: family(
    'statement',
    'neutral',
    [
      "Nous avons été victimes d'un acte de cybermalveillance. Les mots de passe ne sont pas concernés. Nous avons porté plainte et informé la CNIL. Nous contacterons chaque client concerné.",
    ],
    [
      'We were the target of a cyberattack. Passwords are not affected. Every affected customer will be contacted.',
    ],
  ),
  afterStatement: AFTER_STATEMENT,
}

const ACCIDENT: CrisisStory = {
  cause: 'accident',
  description: 'a fire at a technical site injures a technician and cuts service',
  hashtags: ['#Incendie', '#Telecomete'],
  originBy: 'witness',
  origin: family(
    'accident_origin',
    'negative',
    [
      'Gros incendie au centre technique {brand} de {city}, énorme fumée noire, les pompiers sont sur place 😨 {event}',
    ],
    ['Huge fire at the {brand} technical centre in {city}, black smoke everywhere 😨'],
  ),
  reactions: [
    ...common,
    {
      family: family(
        'accident_concern',
        'negative',
        [
          "Un technicien {brand} blessé dans l'incendie de {city}, pensées pour lui et sa famille 🙏 {event}",
          "Plus aucun réseau {brand} dans tout le secteur de {city} depuis l'incendie {e-}",
          'Il paraît que les alarmes incendie du site {brand} ne marchaient plus depuis des mois… {event}',
        ],
        ['A {brand} technician injured in the {city} fire, thoughts with him {event}'],
      ),
      weight: 4,
    },
  ],
  statement: family(
    'statement',
    'neutral',
    [
      "Un incendie s'est déclaré sur notre site technique. Un collaborateur a été blessé, nos pensées vont vers lui. Une enquête est en cours ; le service est rétabli progressivement.",
    ],
    ['A fire broke out at one of our technical sites. One colleague was injured. Service is being restored.'],
  ),
  afterStatement: AFTER_STATEMENT,
}

export const CRISIS_STORIES: Record<CrisisCause, CrisisStory> = {
  employee_post: EMPLOYEE_POST,
  product_defect: PRODUCT_DEFECT,
  data_breach_outage: DATA_BREACH,
  accident: ACCIDENT,
}
