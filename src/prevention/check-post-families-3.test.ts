import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { CheckKind } from '../core/index.ts'
import { ruleKinds as kinds } from '../test/rule-kinds.ts'
import type { CheckContext, PostDraft } from './index.ts'

// the rules alone (the learned tone reader has its own tests in learned-tone.test.ts)
const has = (kind: CheckKind, draft: PostDraft | string, context?: CheckContext) =>
  kinds(draft, context).includes(kind)

describe('personal data told in words or tied to a named person', () => {
  test('a phone number spelled out in words is a phone number, in French and English', () => {
    assert.ok(
      has(
        'personal_data',
        'Pour joindre Karim : zéro sept, douze, trente-quatre, cinquante, soixante et un.',
      ),
    )
    assert.ok(has('personal_data', 'Text Jo on oh seven seven double oh, nine hundred, four one two.'))
  })

  test('numbers in words that are no phone number are not flagged', () => {
    assert.ok(!has('personal_data', 'Zéro défaut, deux usines, trois ans de garantie : notre promesse.'))
    assert.ok(!has('personal_data', 'Oh two weeks to go, one team, three cities!'))
  })

  test('a number given to the reader to call, with nobody named, is the organisation’s line', () => {
    assert.deepEqual(
      kinds('Une question sur votre facture ? Appelez le 05 36 49 20 10, du lundi au vendredi.'),
      [],
    )
    assert.deepEqual(kinds('Lost card? Call 0345 555 0190 any time.'), [])
    assert.deepEqual(kinds('Feeling low? Talk to someone on 116 123, day or night.'), [])
  })

  test('a mobile number of a named person stays flagged even after “call”', () => {
    assert.ok(has('personal_data', 'Need Tom? Call 07700 900431, it is his own mobile.'))
  })

  test('a bank account with its sort code, and a number plate with its owner, are personal data', () => {
    assert.ok(has('personal_data', 'Mr Oduya, acct 55102938, sort code 40-11-62, your transfer bounced.'))
    assert.ok(
      has(
        'personal_data',
        'La Clio immatriculée AB-123-CD appartient à Mme Ferrand, garée devant chez nous.',
      ),
    )
  })

  test('a fleet plate with no owner is not', () => {
    assert.ok(!has('personal_data', 'Notre nouvelle navette électrique AB-123-CD circule dès lundi.'))
  })

  test('credentials given after a label with no colon are flagged', () => {
    assert.ok(has('personal_data', 'His access: login jdurand77 / password Tulipe2023'))
    assert.ok(!has('personal_data', 'Login with your usual account to see the offer.'))
  })

  test('private life and daily routine of a named employee are personal data, named in the sentence before too', () => {
    assert.ok(
      has('personal_data', 'Notre nouvelle stagiaire Inès est célibataire et rentre à pied tous les soirs.'),
    )
    assert.ok(
      has('personal_data', 'Meet Dana Whitlow. She lives alone and walks home past the depot every night.'),
    )
    assert.ok(has('personal_data', 'Big news: Oren from our Leeds branch is expecting twins!'))
  })

  test('an awareness day or a charity name is not someone’s health data', () => {
    assert.deepEqual(
      kinds('Today is World Mental Health Day: our teams get a free session with a coach.'),
      [],
    )
  })

  test('in a private reply the complainant’s own IBAN may be confirmed; a card number may not', () => {
    const privately = (text: string): PostDraft => ({
      text,
      network: 'private_reply',
      audience: 'complainant',
    })
    assert.deepEqual(
      kinds(privately('Bonjour, votre IBAN FR76 3000 6000 0112 3456 7890 189 est bien noté.')),
      [],
    )
    assert.ok(has('personal_data', privately('Hello, your card 4970 1012 3456 7899 was charged twice.')))
  })
})

