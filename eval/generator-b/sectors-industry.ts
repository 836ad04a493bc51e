// Vocabulary of industrial brands: chemicals plant, electric carmaker, regional food.

import type { SectorLexicon } from './sector-lexicon.ts'

export const INDUSTRY_SECTORS: Record<string, SectorLexicon> = {
  chemicals: {
    products: {
      fr: [
        "l'usine de Saint-Fons",
        'le site de production',
        'les résines',
        'les engrais',
        'le dépôt de Pont-de-Claix',
      ],
      en: ['the Saint-Fons plant', 'the production site', 'the resins', 'the fertilizers'],
    },
    issues: {
      fr: [
        "encore une odeur bizarre autour de l'usine",
        "les camions passent devant l'école à toute heure",
        'la torchère a brûlé toute la nuit',
      ],
      en: ['a strange smell around the plant again', 'trucks driving past the school all day'],
    },
    praise: {
      fr: [
        'la journée portes ouvertes était intéressante',
        'ils financent le club de foot du village depuis des années',
      ],
      en: ['the open day was interesting', 'they have sponsored the local football club for years'],
    },
    questions: {
      fr: [
        "Quelqu'un sait ce que c'était, la sirène de l'usine ce matin ?",
        'Ils recrutent des alternants cette année ?',
      ],
      en: ['Does anyone know why the plant siren went off this morning?'],
    },
    news: {
      fr: [
        '{brand} investit 30 millions dans son site isérois',
        '{brand} recrute 60 opérateurs',
        '{brand} publie son rapport environnemental',
        'Exercice de sécurité ce jeudi sur le site {brand}',
      ],
      en: ['{brand} invests €30m in its Isère site', '{brand} publishes its environmental report'],
    },
    offers: {
      fr: ['Nos métiers recrutent : rejoignez nos équipes de production'],
      en: ["We're hiring production operators"],
    },
    crisis: {
      accident: {
        fr: [
          "l'explosion suivie d'un incendie à l'usine de {place}",
          'le nuage toxique au-dessus de {place}',
          'la fuite de chlore sur le site de {place}',
        ],
        en: [
          'the explosion and fire at the {place} plant',
          'the toxic cloud over {place}',
          'the chlorine leak at the {place} site',
        ],
      },
      governance: {
        fr: ['les rejets polluants cachés pendant des années'],
        en: ['the pollution discharges hidden for years'],
      },
    },
    crisisTags: ['explosion', 'incendie', 'seveso', 'pollution'],
    places: ['Saint-Fons', 'Pont-de-Claix', 'Roussillon'],
  },
  carmaker: {
    products: {
      fr: ["l'Ion 5", 'la berline Vela', 'la recharge rapide', 'la mise à jour logicielle', "l'autopilote"],
      en: [
        'the Ion 5',
        'the Vela sedan',
        'fast charging',
        'the software update',
        'autopilot',
        'the home charger',
      ],
    },
    issues: {
      fr: [
        'la mise à jour a cassé le GPS',
        "trois mois d'attente pour une pièce",
        "l'autonomie réelle est loin des 500 km",
        "la recharge s'arrête à 80 % sans raison",
      ],
      en: [
        'the update broke navigation',
        'three months waiting for a part',
        'real range is nowhere near 500 km',
        'charging stops at 80% for no reason',
      ],
    },
    praise: {
      fr: [
        'la conduite est incroyablement douce',
        '20 000 km sans le moindre souci',
        'le nouvel écran est superbe',
      ],
      en: ['it drives incredibly smoothly', '20,000 km without a single issue', 'the new screen looks great'],
    },
    questions: {
      fr: ['La mise à jour 3.1 arrive quand en France ?', "Quelqu'un a testé l'Ion 5 en montagne l'hiver ?"],
      en: ['When does update 3.1 reach Europe?', 'Anyone tried the Ion 5 in the mountains in winter?'],
    },
    news: {
      fr: [
        '{brand} présente sa nouvelle berline électrique',
        '{brand} ouvre une usine de batteries en Lorraine',
      ],
      en: [
        '{brand} unveils its new electric sedan',
        '{brand} opens a battery plant in Lorraine',
        '{brand} Ion 5 wins a safety award',
      ],
    },
    offers: {
      fr: ["Essayez l'Ion 5 ce week-end dans nos showrooms ⚡"],
      en: ['Test drive the Ion 5 this weekend ⚡'],
    },
    crisis: {
      product_defect: {
        fr: [
          "les batteries de l'Ion 5 qui prennent feu en charge",
          "le freinage fantôme de l'autopilote",
          'le rappel de 80 000 véhicules pour des airbags défectueux',
        ],
        en: [
          'Ion 5 batteries catching fire while charging',
          "autopilot's phantom braking",
          'the recall of 80,000 cars over faulty airbags',
        ],
      },
      accident: {
        fr: ["l'accident mortel impliquant une Ion 5 sur autopilote près de {place}"],
        en: ['the fatal crash of an Ion 5 on autopilot near {place}'],
      },
      governance: {
        fr: ["le logiciel truqué pour les tests d'autonomie"],
        en: ['the software rigged to cheat range tests'],
      },
    },
    crisisTags: ['rappel', 'recall', 'boycott', 'securite'],
    places: ['Metz', 'Stuttgart', 'Lyon'],
  },
  food: {
    products: {
      fr: [
        'les galettes au beurre',
        'le kouign-amann',
        'les palets',
        'la boutique de Quimper',
        'le coffret cadeau',
      ],
      en: ['the butter biscuits', 'the kouign-amann', 'the shortbread'],
    },
    issues: {
      fr: [
        'le colis est arrivé avec la moitié des biscuits en miettes',
        'la boutique était fermée sans prévenir',
      ],
      en: ['the parcel arrived with half the biscuits crushed'],
    },
    praise: {
      fr: [
        "les galettes sont toujours aussi bonnes qu'avant",
        'le coffret a fait sensation au repas de famille',
        "l'accueil à la boutique est adorable",
      ],
      en: ['the biscuits are as good as ever', 'the gift box was a hit'],
    },
    questions: {
      fr: ['Vous livrez en Belgique ?', "Il y a de l'huile de palme dans les palets ?"],
      en: ['Do you ship to the UK?'],
    },
    news: {
      fr: [
        'La biscuiterie {brand} fête ses 90 ans',
        '{brand} agrandit son atelier de Quimper',
        "{brand} primée au salon de l'agriculture",
      ],
      en: ['{brand} celebrates 90 years of baking'],
    },
    offers: {
      fr: ['Nouveau coffret été disponible en boutique et en ligne 🧈'],
      en: ['New summer gift box available online 🧈'],
    },
    crisis: {
      product_defect: {
        fr: [
          'le rappel des galettes contaminées à la listeria',
          'les morceaux de verre trouvés dans des paquets',
        ],
        en: ['the recall of listeria-contaminated biscuits', 'the glass fragments found in packets'],
      },
      accident: {
        fr: ["l'incendie de l'atelier de {place}"],
        en: ['the fire at the {place} bakery'],
      },
      employee_post: {
        fr: ["la vidéo d'un employé qui montre l'atelier infesté"],
        en: ['the employee video showing an infested workshop'],
      },
    },
    crisisTags: ['rappelconso', 'listeria', 'boycott'],
    places: ['Quimper', 'Pont-Aven'],
  },
}
