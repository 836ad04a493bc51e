// Vocabulary of media and software brands: video game, TV show, B2B SaaS.

import type { SectorLexicon } from './sector-lexicon.ts'

export const MEDIA_SECTORS: Record<string, SectorLexicon> = {
  gaming: {
    products: {
      fr: ['le mode classé', 'la nouvelle saison', 'le battle pass', 'les serveurs EU', 'le patch 4.2'],
      en: [
        'ranked mode',
        'the new season',
        'the battle pass',
        'the EU servers',
        'patch 4.2',
        'the new map',
        'the hero shop',
      ],
    },
    issues: {
      fr: [
        'les serveurs lag à chaque partie',
        'le matchmaking me met contre des smurfs',
        'le jeu crash au chargement',
      ],
      en: [
        'the servers lag every single match',
        'matchmaking keeps putting me against smurfs',
        'the game crashes on loading',
        'the new hero is absurdly overpowered',
        'queue times are 15 minutes',
        'my skins disappeared after the patch',
        'cheaters everywhere in ranked',
      ],
    },
    praise: {
      fr: ['la nouvelle map est magnifique', 'le patch a enfin réglé le netcode'],
      en: [
        'the new map is gorgeous',
        'the patch finally fixed netcode',
        'the devs actually listen to the community',
        'the season finale event was insane',
        'the soundtrack this season slaps',
        'just hit Diamond after 200 hours',
      ],
    },
    questions: {
      fr: ['La saison 9 commence à quelle heure ?'],
      en: [
        'What time does the season drop in EU?',
        'Is crossplay coming to console?',
        'Are the servers down or is it just me?',
        "Does anyone know the new hero's release date?",
      ],
    },
    news: {
      fr: ["{brand} dévoile la feuille de route de l'année"],
      en: [
        "{brand} reveals this year's roadmap",
        '{brand} tops 20 million players',
        '{brand} announces a world championship',
        '{brand} hires a veteran game director',
      ],
    },
    offers: {
      fr: ['Double XP tout le week-end 🎮'],
      en: [
        'Double XP all weekend 🎮',
        'The season pass is 30% off until Monday',
        'Free skin for every player who logs in today',
      ],
    },
    crisis: {
      employee_post: {
        fr: ["les messages d'un développeur qui insulte les joueurs"],
        en: [
          "the developer's posts insulting players",
          'the leaked Discord messages of the studio leads mocking fans',
        ],
      },
      governance: {
        fr: ['les accusations de harcèlement au sein du studio'],
        en: [
          'the harassment allegations inside the studio',
          'the loot boxes aimed at children',
          'the mass layoffs right after record profits',
        ],
      },
      data_breach_outage: {
        fr: ['le piratage de milliers de comptes joueurs'],
        en: ['thousands of player accounts hacked', "the wipe of every player's inventory"],
      },
      external_attack: {
        fr: ["l'attaque DDoS qui rend le jeu injouable"],
        en: ['the DDoS attack making the game unplayable', 'the hack that pushed scam links to every player'],
      },
    },
    crisisTags: ['boycott', 'refund', 'uninstall', 'devsout'],
    places: ['Montreal', 'Austin'],
  },
  tvshow: {
    products: {
      fr: ["l'épisode de ce soir", 'le prime', 'le casting', 'les candidats', 'le jury', 'le replay'],
      en: ["tonight's episode", 'the live show', 'the cast', 'the contestants', 'the judges', 'the replay'],
    },
    issues: {
      fr: [
        "le montage est n'importe quoi",
        'le replay ne marche jamais',
        'trop de pubs, 15 minutes de coupure',
        'le vote du public est truqué à chaque fois',
        "l'élimination de ce soir est injuste",
      ],
      en: [
        'the editing is a mess',
        'the replay never works',
        'way too many ads',
        'the public vote is rigged every week',
        "tonight's elimination was unfair",
      ],
    },
    praise: {
      fr: [
        "l'épreuve de ce soir était incroyable",
        "je suis team Inès jusqu'au bout",
        'le chalet est magnifique cette saison',
        "j'ai pleuré devant le retour des familles",
        'meilleure saison depuis le début',
        'Malik est trop drôle',
      ],
      en: [
        "tonight's challenge was incredible",
        'team Ines all the way',
        'the chalet looks stunning this season',
        'I cried at the family visits',
      ],
    },
    questions: {
      fr: [
        'Qui est éliminé ce soir selon vous ?',
        "C'est tourné quand cette saison ?",
        'Le casting pour la prochaine saison est ouvert ?',
        'Il y a un épisode la semaine prochaine ou pause foot ?',
      ],
      en: ["Who's going home tonight?", 'When was this season filmed?', 'Is casting open for next season?'],
    },
    news: {
      fr: [
        'Audiences : {brand} réunit 4,2 millions de téléspectateurs',
        '{brand} renouvelé pour une nouvelle saison',
        "{brand} : un ancien candidat se confie sur l'après-émission",
      ],
      en: ['{brand} draws 4.2 million viewers', '{brand} renewed for another season'],
    },
    offers: {
      fr: [
        'Rendez-vous jeudi 21 h pour un épisode qui va tout changer 🔥',
        "Votez pour votre candidat préféré dans l'appli !",
      ],
      en: ['Thursday 9 pm: an episode that changes everything 🔥'],
    },
    crisis: {
      employee_post: {
        fr: [
          "les messages d'un producteur qui se moque d'une candidate",
          'la vidéo des coulisses où une candidate est humiliée',
        ],
        en: [
          "a producer's messages mocking a contestant",
          'the backstage video of a contestant being humiliated',
        ],
      },
      governance: {
        fr: [
          'les accusations de harcèlement sur le tournage',
          'le vote truqué révélé par un ancien technicien',
        ],
        en: ['the harassment allegations on set', 'the rigged vote exposed by a former crew member'],
      },
      accident: {
        fr: ["l'accident d'une candidate pendant l'épreuve à {place}"],
        en: ["a contestant's accident during a challenge in {place}"],
      },
    },
    crisisTags: ['boycott', 'harcelement', 'honte', 'justicepour'],
    places: ['Chamonix', 'Megève'],
  },
  saas: {
    products: {
      fr: ["l'API", 'le tableau de bord', "l'intégration Slack"],
      en: [
        'the API',
        'the dashboard',
        'the Slack integration',
        'SSO',
        'the audit log',
        'the mobile app',
        'the new pricing tier',
      ],
    },
    issues: {
      fr: ["l'API renvoie des 502 depuis ce matin"],
      en: [
        'the API has been returning 502s all morning',
        'SSO broke after the update',
        'the dashboard takes 40 seconds to load',
        'support takes three days to answer',
        'the new pricing doubles our bill',
        'webhooks fire twice',
      ],
    },
    praise: {
      fr: ["l'équipe support est vraiment réactive"],
      en: [
        'support is genuinely responsive',
        'the new audit log saved us hours',
        'migration took one afternoon',
        'the API docs are the best in the category',
        'the Slack integration is slick',
      ],
    },
    questions: {
      fr: ["Quelqu'un utilise le SSO avec Azure AD ?"],
      en: [
        'Anyone using SSO with Okta?',
        'Is there a self-hosted option?',
        'How does the per-seat pricing work for contractors?',
        'Is there a status page for EU region?',
      ],
    },
    news: {
      fr: ["{brand} lève 40 millions d'euros"],
      en: [
        '{brand} raises $40M Series C',
        '{brand} launches EU data residency',
        '{brand} named a leader in analyst report',
        '{brand} acquires a workflow startup',
      ],
    },
    offers: {
      fr: ['Webinar jeudi : automatiser vos workflows'],
      en: ['Webinar Thursday: automate your approval workflows', 'New: audit log available on all plans'],
    },
    crisis: {
      data_breach_outage: {
        fr: ["la fuite des données clients via l'API"],
        en: [
          'the customer data exposed through the API',
          'the 14-hour outage with no status update',
          'the deleted customer backups',
        ],
      },
      external_attack: {
        fr: ["l'intrusion dans l'infrastructure"],
        en: ['the intrusion into production infrastructure', 'the ransomware attack on the platform'],
      },
      governance: {
        fr: ['la revente des données clients à des tiers'],
        en: [
          'the quiet sale of customer data to advertisers',
          "the CEO's leaked memo calling customers 'cash cows'",
        ],
      },
    },
    crisisTags: ['infosec', 'breach', 'outage', 'migration'],
    places: ['Dublin', 'Frankfurt'],
  },
}