describe('personal data in words, labels and care', () => {
  test('a date of birth written in words is a date of birth, in French and English', () => {
    assert.ok(
      has(
        'personal_data',
        'Bon anniversaire à Paul Girard, né le deux mai mille neuf cent quatre-vingt-cinq !',
      ),
    )
    assert.ok(has('personal_data', 'Cheers to Ana Ruiz, born on the third of March nineteen ninety-two.'))
    assert.ok(
      !has(
        'personal_data',
        'Née le deux mai mille neuf cent vingt, notre fondatrice nous a quittés en 2010, hommage.',
      ),
    )
  })

  test('a bank account in spaced groups is flagged in a public reply, spared in a private message', () => {
    const text = 'Monsieur Petit, votre compte n° 10278 00020 11223344 est bien crédité.'
    assert.ok(has('personal_data', { text, network: 'x', audience: 'complainant' }))
    assert.deepEqual(kinds({ text, network: 'private_reply', audience: 'complainant' }), [])
  })

  test('a social security number on a card read aloud is flagged even when its key is wrong', () => {
    assert.ok(
      has(
        'personal_data',
        'Carte vitale trouvée au nom de Luc Henry, n° 1 90 03 69 123 456 00, à l’accueil.',
      ),
    )
  })

  test('a disciplinary hearing or a transplant of a named person is personal data', () => {
    assert.ok(has('personal_data', 'Après l’entretien disciplinaire de Julie Masson, le planning change.'))
    assert.ok(has('personal_data', 'Our patient Mr Omar Reyes thanks the team for his kidney transplant.'))
  })

  test('a number followed by “(switchboard)” is the organisation’s line', () => {
    assert.deepEqual(kinds('Questions about bins? Ring 020 7946 0555 (town hall switchboard).'), [])
  })
})

describe('confidential leaks with no marker', () => {
  test('figures given before their release date, news “not announced yet” and a teased deal are leaks', () => {
    assert.ok(has('confidential', 'Ventes en hausse de 8 % au T2, les chiffres sortent mardi, chut.'))
    assert.ok(has('confidential', 'Margins hit 14% this quarter; results are not out until Friday.'))
    assert.ok(has('confidential', 'the new CFO starts in May, not official yet'))
    assert.ok(has('confidential', 'Lovely lunch with our future colleagues from Brindle Labs 😉 stay tuned'))
  })

  test('a release date alone, or a deal already announced, is not', () => {
    assert.deepEqual(kinds('Nos résultats semestriels sortent jeudi : rendez-vous sur notre site.'), [])
    assert.deepEqual(kinds('Officially announced today: the merger with Brindle Labs is completed 😉'), [])
  })

  test('a code name without its generic head leaks too, in a hashtag or as a name', () => {
    const context = { confidentialTerms: ['Projet Héron'] }
    assert.ok(has('confidential', 'On a hâte de vous montrer tout ça #heron', context))
    assert.ok(has('confidential', 'Nos équipes bouclent Héron avant l’été.', context))
    assert.ok(!has('confidential', 'Un héron s’est posé sur le parking ce matin.', context))
  })

  test('job cuts counted before they are announced are flagged', () => {
    assert.ok(has('confidential', 'Entre nous, 240 postes supprimés à Rennes au printemps.'))
    assert.ok(has('confidential', 'Heads up: the plan is to cut 90 jobs at the Derby plant.'))
    assert.ok(!has('confidential', 'We are hiring 90 people at the Derby plant this spring!'))
  })

  test('“not confidential” and “annoncé en interne” read the right way round', () => {
    assert.ok(!has('confidential', 'Nothing confidential here: our opening hours change on Monday.'))
    assert.ok(has('confidential', 'Annoncé en interne ce matin : le site de Tours ferme.'))
  })
})

describe('copyright: verse, programmes, clips and agency photos', () => {
  test('a stanza run on one line with slashes is verse', () => {
    assert.ok(
      has(
        'copyright',
        '« La mer a mis ses gants / pour caresser le port / le vent compte les bateaux / et la nuit les endort » — Lise Aubrac',
      ),
    )
    assert.ok(
      has(
        'copyright',
        'Our mood: "the rain keeps the score / on the roofs of the town / I count every drop / till the sun comes down" — Kit Mallory',
      ),
    )
  })

  test('a short credited quote with one slash is not', () => {
    assert.deepEqual(
      kinds('« Le voyage est une école / de modestie » disait un écrivain voyageur. Bon départ !'),
      [],
    )
  })

  test('a whole programme reposted, a titled clip and an agency photo are flagged', () => {
    assert.ok(has('copyright', 'Vous avez raté le JT ? Voici le sujet complet sur notre atelier 📺'))
    assert.ok(has('copyright', 'The full segment from Sky News about our launch, reuploaded here.'))
    assert.ok(has('copyright', 'Le passage du film « Nuit bleue » où l’héroïne boit notre thé [1 min clip]'))
    assert.ok(has('copyright', 'Great Getty photo of the parade, we’re using it for our banner.'))
  })

  test('our own full programme and an agency photo under licence are not', () => {
    assert.deepEqual(kinds('Le replay de notre webinaire est en ligne sur notre chaîne.'), [])
    assert.deepEqual(kinds('Photo AFP sous licence, merci à notre abonnement presse.'), [])
  })

  test('admitting the rights were not checked, or will be asked later, is flagged', () => {
    assert.ok(has('copyright', 'New ad with that track from the radio, we never checked the licence though.'))
    assert.ok(has('copyright', 'On a mis sa photo sur l’affiche, on lui demandera après.'))
    assert.ok(has('copyright', 'We borrowed @ink_and_moss illustration for the newsletter.'))
  })
})

