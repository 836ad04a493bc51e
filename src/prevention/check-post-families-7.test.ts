import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { enDraft as en, frDraft as fr, ruleKinds as kinds } from '../test/rule-kinds.ts'

// the rules alone (the learned reader has its own tests in learned-tone.test.ts)

describe('confidential: internal news told as a plain fact', () => {
  test('a pay freeze told before it is announced is a leak', () => {
    assert.deepEqual(
      kinds(fr('Réunion ce matin : gel des salaires pour 2027, sauf le comité de direction.')),
      ['confidential'],
    )
    assert.deepEqual(kinds(fr('Bon, pas d’augmentation cette année pour personne, super ambiance.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('HR just confirmed a salary freeze across the Leeds office. Brilliant.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('we froze pay for the whole support team this year, except managers')), [
      'confidential',
    ])
  })

  test('a freeze of prices for customers, or a pay freeze already announced, is not a leak', () => {
    assert.deepEqual(kinds(fr('Bonne nouvelle : nous gelons nos prix jusqu’en juin sur toute la gamme.')), [])
    assert.deepEqual(
      kinds(en('As I shared with the whole team at the town hall, there will be no pay rises in 2027.')),
      [],
    )
  })

  test('a client lost, told before the company says it, is a leak', () => {
    assert.deepEqual(kinds(fr('On a perdu Brasseries Lormont comme client, deux ans de travail envolés.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(fr('Le client Transports Virel nous lâche pour un concurrent en mars.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('our largest client just gave notice and nobody upstairs is panicking yet?')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('We just lost Harlow Foods as a customer. Rough Friday.')), ['confidential'])
  })

  test('a customer’s parcel lost is not a client lost', () => {
    assert.deepEqual(
      kinds(fr('Nous avons perdu votre colis, toutes nos excuses : un nouvel envoi part demain.')),
      [],
    )
    assert.deepEqual(kinds(en('We lost your booking in the system, sorry! It is fixed now.')), [])
  })

  test('an audit or an inspection failed, or what it found, is a leak', () => {
    assert.deepEqual(kinds(fr('Audit hygiène de la cuisine centrale : 4 non-conformités majeures. Oups.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('we failed the fire safety inspection at the Hull warehouse this morning')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('the audit found our packaging supplier has been relabelling old stock')), [
      'confidential',
    ])
  })

  test('an audit passed, or with nothing found, is not a leak', () => {
    assert.deepEqual(kinds(fr('Audit qualité réussi : aucune non-conformité majeure, bravo l’équipe !')), [])
    assert.deepEqual(kinds(en('The yearly audit found no issues. Proud of the finance team!')), [])
  })

  test('a supplier going under, or a launch slipping, is a leak', () => {
    assert.deepEqual(
      kinds(fr('Notre sous-traitant de Valence est en redressement judiciaire depuis lundi.')),
      ['confidential'],
    )
    assert.deepEqual(kinds(en('our vendor for the sensors went bust, so good luck to us')), ['confidential'])
    assert.deepEqual(kinds(fr('La nouvelle appli sort pas avant septembre finalement, trop de bugs.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('The new scanner won’t ship until March after all, chip shortage.')), [
      'confidential',
    ])
  })

  test('a delivery late by a few days is not a launch slipping', () => {
    assert.deepEqual(kinds(fr('Votre commande arrive pas avant lundi, désolés pour l’attente.')), [])
    assert.deepEqual(kinds(en('Your parcel is running two days late, sorry about that.')), [])
  })

  test('a decision of the board told before the teams know is a leak', () => {
    assert.deepEqual(
      kinds(fr('Le conseil a tranché : on ferme l’atelier de Niort. Les gars le sauront lundi.')),
      ['confidential'],
    )
    assert.deepEqual(
      kinds(en('The board has already voted to sell the catering arm. Staff find out Monday.')),
      ['confidential'],
    )
  })

  test('a site of ours closing, or a reorganisation, at a date to come is a leak', () => {
    assert.deepEqual(kinds(fr('On ferme l’usine de Vierzon en juin, 140 personnes sur le carreau.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('Heads up: the Leeds call centre shuts in March and moves to Manila.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(fr('Réorganisation du service client : trois équipes fusionnent en janvier.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('We’re closing the Bristol plant next spring.')), ['confidential'])
  })

  test('a deal about to be signed, a new head named before the announcement, or a headquarters moving, is a leak', () => {
    assert.deepEqual(
      kinds(fr('Petit scoop : on signe avec Intermarché la semaine prochaine pour 150 magasins.')),
      ['confidential'],
    )
    assert.deepEqual(kinds(en('Big news coming: we are about to sign with Lidl for all Irish stores.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('Our new CFO starts in February: it’s Omar Haddad from Lloyds.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(fr('On déménage le siège à Nantes l’an prochain, 200 personnes concernées.')), [
      'confidential',
    ])
  })

  test('a partnership signed today, or a new head announced, is not', () => {
    assert.deepEqual(
      kinds(fr('Nous signons aujourd’hui un partenariat avec Decathlon, fiers de cette aventure !')),
      [],
    )
    assert.deepEqual(kinds(en('We are pleased to announce that our new CEO, Ana Ruiz, starts in March.')), [])
  })

  test('figures with their release date to come, or news "we haven’t announced", are a leak', () => {
    assert.deepEqual(kinds(fr('Ventes de novembre : -12 % sur un an. Les résultats sortent en février.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(fr('Les prix augmentent de 8 % au 1er mars, on n’a rien annoncé encore.')), [
      'confidential',
    ])
  })

  test('opening hours, a day off or a reorganisation announced are not', () => {
    assert.deepEqual(kinds(fr('Nous fermons notre magasin le dimanche en août, bonnes vacances !')), [])
    assert.deepEqual(kinds(en('Our Main St store closes at 6pm on election day so our crew can vote.')), [])
    assert.deepEqual(
      kinds(fr('Textiles Morvan confirme un projet de réorganisation annoncé ce jour, effectif en mars.')),
      [],
    )
  })

  test('a city council’s vote is public, not a board’s secret', () => {
    assert.deepEqual(
      kinds(fr('Le conseil municipal a voté la rénovation de la halle, les travaux débutent.')),
      [],
    )
  })

  test('news with its announcement planned later, or withheld, is a leak', () => {
    assert.deepEqual(kinds(fr('Le directeur commercial démissionne, annonce prévue après le salon. Chut.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('the recall on the heaters goes out next week, we knew in August')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('we won the airport tender!!! not allowed to post until they announce it')), [
      'confidential',
    ])
    assert.deepEqual(
      kinds(fr('Mon équipe le sait, nos partenaires pas encore : on quitte le marché belge.')),
      ['confidential'],
    )
  })

  test('figures said to be kept unpublished are a leak, whatever their unit', () => {
    assert.deepEqual(
      kinds(fr('Délai moyen de réponse passé de 9 à 3 jours (on ne publie pas ces chiffres).')),
      ['confidential'],
    )
    assert.deepEqual(kinds(en('Return rate down to 4 points this year. We don’t publish these, but wow.')), [
      'confidential',
    ])
  })

  test('figures to be published later are not yet published', () => {
    assert.deepEqual(
      kinds(
        fr(
          'Résultats 2026 en avant-première pour mon réseau : 31 M€ de CA. Les comptes seront publiés en avril.',
        ),
      ),
      ['confidential'],
    )
    assert.deepEqual(kinds(fr('Nos résultats annuels ont été publiés ce matin : 31 M€ de CA.')), [])
  })

  test('a hush in French is read before "ça" too', () => {
    assert.deepEqual(kinds(fr('Ça reste entre nous 🤫 mais la boutique de Vannes ferme en mars.')), [
      'confidential',
    ])
  })

  test('a code name that is part of another name (a shop, a hotel, a club, a town) is not the code name', () => {
    const ctx = { confidentialTerms: ['Osprey'] }
    assert.deepEqual(kinds(en('Thanks to the Osprey Hotel in Leith for hosting our team day!'), ctx), [])
    assert.deepEqual(kinds(fr('Merci à la Librairie Osprey de Quimper pour l’accueil !'), ctx), [])
    assert.deepEqual(kinds(en('Our Osprey, Maine store opens late on Friday.'), ctx), [])
    assert.deepEqual(kinds(en('Osprey ships to retailers in May.'), ctx), ['confidential'])
  })
})

describe('personal data: more secrets, words and frames', () => {
  test('a password or a code told with "was", a comma or straight after its name is a secret', () => {
    assert.deepEqual(kinds(en('lol the shared admin password was literally summer2024 until today')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(fr('Le code du portail de l’entrepôt, 4471B, pour ceux qui arrivent tôt.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(fr('Et le code du local poubelles 5829, pensez à refermer.')), ['personal_data'])
    assert.deepEqual(kinds(en('the stockroom alarm still has the default code 1234, nobody changed it')), [
      'personal_data',
    ])
    assert.deepEqual(
      kinds(en('shared creds for the till software: caisse01 / Rivage2026, do not lose them')),
      ['personal_data'],
    )
  })

  test('a password policy or a code with no value is not a secret', () => {
    assert.deepEqual(kinds(en('Reminder: your password must be changed every 90 days.')), [])
    assert.deepEqual(kinds(fr('Le code du portail a changé, demandez-le à l’accueil.')), [])
  })

  test('a phone number spelled in words right after a phone word is a phone number', () => {
    assert.deepEqual(
      kinds(
        fr('Son portable si vous voulez râler : six douze trente-quatre cinquante-six soixante-dix-huit.'),
      ),
      ['personal_data'],
    )
    assert.deepEqual(
      kinds(en('her mobile, if you need it: four one five, two two two, nine eight seven six')),
      ['personal_data'],
    )
  })

  test('a number word after "numéro" in a slogan is not a phone number', () => {
    assert.deepEqual(kinds(fr('Numéro un des ventes depuis trois ans, merci à vous !')), [])
    assert.deepEqual(kinds(en('Number one in the region for five years running, thank you!')), [])
  })

  test('a named person’s health, family or legal matter is personal data', () => {
    assert.deepEqual(kinds(fr('Pensez à notre collègue Hugo Marin, sous dialyse depuis janvier.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(en('Sending love to Priya in accounts, who had a stroke last week.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(en('Tell Owen Blake from the Derby depot his court date moved again.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(en('our new supervisor Dana Moss was fired from her last job, fun')), [
      'personal_data',
    ])
  })

  test('an acute illness or a recovery lived by a named person is personal data; its signs explained are not', () => {
    assert.deepEqual(kinds(en('Our driver Mo had a heart attack last night, he is in ICU.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(fr('Notre livreur Karim a fait un infarctus hier soir, pensées pour lui.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(fr('Bravo à notre collègue Lucas qui a arrêté de boire, un an déjà !')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(en('Our pharmacist Tom explains the signs of a heart attack in this video.')), [])
  })

  test('an address right after a person’s name is theirs, even in a post about the shop', () => {
    assert.deepEqual(
      kinds(en('Our raffle winner is Dana Pike of 14 Orchard Road! Dana, call us at the shop.')),
      ['personal_data'],
    )
  })

  test('a shop’s or a venue’s address, and a High Street, are not a person’s', () => {
    assert.deepEqual(
      kinds(en('Congrats to our winner! Collect your prize at our store, 12 High Street.')),
      [],
    )
    assert.deepEqual(kinds(en('Visit Harbour Books, 12 High Street, for our signing event!')), [])
  })

  test('a named person’s pay, written with brut or net and no currency, is personal data', () => {
    assert.deepEqual(kinds(fr('Mon collègue Bastien Roy touche 4 100 brut pour le même poste que moi.')), [
      'personal_data',
    ])
  })

  test('a colleague named after a comma, a relative’s birth year or a plate with its owner’s name are personal data', () => {
    assert.deepEqual(
      kinds(fr('Ma collègue de compta, Justine, est en chimio depuis mars, courage à elle.')),
      ['personal_data'],
    )
    assert.deepEqual(kinds(en('I see your mother, born 1949, is on the same policy. Shall we merge them?')), [
      'personal_data',
    ])
    assert.deepEqual(
      kinds(en('whoever parked the Golf with plate AB12 CDE on the kerb: it’s Tom Reyes, we know')),
      ['personal_data'],
    )
    assert.deepEqual(
      kinds(en('met our new buyer, Tessa Vane, her kids go to Hillcrest Primary, small world')),
      ['personal_data'],
    )
  })

  test('the writer’s own health, or a plate with no owner, is not someone else’s data', () => {
    assert.deepEqual(
      kinds(en('After a month off for my own mental health, I’m back. Thanks to my team.')),
      [],
    )
    assert.deepEqual(
      kinds(en('Lost: a set of keys near the plate AB12 CDE parking bay. Ask at the desk.')),
      [],
    )
  })

  test('a health campaign or a salary scale with no one named is not personal data', () => {
    assert.deepEqual(
      kinds(en('This month we support stroke awareness: learn the signs with our free guide.')),
      [],
    )
    assert.deepEqual(kinds(fr('Nos offres d’emploi : à partir de 2 100 brut selon expérience.')), [])
  })
})

describe('sensitive topics: a side taken with no party named', () => {
  test('a side taken on migration or abortion is sensitive', () => {
    assert.deepEqual(kinds(fr('Les migrants devraient être renvoyés chez eux, point.')), ['sensitive_topic'])
    assert.deepEqual(kinds(en('Borders should be closed, and I say it as a business owner.')), [
      'sensitive_topic',
    ])
    assert.deepEqual(kinds(fr('L’IVG est une erreur, je le dis haut et fort.')), ['sensitive_topic'])
    assert.deepEqual(kinds(en('As a family brand we are proudly pro-life. #prolife')), ['sensitive_topic'])
  })

  test('neutral civic information on the same topics is not', () => {
    assert.deepEqual(
      kinds(fr('Nos bureaux de Calais accueillent une permanence d’aide administrative mardi.')),
      [],
    )
    assert.deepEqual(kinds(en('Polling stations open at 8am: remember your ID.')), [])
  })

  test('a vote advised or an endorsement is sensitive', () => {
    assert.deepEqual(kinds(fr('Aux municipales, on vote pour la liste qui défend les commerçants !')), [
      'sensitive_topic',
    ])
    assert.deepEqual(kinds(en('Our founder is endorsing Senator Kell for re-election this fall.')), [
      'sensitive_topic',
    ])
  })

  test('a tragedy next to a retail price or a party is sensitive', () => {
    assert.deepEqual(kinds(fr('Hommage aux victimes du séisme. Notre bougie souvenir est à 12,90 €.')), [
      'sensitive_topic',
    ])
    assert.deepEqual(kinds(en('The nation is in mourning today, but our brunch party is still ON 🎉')), [
      'sensitive_topic',
    ])
  })

  test('a sober tribute, or a team cheered after a small flood, is not', () => {
    assert.deepEqual(kinds(fr('Hommage aux victimes du séisme : nos pensées vont à leurs familles.')), [])
    assert.deepEqual(
      kinds(en('Flooding in the stockroom, still 97% of orders out on time. Cheers team 🍻')),
      [],
    )
  })
})

describe('tone: sarcasm and condescension without an abusive word', () => {
  test('a bad review thanked for as a trophy is mockery', () => {
    assert.deepEqual(kinds(fr('Merci pour votre avis 1 étoile, on va l’encadrer dans la salle de pause.')), [
      'mockery',
    ])
    assert.deepEqual(kinds(en('Thanks for the two-star review, Darren. We will treasure it forever.')), [
      'mockery',
    ])
  })

  test('a review thanked for and passed on is not', () => {
    assert.deepEqual(kinds(fr('Merci pour votre avis, nous l’avons transmis à l’équipe du restaurant.')), [])
    assert.deepEqual(kinds(en('Thanks for your review! We have shared it with the kitchen team.')), [])
  })

  test('a competitor congratulated on its failure is mockery; on its success it is not', () => {
    assert.deepEqual(
      kinds(en('Congrats to our competitor on their third outage this month, very consistent.')),
      ['mockery'],
    )
    assert.deepEqual(
      kinds(fr('Bravo à la concurrence pour cette nouvelle panne géante, quelle régularité.')),
      ['mockery'],
    )
    assert.deepEqual(
      kinds(fr('Félicitations à nos concurrents pour leur levée de fonds, ça nous pousse à faire mieux.')),
      [],
    )
  })

  test('condescension dressed as politeness is aggressive', () => {
    assert.deepEqual(kinds(fr('Sans vouloir vous vexer, la notice existe pour une raison.')), [
      'aggressive_tone',
    ])
    assert.deepEqual(kinds(en('Some of us actually read the instructions before calling, but okay.')), [
      'aggressive_tone',
    ])
  })

  test('"some of us" reading a book is not condescension', () => {
    assert.deepEqual(
      kinds(en('Some of us read the whole book club pick this month 📚 join us Thursday!')),
      [],
    )
  })
})

describe('copyright: a licence denied is no licence', () => {
  test('music said not licensed is used without rights', () => {
    assert.deepEqual(
      kinds(en('Our new reel runs on the latest Mira Vance single (didn’t license it, oh well)')),
      ['copyright'],
    )
    assert.deepEqual(
      kinds(fr('Notre vidéo tourne sur le dernier titre de Lou Arden en fond, pas de licence 🙈')),
      ['copyright'],
    )
  })

  test('music said licensed is not', () => {
    assert.deepEqual(
      kinds(en('Our new reel runs on the latest Mira Vance single, licensed through our label.')),
      [],
    )
  })
})
