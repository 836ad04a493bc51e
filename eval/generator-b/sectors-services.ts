// Vocabulary of service brands: telecom, bank, airline, delivery app.

import type { SectorLexicon } from './sector-lexicon.ts'

export const SERVICE_SECTORS: Record<string, SectorLexicon> = {
  telecom: {
    products: {
      fr: [
        'la box fibre',
        'le forfait 5G',
        'la Box Pro',
        "l'appli Mon Compte",
        'la carte SIM',
        'le décodeur TV',
      ],
      en: [
        'the fiber box',
        'the 5G plan',
        'the Pro box',
        'the account app',
        'the SIM card',
        'the TV set-top box',
      ],
    },
    issues: {
      fr: [
        'la connexion saute toutes les dix minutes',
        'plus de réseau du tout dans mon quartier',
        'la facture a doublé sans raison',
        'le débit est tombé à 2 Mb/s',
        'le décodeur redémarre en boucle',
        "impossible de joindre quelqu'un au 3900",
        "le technicien ne s'est jamais présenté",
        'ma portabilité est bloquée',
      ],
      en: [
        'the connection drops every ten minutes',
        'there is no signal at all in my area',
        'my bill doubled for no reason',
        'the speed is down to 2 Mbps',
        'the set-top box keeps rebooting',
        'nobody ever picks up at support',
        'the technician never showed up',
        'my number transfer is stuck',
      ],
    },
    praise: {
      fr: [
        "le technicien est passé dans l'heure",
        'la fibre est enfin arrivée chez moi et ça dépote',
        'le conseiller en boutique a été top',
        'la 5G marche super bien même dans le métro',
        "ils m'ont fait un geste commercial sans que je demande",
      ],
      en: [
        'the technician came within the hour',
        'fiber finally reached my street and it flies',
        'the store rep was great',
        '5G works great even in the subway',
        'they gave me a discount without me even asking',
      ],
    },
    questions: {
      fr: [
        "Quelqu'un sait si le forfait marche en Espagne sans surcoût ?",
        "C'est normal que la box clignote orange depuis ce matin ?",
        'Comment on résilie sans frais quand on déménage ?',
        'La fibre arrive quand à Villeurbanne ?',
      ],
      en: [
        'Does the plan work abroad without roaming fees?',
        'Is it normal that the box has been blinking orange all morning?',
        'How do I cancel without fees when I move?',
        'When is fiber coming to Queens?',
      ],
    },
    news: {
      fr: [
        "{brand} annonce 400 nouvelles antennes 5G d'ici l'été",
        '{brand} signe un partenariat avec un opérateur de satellites',
        "Fibre : {brand} revendique 2 millions d'abonnés",
        '{brand} teste une offre sans engagement à 9,99 €',
      ],
      en: [
        '{brand} to add 400 new 5G sites by summer',
        '{brand} signs a satellite partnership',
        '{brand} claims 2 million fiber subscribers',
        '{brand} trials a no-contract plan at $9.99',
      ],
    },
    offers: {
      fr: [
        "La box fibre à 19,99 €/mois pendant un an, c'est jusqu'à dimanche 🚀",
        'Nouveau : 200 Go pour le même prix sur le forfait 5G',
      ],
      en: [
        'Fiber box at $19.99/month for a year, until Sunday only 🚀',
        'New: 200 GB for the same price on the 5G plan',
      ],
    },
    crisis: {
      data_breach_outage: {
        fr: [
          "la fuite des données de millions d'abonnés",
          'la panne nationale du réseau mobile',
          'les IBAN des abonnés en vente sur un forum',
        ],
        en: [
          "the leak of millions of subscribers' data",
          'the nationwide mobile network outage',
          "subscribers' bank details for sale on a forum",
        ],
      },
      customer_service: {
        fr: [
          "la coupure de ligne d'une personne sous assistance respiratoire",
          'les frais de résiliation réclamés à une famille endeuillée',
        ],
        en: [
          'the line cut off for a customer on a home ventilator',
          'the cancellation fees charged to a grieving family',
        ],
      },
      employee_post: {
        fr: ['la vidéo du conseiller qui insulte les clients au téléphone'],
        en: ['the video of a phone agent insulting customers'],
      },
    },
    crisisTags: ['panne', 'fuitededonnees', 'boycott', 'arnaque'],
    places: ['Lyon', 'Marseille', 'Lille', 'Nantes'],
  },
  bank: {
    products: {
      fr: ['la carte Premier', "l'appli mobile", 'le compte joint', 'le prêt immo', 'le livret', 'Apple Pay'],
      en: [
        'the Premier card',
        'the mobile app',
        'the joint account',
        'the mortgage',
        'the savings account',
        'Apple Pay',
      ],
    },
    issues: {
      fr: [
        "l'appli me déconnecte à chaque virement",
        'ma carte est refusée partout',
        'le virement instantané met trois jours',
        'mon conseiller ne répond plus aux mails',
        'des frais de tenue de compte sortis de nulle part',
        "le code SMS n'arrive jamais",
      ],
      en: [
        'the app logs me out on every transfer',
        'my card gets declined everywhere',
        'the instant transfer takes three days',
        'my adviser stopped answering emails',
        'account fees out of nowhere',
        'the SMS code never arrives',
      ],
    },
    praise: {
      fr: [
        'mon prêt a été accepté en 48 h',
        "le conseiller m'a rappelé un samedi",
        "l'appli est vraiment bien pensée",
        'ils ont remboursé la fraude en deux jours',
        "zéro frais à l'étranger, c'est appréciable",
      ],
      en: [
        'my loan got approved in 48 hours',
        'my adviser called me back on a Saturday',
        'the app is really well designed',
        'they refunded the fraud in two days',
        'zero fees abroad, much appreciated',
      ],
    },
    questions: {
      fr: [
        "Le plafond de la carte se change dans l'appli ?",
        "Quelqu'un a réussi à ouvrir un compte joint en ligne ?",
        'Les virements passent le 1er mai ?',
        'Vous savez combien de temps prend un chèque à encaisser ?',
      ],
      en: [
        'Can you change the card limit in the app?',
        'Has anyone opened a joint account online?',
        'Do transfers go through on holidays?',
        'How long does a check take to clear?',
      ],
    },
    news: {
      fr: [
        '{brand} relève la rémunération de son livret',
        '{brand} va fermer 40 agences et miser sur le digital',
        '{brand} lance une offre pour les moins de 25 ans',
        'Classement des banques : {brand} en tête pour la satisfaction',
      ],
      en: [
        '{brand} raises its savings rate',
        '{brand} to close 40 branches and go digital',
        '{brand} launches an account for under-25s',
        'Bank rankings: {brand} tops customer satisfaction',
      ],
    },
    offers: {
      fr: [
        "Jusqu'à 160 € offerts pour toute ouverture de compte ce mois-ci",
        'Nouveau : le paiement fractionné en 4 fois sans frais',
      ],
      en: ['Up to $160 when you open an account this month', 'New: split any payment in 4, no fees'],
    },
    crisis: {
      data_breach_outage: {
        fr: [
          'les IBAN de milliers de clients mis en vente',
          'la fuite des données bancaires de clients',
          'la panne qui bloque les cartes depuis hier',
        ],
        en: [
          "thousands of customers' IBANs put up for sale",
          "the leak of customers' banking data",
          'the outage blocking cards since yesterday',
        ],
      },
      governance: {
        fr: ['le financement caché de projets pétroliers', 'la mise en examen du directeur général'],
        en: ['the hidden financing of oil projects', 'the indictment of the CEO'],
      },
      customer_service: {
        fr: ["le compte d'une victime d'arnaque bloqué pendant des semaines"],
        en: ["a scam victim's account frozen for weeks"],
      },
    },
    crisisTags: ['fuite', 'iban', 'banque', 'scandale'],
    places: ['Paris', 'Bordeaux', 'Toulouse'],
  },
  airline: {
    products: {
      fr: ['le vol de 7 h', 'la classe affaires', "l'appli d'enregistrement", 'le programme de fidélité'],
      en: [
        'the 7 am flight',
        'business class',
        'the check-in app',
        'the miles program',
        'the lounge',
        'the red-eye',
      ],
    },
    issues: {
      fr: [
        'mon vol a encore 3 h de retard',
        'ma valise est partie à Lisbonne sans moi',
        "l'appli plante au moment de l'embarquement",
      ],
      en: [
        'my flight is delayed three hours again',
        'my bag went to Denver without me',
        'the app crashes right at boarding',
        'they bumped me off an overbooked flight',
        'the refund I was promised never came',
        'we sat on the tarmac for two hours',
        'the seat I paid extra for was given away',
        'the gate agent was incredibly rude',
      ],
    },
    praise: {
      fr: ["l'équipage a été adorable avec mon fils"],
      en: [
        'the crew was amazing with my kid',
        'we landed 30 minutes early',
        'the upgrade to business made my week',
        'the new lounge is gorgeous',
        'they rebooked me in five minutes flat',
        "the pilot's announcements were hilarious",
      ],
    },
    questions: {
      fr: ['On peut prendre un bagage cabine gratuit sur le tarif Light ?'],
      en: [
        'Can I bring a carry-on on the basic fare?',
        'Anyone know if the lounge is open at 5 am?',
        "Do miles expire if I don't fly this year?",
        'Is the Denver flight on time tonight?',
      ],
    },
    news: {
      fr: ['{brand} ouvre une ligne directe Paris-Montréal'],
      en: [
        '{brand} adds nonstop service to Lisbon',
        '{brand} orders 30 new narrow-body jets',
        '{brand} ranks first for on-time arrivals in March',
        '{brand} pilots ratify new contract',
      ],
    },
    offers: {
      fr: ['Vols vers Montréal dès 299 € cette semaine ✈️'],
      en: ['Fares to Lisbon from $399 this week only ✈️', 'Double miles on every flight booked before Friday'],
    },
    crisis: {
      accident: {
        fr: [
          "la sortie de piste d'un avion de la compagnie à {place}",
          "l'incendie moteur en plein décollage à {place}",
        ],
        en: [
          'the runway excursion of one of its jets at {place}',
          'the engine fire during takeoff at {place}',
          'the emergency landing with injured passengers at {place}',
        ],
      },
      customer_service: {
        fr: ["le passager handicapé laissé seul dans l'avion"],
        en: ['the disabled passenger left alone on the plane', 'the family dragged off an overbooked flight'],
      },
      data_breach_outage: {
        fr: ['la panne informatique qui cloue tous les avions au sol'],
        en: ['the IT meltdown that grounded the whole fleet', "the leak of passengers' passport data"],
      },
    },
    crisisTags: ['grounded', 'stranded', 'boycott', 'crash'],
    places: ['Denver', "Chicago O'Hare", 'Boston Logan', 'Charlotte'],
  },
  delivery: {
    products: {
      fr: ['la livraison express', "l'abonnement Plus", "l'appli"],
      en: [
        'express delivery',
        'the Plus membership',
        'the app',
        'the rider tip',
        'group orders',
        'grocery delivery',
      ],
    },
    issues: {
      fr: ['ma commande est arrivée froide et à moitié renversée'],
      en: [
        'my order showed up cold and half spilled',
        'the driver marked it delivered and vanished',
        'they charged me twice',
        'the ETA went from 20 to 75 minutes',
        'support closed my ticket without refund',
        'half my groceries were missing',
      ],
    },
    praise: {
      fr: ['le livreur était super sympa malgré la pluie'],
      en: [
        'the driver was super nice in the pouring rain',
        'delivery in 14 minutes, new record',
        'the refund was instant',
        'the Plus membership paid for itself this month',
        'support fixed my order in two messages',
      ],
    },
    questions: {
      fr: ['La livraison fonctionne le dimanche soir ?'],
      en: [
        'Does the promo stack with Plus?',
        'Why is the service fee higher tonight?',
        'Do they deliver to campus dorms?',
        'How do I change the tip after delivery?',
      ],
    },
    news: {
      fr: ['{brand} arrive à Bordeaux'],
      en: [
        '{brand} expands grocery delivery to 12 more cities',
        '{brand} partners with a national pharmacy chain',
        '{brand} raises courier pay in New York',
        '{brand} tests drone delivery in Texas',
      ],
    },
    offers: {
      fr: ['Livraison offerte ce soir avec le code SOIREE 🍕'],
      en: ['Free delivery tonight with code FRIDAY 🍕', '$10 off your first grocery order'],
    },
    crisis: {
      employee_post: {
        fr: ["la vidéo d'un livreur qui mange dans les commandes"],
        en: [
          "the video of a courier eating out of customers' orders",
          'the leaked manager memo mocking couriers',
        ],
      },
      governance: {
        fr: ['les livreurs privés de salaire pendant deux mois'],
        en: [
          'couriers going unpaid for two months',
          'the secret algorithm that cuts pay of couriers who refuse orders',
        ],
      },
      accident: {
        fr: ["la mort d'un livreur pressé par l'algorithme à {place}"],
        en: ["the death of a courier rushing to meet the app's timer in {place}"],
      },
    },
    crisisTags: ['deleteapp', 'boycott', 'couriers', 'justice'],
    places: ['Brooklyn', 'Philadelphia', 'Newark'],
  },
}