describe('sensitive topics phrased indirectly', () => {
  test('voting hints and partisan jabs are flagged', () => {
    assert.ok(
      has('sensitive_topic', 'Aux municipales, suivez notre regard vers la liste qui baisse les impôts.'),
    )
    assert.ok(has('sensitive_topic', 'Our team would never vote Green, and neither should you.'))
    assert.ok(has('sensitive_topic', 'The outgoing mayor has ruined the high street.'))
  })

  test('neutral civic information stays safe', () => {
    assert.deepEqual(kinds('Jour d’élection : nos agences ouvrent à 10 h pour laisser chacun voter.'), [])
  })

  test('stances on migration and same-sex marriage are flagged', () => {
    assert.ok(has('sensitive_topic', 'Honestly, this country lets in far too many migrants.'))
    assert.ok(has('sensitive_topic', 'Ceux qui sont contre le mariage pour tous peuvent acheter ailleurs.'))
  })

  test('a joke on religious practice is flagged; a greeting or a church as a landmark is not', () => {
    assert.ok(has('sensitive_topic', 'Pendant le carême, on vous laisse rêver de nos éclairs 😂'))
    assert.ok(has('sensitive_topic', 'Skip Mass, our brunch is the real communion lol'))
    assert.deepEqual(kinds('Ramadan Moubarak à toutes celles et ceux qui le célèbrent.'), [])
    assert.deepEqual(kinds('Notre nouvelle boutique est juste derrière l’église, place du marché.'), [])
  })

  test('a sales pitch while a nation mourns is flagged', () => {
    assert.ok(has('sensitive_topic', 'While the country mourns, treat yourself to our new collection.'))
    assert.ok(
      has('sensitive_topic', 'Le pays est en deuil ? Profitez de nos soldes pour vous changer les idées.'),
    )
  })
})

describe('insults in disguise and passive aggression', () => {
  test('a word spelled out with dots is read as a disguised insult, acronyms are not', () => {
    assert.ok(has('insult', 'Ce gardien, un n.u.l.l.a.r.d de compétition.'))
    assert.deepEqual(kinds('RSVP a.s.a.p. for the launch at the H.Q.'), [])
  })

  test('stingy or vermin words aimed at people are insults; a rat in a story is not', () => {
    assert.ok(has('insult', 'Those who haggle over 2 € are tightwads and leeches.'))
    assert.ok(has('insult', 'Les clients qui râlent sur nos prix sont des pingres, voilà tout.'))
    assert.deepEqual(kinds('Our warehouse cat caught two rats last night, good job Biscuit!'), [])
  })

  test('a masked plural matches the singular of the lexicon', () => {
    assert.ok(has('insult', 'Les arbitres ? Des enc*lés, tous.'))
  })

  test('showing the door, talking down or minimising is aggressive, in French and English', () => {
    assert.ok(has('aggressive_tone', 'Pas contents du nouveau planning ? Personne ne vous retient.'))
    assert.ok(has('aggressive_tone', '@Lou_B Calm down, the app was only down for an hour.'))
    assert.ok(
      has(
        'aggressive_tone',
        '@nadia_r Vous êtes la seule à vous plaindre, le problème vient peut-être de chez vous.',
      ),
    )
    assert.ok(has('aggressive_tone', 'Since you insist on airing this publicly, so will we.'))
  })

  test('a firm but polite refusal and an invitation to relax are not', () => {
    assert.deepEqual(kinds('@Lou_B We can’t refund after 30 days, but we can repair it for free.'), [])
    assert.deepEqual(kinds('Relax by the pool this weekend: our spa opens at 9.'), [])
  })
})
