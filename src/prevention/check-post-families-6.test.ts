import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { enDraft as en, frDraft as fr, ruleKinds as kinds } from '../test/rule-kinds.ts'
import { withinOneEdit } from './find-confidential.ts'
import { checkPost } from './index.ts'

// the rules alone (the learned reader has its own tests in learned-tone.test.ts)

describe('personal data: access codes, more identity numbers and forms of phone numbers', () => {
  test('the code of a door, a gate or an alarm, and a password a few words before its value, are secrets', () => {
    assert.deepEqual(kinds(fr('Pour ce soir, le code du portail reste 7B204, entrez sans sonner.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(en('the alarm code at the depot is still 3-0-0-7, nobody changed it')), [
      'personal_data',
    ])
    assert.deepEqual(
      kinds(fr('Le mot de passe du compte partagé est noté au dos du planning : Vitrine*88')),
      ['personal_data'],
    )
    assert.deepEqual(kinds(en('db access for the night shift: user night_ops, pass Lantern#51')), [
      'personal_data',
    ])
  })

  test('a code with no secret in it is not flagged', () => {
    assert.deepEqual(kinds(fr('Le code promo HIVER est valable jusqu’à dimanche.')), [])
    assert.deepEqual(kinds(fr('Votre mot de passe est à changer tous les 90 jours.')), [])
  })

  test('a Canadian social insurance number after its label, and a passport number further along, are identity numbers', () => {
    assert.deepEqual(kinds(en('His SIN card (046 454 286) was in the wallet left at the till.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(fr('On a retrouvé son NAS dans le portefeuille : 046 454 286.')), [
      'personal_data',
    ])
    assert.deepEqual(
      kinds(en('a passport was handed in at lost property, Marta Kowalska, no. 533912874, call us')),
      ['personal_data'],
    )
  })

  test('a phone number said to be a named person’s is hers, whatever the sentence says about the service', () => {
    assert.deepEqual(
      kinds(fr('Le WhatsApp de Maëlle pour les inscriptions au tournoi : +33 6 39 98 10 20.')),
      ['personal_data'],
    )
    assert.deepEqual(kinds(fr('Pour les inscriptions au tournoi, appelez le 01 99 00 45 45.')), [])
  })

  test('a number spelled half in words and half in digits is a phone number', () => {
    assert.deepEqual(kinds(fr('Son portable c’est zéro six 39 98 71 05, elle répond le soir.')), [
      'personal_data',
    ])
  })

  test('an address with an abbreviated street type is an address', () => {
    assert.deepEqual(kinds(fr('Le voleur des tickets habite 14 av. Victor-Hugo à Pantin.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(fr('Notre boutique du 14 av. Victor-Hugo ouvre dimanche, venez nombreux !')), [])
  })

  test('a child named with their age and school is personal data; an age group is not', () => {
    assert.deepEqual(
      kinds(fr('Bravo à Jade Morel, 9 ans, en CM1 à l’école des Tilleuls, gagnante du concours !')),
      ['personal_data'],
    )
    assert.deepEqual(
      kinds(en('Well done 7-year-old Oscar Bell from Hillside Primary, our drawing champion!')),
      ['personal_data'],
    )
    assert.deepEqual(
      kinds(fr('Stages de dessin pour les 8-12 ans au collège Jean Moulin, inscriptions ouvertes.')),
      [],
    )
  })

  test('a colleague’s warning, pay slip or debts next to their name are personal data', () => {
    assert.deepEqual(kinds(fr('Courage à notre Sandrine qui a reçu un avertissement pour ses retards.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(en('Our client Gareth Pryce owed £9,800 on four cards before we met him.')), [
      'personal_data',
    ])
  })

  test('in a private reply, a neighbour’s number or an account said to be someone else’s stays flagged', () => {
    const dm = { network: 'private_reply' }
    assert.deepEqual(
      kinds(fr('Bonjour Mme Aubert, voyez avec votre voisin du dessus, M. Rivière, au 06 39 98 66 14.', dm)),
      ['personal_data'],
    )
    assert.deepEqual(
      kinds(
        fr('Bonjour, le prélèvement est parti du compte FR14 2004 1010 0505 0001 3M02 606 de M. Gaudin.', dm),
      ),
      ['personal_data'],
    )
    assert.deepEqual(kinds(fr('Bonjour, nous vous rappelons au 06 39 98 66 14 demain matin.', dm)), [])
  })

  test('a press officer’s address under "Contact presse" and a dedicated line are published to be used', () => {
    assert.deepEqual(
      kinds(fr('Contact presse : Claire Moutet, claire.moutet@exemple-assurances.fr, 01 99 00 34 12.')),
      [],
    )
    assert.deepEqual(kinds(fr('Une cellule dédiée répond aux sinistrés : 01 99 00 61 18.')), [])
  })
})

describe('confidential: news told before its announcement, held back or hidden', () => {
  test('news whose announcement is still to come is a leak', () => {
    assert.deepEqual(
      kinds(
        fr(
          'On va fermer l’atelier de Vierzon, 40 postes. L’annonce officielle sera faite aux équipes lundi.',
        ),
      ),
      ['confidential'],
    )
    assert.deepEqual(kinds(en('We signed the Leeds depot lease. Formal announcement in three weeks, shh.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('Q2 revenue landed at $7.2M, up 30%. We report publicly next month.')), [
      'confidential',
    ])
  })

  test('a date announced for news already published, or with no news in it, is not', () => {
    assert.deepEqual(kinds(fr('Nos résultats annuels seront publiés le 12 mars sur notre site.')), [])
    assert.deepEqual(
      kinds(en('As reported in this morning’s results statement, revenue grew 8% to £40M.')),
      [],
    )
  })

  test('the writer holding back or hiding news is a leak', () => {
    assert.deepEqual(
      kinds(fr('On a signé avec une grande chaîne de 200 magasins, je ne peux pas dire le nom 😉')),
      ['confidential'],
    )
    assert.deepEqual(kinds(en('we’re cutting 30 roles in Dundee. the agents have no idea yet')), [
      'confidential',
    ])
  })

  test('an internal metric with its figure is an unpublished figure', () => {
    assert.deepEqual(kinds(en('our churn is 11% and the CAC keeps climbing, fun times')), ['confidential'])
    assert.deepEqual(kinds(fr('Notre taux de retour SAV : 31 % sur le casque. Bref.')), ['confidential'])
  })

  test('a code name written glued, hyphenated or one letter off is the code name', () => {
    const ctx = { confidentialTerms: ['Project Heron', 'Sparrow Pay', 'OTR-9'] }
    assert.deepEqual(kinds(en('our Herin prototype is ready'), ctx), ['confidential'])
    assert.deepEqual(kinds(en('Sparrowpay onboarding is four taps'), ctx), ['confidential'])
    assert.deepEqual(kinds(en('otr9 units arrived today'), ctx), ['confidential'])
  })

  test('a code name that is a common word, written as one after an article, is the common word', () => {
    const ctx = { confidentialTerms: ['Heron'] }
    assert.deepEqual(kinds(en('A heron was fishing by the river behind our store this morning.'), ctx), [])
    assert.deepEqual(kinds(en('The Heron launches in May.'), ctx), ['confidential'])
  })

  test('one edit apart means one letter changed, added or removed', () => {
    assert.equal(withinOneEdit('kestrl', 'kestrel'), true)
    assert.equal(withinOneEdit('harbour', 'harbor'), true)
    assert.equal(withinOneEdit('heorn', 'heron'), false)
    assert.equal(withinOneEdit('meridian', 'median'), false)
  })
})

describe('hard safe drafts next to the sixth round’s rules', () => {
  test('backing local farmers or rejoining a queue takes no political side', () => {
    assert.deepEqual(kinds(en('We support local farmers: 10% off all local produce this week!')), [])
    assert.deepEqual(
      kinds(fr('Nos agriculteurs sont formidables, soutien total à nos producteurs locaux 🧀')),
      [],
    )
    assert.deepEqual(kinds(en('Rejoin the queue at desk 4, our support team will help you.')), [])
  })

  test('a metric named without its figure is no unpublished figure', () => {
    assert.deepEqual(kinds(en('Our conversion rate guide is free to download, 40 pages of tips.')), [])
  })

  test('"don’t come back without trying…" is an invitation, not a door shown', () => {
    assert.deepEqual(kinds(en('Don’t come back without trying our new pistachio croissant 🥐')), [])
    assert.deepEqual(
      kinds(en('Please don’t come back to our Leeds store after the way you spoke to our staff.')),
      ['aggressive_tone'],
    )
  })

  test('a full video of our own concert is ours to post, for the rules and for the learned reader', () => {
    const text = 'Full video of our own concert on our YouTube channel, all 40 minutes!'
    assert.deepEqual(kinds(en(text)), [])
    assert.deepEqual([...new Set(checkPost(en(text)).map((f) => f.kind))], [])
  })
})
