// Vocabulary of consumer brands: fast food, cosmetics, outdoor gear, marketplace.

import type { SectorLexicon } from './sector-lexicon.ts'

export const CONSUMER_SECTORS: Record<string, SectorLexicon> = {
  fastfood: {
    products: {
      fr: [
        'le Crousty Max',
        'les frites',
        'le menu étudiant',
        'le wrap poulet',
        'la borne de commande',
        'le drive',
      ],
      en: [
        'the Crousty Max',
        'the fries',
        'the student meal',
        'the chicken wrap',
        'the ordering kiosk',
        'the drive-thru',
      ],
    },
    issues: {
      fr: [
        'il manquait encore la moitié de ma commande',
        'les frites étaient froides et molles',
        "30 minutes d'attente au drive",
        'la borne a encaissé deux fois',
        'le burger ne ressemble plus du tout à la photo',
        'les prix ont encore pris 10 %',
      ],
      en: [
        'half my order was missing again',
        'the fries were cold and soggy',
        '30 minutes at the drive-thru',
        'the kiosk charged me twice',
        'the burger looks nothing like the picture',
        'prices went up 10% again',
      ],
    },
    praise: {
      fr: [
        'le nouveau burger est une tuerie',
        "l'équipe du resto de la gare est au top",
        'le menu étudiant sauve mes fins de mois',
        'les frites étaient parfaites ce soir',
      ],
      en: [
        'the new burger is unreal',
        'the crew at the station location is the best',
        'the student meal saves my month',
        'the fries were perfect tonight',
      ],
    },
    questions: {
      fr: [
        'Le Crousty épicé revient quand ?',
        'Vous avez des options vegan maintenant ?',
        'Le resto de Rennes est ouvert la nuit ?',
      ],
      en: [
        'When is the spicy Crousty coming back?',
        'Do you have vegan options now?',
        'Is the downtown location open late?',
      ],
    },
    news: {
      fr: [
        '{brand} ouvre son 300e restaurant',
        '{brand} promet des emballages 100 % recyclables',
        '{brand} recrute 2 000 équipiers',
      ],
      en: [
        '{brand} opens its 300th restaurant',
        '{brand} pledges fully recyclable packaging',
        '{brand} to hire 2,000 crew members',
      ],
    },
    offers: {
      fr: [
        "2 Crousty achetés = le 3e offert, seulement dans l'appli 🍔",
        'Le menu étudiant passe à 5 € tout le mois',
      ],
      en: ['Buy 2 Crousty, get the 3rd free, app only 🍔', 'Student meal at $5 all month'],
    },
    crisis: {
      product_defect: {
        fr: [
          "l'intoxication de dizaines de clients après un repas",
          'les morceaux de plastique retrouvés dans les nuggets',
          'le rappel des sauces contaminées à la salmonelle',
        ],
        en: [
          'dozens of customers getting food poisoning after a meal',
          'the plastic shards found in the nuggets',
          'the recall of sauces contaminated with salmonella',
        ],
      },
      employee_post: {
        fr: [
          "la vidéo d'un équipier qui crache dans un burger",
          'la vidéo des cuisines infestées de cafards',
        ],
        en: [
          'the video of a crew member spitting in a burger',
          'the video of a kitchen crawling with cockroaches',
        ],
      },
      customer_service: {
        fr: ["le client en fauteuil roulant refusé à l'entrée"],
        en: ['the wheelchair user turned away at the door'],
      },
    },
    crisisTags: ['boycott', 'hygiene', 'intoxication', 'scandale'],
    places: ['Rennes', 'Lyon Part-Dieu', 'Montpellier'],
  },
  cosmetics: {
    products: {
      fr: [
        'le sérum éclat',
        'la crème de nuit',
        'le fond de teint',
        'le mascara volume',
        'la palette été',
        'le coffret de Noël',
      ],
      en: [
        'the glow serum',
        'the night cream',
        'the foundation',
        'the volume mascara',
        'the summer palette',
        'the holiday gift set',
      ],
    },
    issues: {
      fr: [
        "le fond de teint a complètement tourné au bout d'un mois",
        'ma commande est bloquée en préparation depuis dix jours',
        "le mascara coule dès qu'il fait chaud",
        'le flacon arrive à moitié vide',
      ],
      en: [
        'the foundation oxidized within a month',
        'my order has been stuck in processing for ten days',
        "the mascara runs as soon as it's warm",
        'the bottle arrived half empty',
      ],
    },
    praise: {
      fr: [
        'le sérum a vraiment changé ma peau',
        'le packaging est sublime',
        'les échantillons offerts sont généreux',
        'la teinte est parfaite pour les peaux mates',
      ],
      en: [
        'the serum genuinely changed my skin',
        'the packaging is gorgeous',
        'the free samples are generous',
        'the shade range finally includes deep tones',
      ],
    },
    questions: {
      fr: [
        'Le sérum convient aux peaux sensibles ?',
        'Vous testez toujours sur les animaux ?',
        'Le coffret de Noël sort quand ?',
      ],
      en: [
        'Is the serum OK for sensitive skin?',
        'Are you still cruelty-free?',
        'When does the holiday set drop?',
      ],
    },
    news: {
      fr: [
        '{brand} lance une gamme rechargeable',
        "{brand} s'installe aux États-Unis",
        '{brand} rachète une marque de soins coréenne',
      ],
      en: [
        '{brand} launches a refillable line',
        '{brand} enters the US market',
        '{brand} buys a Korean skincare label',
      ],
    },
    offers: {
      fr: ['-25 % sur tous les soins ce week-end ✨', "Votre mini sérum offert dès 40 € d'achat"],
      en: ['25% off all skincare this weekend ✨', 'Free mini serum with any $40 order'],
    },
    crisis: {
      product_defect: {
        fr: ['les brûlures causées par le nouveau sérum', 'les allergies en série après la crème de nuit'],
        en: ['the burns caused by the new serum', 'the wave of allergic reactions to the night cream'],
      },
      governance: {
        fr: [
          'les tests sur animaux cachés malgré le label',
          "le travail d'enfants chez un fournisseur de mica",
        ],
        en: ['the hidden animal testing despite the label', 'child labour at a mica supplier'],
      },
    },
    crisisTags: ['boycott', 'allergie', 'greenwashing', 'crueltyfree'],
    places: ['Grasse', 'Orléans'],
  },
  outdoor: {
    products: {
      fr: ['la veste Ridge', 'la tente 2 places', 'les chaussures de trail', 'le sac 30 L'],
      en: [
        'the Ridge jacket',
        'the 2-person tent',
        'the trail runners',
        'the 30L pack',
        'the down vest',
        'the trekking poles',
      ],
    },
    issues: {
      fr: ["la semelle s'est décollée après deux sorties"],
      en: [
        'the sole peeled off after two hikes',
        'the zipper broke on day one',
        'the warranty claim has been pending for a month',
        'the jacket is not waterproof at all',
        'shipping took three weeks',
      ],
    },
    praise: {
      fr: ['la veste a tenu sous un orage sur le GR20'],
      en: [
        'the jacket survived a full storm on the ridge',
        'they repaired my 8-year-old tent for free',
        "best trail runners I've owned",
        'the pack fits like a glove',
      ],
    },
    questions: {
      fr: ['La tente tient le vent en altitude ?'],
      en: [
        'Does the tent handle high wind above treeline?',
        'Do the trail runners run small?',
        'Any restock of the vest in XL?',
      ],
    },
    news: {
      fr: ['{brand} lance un programme de réparation'],
      en: [
        '{brand} launches a lifetime repair program',
        '{brand} opens a flagship store in Denver',
        '{brand} joins 1% for the Planet',
      ],
    },
    offers: {
      fr: ["-20 % sur les tentes avant l'été"],
      en: ['20% off tents before summer 🏕️', 'Free shipping on all trail runners this week'],
    },
    crisis: {
      product_defect: {
        fr: ['les mousquetons qui cèdent sous la charge'],
        en: ['the carabiners that fail under load', 'the stove that bursts into flames when lit'],
      },
      accident: {
        fr: ["l'incendie de l'entrepôt de {place}"],
        en: ['the warehouse fire in {place}', 'the climber injured by a faulty harness in {place}'],
      },
    },
    crisisTags: ['recall', 'safety', 'boycott'],
    places: ['Boulder', 'Salt Lake City', 'Bend'],
  },
  marketplace: {
    products: {
      fr: ["l'appli", 'la livraison 48 h', 'les ventes flash'],
      en: [
        'the app',
        '2-day shipping',
        'flash sales',
        'the wallet',
        'the seller dashboard',
        'cash on delivery',
      ],
    },
    issues: {
      fr: ["mon colis est bloqué à l'entrepôt depuis dix jours"],
      en: [
        'my parcel has been stuck at the hub for ten days',
        'the seller sent a fake',
        "the refund went to a wallet I can't use",
        'the flash sale crashed at midnight',
        "the voucher didn't apply at checkout",
        'the courier left it in the rain',
      ],
    },
    praise: {
      fr: ['livré en 24 h, impeccable'],
      en: [
        'delivered next day, flawless',
        'the 11.11 deals were actually good this year',
        'refund processed in an hour',
        'found a seller with amazing prices',
        'the live shopping stream was fun',
      ],
    },
    questions: {
      fr: ['Les vendeurs étrangers sont fiables ?'],
      en: [
        'Does the voucher stack with free shipping?',
        'Are overseas sellers reliable?',
        'When does the 12.12 sale start?',
        'Can I pay cash on delivery in Johor?',
      ],
    },
    news: {
      fr: ['{brand} lève 300 millions de dollars'],
      en: [
        '{brand} raises $300 million in new funding',
        '{brand} expands to Vietnam',
        '{brand} posts record GMV for the quarter',
      ],
    },
    offers: {
      fr: ["Ventes flash à minuit, jusqu'à -90 % ⚡"],
      en: ['Midnight flash sale, up to 90% off ⚡', 'Free shipping vouchers drop at 8 pm!'],
    },
    crisis: {
      data_breach_outage: {
        fr: ['la fuite des données de paiement de millions de clients'],
        en: ["the leak of millions of customers' payment data", 'accounts drained after the wallet breach'],
      },
      governance: {
        fr: ['les faux avis achetés en masse'],
        en: ['the mass-bought fake reviews', "the sellers' money frozen for months"],
      },
      product_defect: {
        fr: ['les chargeurs contrefaits qui prennent feu'],
        en: ['the counterfeit chargers catching fire', 'the toxic toys sold to thousands of parents'],
      },
    },
    crisisTags: ['scam', 'boycott', 'refund', 'databreach'],
    places: ['Jurong', 'Kuala Lumpur', 'Johor Bahru'],
  },
}
