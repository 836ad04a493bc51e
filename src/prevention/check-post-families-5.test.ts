import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { enDraft as en, frDraft as fr, ruleKinds as kinds } from '../test/rule-kinds.ts'
import { isValidBelgianNrn, isValidDni, isValidEan13 } from './find-identity-data.ts'
import type { CheckContext } from './index.ts'

// the rules alone (the learned tone reader has its own tests in learned-tone.test.ts)

describe('personal data: numbers of more countries, with their checksums', () => {
  test('Belgian, Swiss and German numbers dialled at home are phone numbers', () => {
    assert.deepEqual(kinds(fr('Appelez Julie sur le 0470 12 34 56 après 18h.')), ['personal_data'])
    assert.deepEqual(kinds(fr('Son numéro : 079 123 45 67, demandez Marc.')), ['personal_data'])
    assert.deepEqual(kinds(en('Text Jonas on 0151 2345 6789 if the van is late.')), ['personal_data'])
    assert.deepEqual(kinds(en('Jonas is on 0049 151 2345 6789 this week.')), ['personal_data'])
  })

  test('a number given after "son portable" is someone’s own, even next to the team it belongs to', () => {
    assert.deepEqual(
      kinds(fr('Rappelez Karim de notre équipe sur son portable : 06 39 98 00 11, il suit le dossier.')),
      ['personal_data'],
    )
    assert.deepEqual(kinds(en('Call Dana from our team on her mobile, 07700 900111, she has your file.')), [
      'personal_data',
    ])
  })

  test('a landline in a sentence about the shop or the branch is the business’s own line', () => {
    assert.deepEqual(
      kinds(fr('Notre boutique de Genève vous accueille au 8 rue du Rhône, tél. +41 22 000 11 22.')),
      [],
    )
    assert.deepEqual(kinds(en('Our Leeds branch number has changed: it’s now 0113 496 0999.')), [])
    assert.deepEqual(kinds(fr('Une cellule d’information est ouverte au 01 99 00 11 22.')), [])
  })

  test('Belgian register, Swiss AVS and Spanish DNI numbers are found only with a valid key', () => {
    assert.equal(isValidBelgianNrn('85.07.12-123.90'), true)
    assert.equal(isValidBelgianNrn('85.07.12-123.91'), false)
    assert.equal(isValidBelgianNrn('05.03.15-456.25'), true) // born in 2000 or later: 2 before the digits
    assert.equal(isValidEan13('756.1234.5678.97'), true)
    assert.equal(isValidEan13('756.1234.5678.96'), false)
    assert.equal(isValidDni('48291736Q'), true)
    assert.equal(isValidDni('48291736R'), false)
    assert.deepEqual(kinds(fr('M. Peeters, votre numéro 85.07.12-123.90 est enregistré.')), ['personal_data'])
    assert.deepEqual(kinds(fr('Référence de lot 85.07.12-123.91 : rappel en cours.')), [])
    assert.deepEqual(kinds(fr('Numéro AVS de Mme Keller : 756.1234.5678.97.')), ['personal_data'])
    assert.deepEqual(kinds(en('Her DNI is 48291736-Q, please keep it on file.')), ['personal_data'])
  })

  test('an IBAN is read in lower case and with dashes, of any country, when its check digits hold', () => {
    assert.deepEqual(kinds(en('Refund to his account gb29 nwbk 6016 1331 9268 19 please.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(fr('Versez sur BE68-5390-0754-7034 merci.')), ['personal_data'])
    assert.deepEqual(kinds(fr('Versez sur BE68-5390-0754-7035 merci.')), [])
  })
})

describe('personal data: people told about in prose', () => {
  test('a birth year next to a full name is a date of birth; a brand’s or a mascot’s is not', () => {
    assert.deepEqual(kinds(en('Her loyalty card says Patricia Lowe, born 1958, shops here on Thursdays.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(fr('La cliente, Odile Marchal, née en 1961, vient tous les jeudis.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(fr('Maison Prisme, née en 1998 à Lyon, fête ses 25 ans.')), [])
    assert.deepEqual(
      kinds(en('Happy birthday to our mascot Captain Otter, born 3 May 2001 in a garage!')),
      [],
    )
  })

  test('a plate with who owns it is personal data in Belgian and Swiss forms; a plate alone is not', () => {
    assert.deepEqual(kinds(fr('La plaque 1-ABC-123, si quelqu’un connaît le proprio 🙏')), ['personal_data'])
    assert.deepEqual(kinds(fr('Mme Keller, la plaque VD 123 456 est enregistrée.')), ['personal_data'])
    assert.deepEqual(kinds(en('Whoever owns the car reg AB12 CDE, move it now.')), ['personal_data'])
    assert.deepEqual(kinds(fr('Nouveau modèle présenté au salon, immatriculé pour les essais.')), [])
  })

  test('where someone lives, told without a house number, is an address', () => {
    assert.deepEqual(kinds(en('@jo_p we know you live on Pelham Road, our driver saw you.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(fr('Il s’appelle Yanis et habite la cité des Peupliers.')), ['personal_data'])
    assert.deepEqual(kinds(en('Our new store is on Pelham Road, open till 6.')), [])
  })

  test('a dismissal, an accusation or a pay told about a named person is personal data', () => {
    assert.deepEqual(kinds(fr('L’ancienne vendeuse Mélanie Roux a été renvoyée pour vol.')), [
      'personal_data',
    ])
    assert.deepEqual(
      kinds(en('Sad news: Tom Becker from our Denver office was let go after a failed drug test.')),
      ['personal_data'],
    )
    assert.deepEqual(kinds(fr('Pensée pour Jérôme de l’équipe caisse, en arrêt pour un burn-out.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(fr('Notre stand sera payé par la région, merci à elle !')), [])
  })

  test('a named person’s pay is personal data; what the company paid for something is not', () => {
    assert.deepEqual(kinds(fr('Nadia Cheval, notre nouvelle directrice, sera payée 95 000 € + variable.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(en('Our new Sales Director, Priya Nair, will be on £120k plus bonus.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(en('The Forrest Insight study we paid $6,000 for is great.')), [])
  })

  test('a first name after two words of who they are to us names someone: "our former barista Hannah"', () => {
    assert.deepEqual(kinds(en('Our former barista Hannah is recovering from her overdose.')), [
      'personal_data',
    ])
  })

  test('a document shown with someone’s name, address or phone on it is personal data', () => {
    assert.deepEqual(
      kinds(
        fr('Voici la capture de la réclamation (on voit le nom, l’adresse et le téléphone de la cliente).'),
      ),
      ['personal_data'],
    )
    assert.deepEqual(
      kinds(en('Photo of the order form from Mr. Abbott, his phone and address at the top, what a legend!')),
      ['personal_data'],
    )
    assert.deepEqual(kinds(en('Photo of our new shop front: name and address on the sign, finally!')), [])
  })

  test('a login and its password given as a pair, and a passport number a few words after the label', () => {
    assert.deepEqual(kinds(en('@sam your temp login is sam.okafor / Welcome#2026, change it.')), [
      'personal_data',
    ])
    assert.deepEqual(kinds(en('@kay your passport scan came through fine (no. 533127000, exp 2031).')), [
      'personal_data',
    ])
  })

  test('a direct message on any network spares the customer’s own number; a public reply does not', () => {
    const text = 'Hi Leon, your new number 07700 900127 is saved on the account.'
    assert.deepEqual(kinds(en(text, { network: 'x', audience: 'private_reply' })), [])
    assert.deepEqual(kinds(en(text, { network: 'x', audience: 'public' })), ['personal_data'])
  })
})

describe('confidential: code names disguised, news said inside, figures from the management', () => {
  const terms = (...t: string[]): CheckContext => ({ confidentialTerms: t })

  test('a code name in the plural is the code name', () => {
    assert.deepEqual(kinds(fr('Les trottinettes Cobaltines arrivent !'), terms('Cobaltine')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('Our Bluebells range is coming.'), terms('Bluebell')), ['confidential'])
  })

  test('a code name of several words leaks as its dotted initials; capitals that are a common word do not', () => {
    assert.deepEqual(kinds(fr('Notre gamme N.O. arrive en boutique.'), terms('Nuit Orange')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('NO spoilers, see you Monday!'), terms('Nuit Orange')), [])
  })

  test('a code name spelled letter by letter, spaced or dashed, is found', () => {
    assert.deepEqual(kinds(fr('Le H É R O N va tout changer.'), terms('Projet Héron')), ['confidential'])
    assert.deepEqual(kinds(en('K-I-N-G-F-I-S-H-E-R. That’s all.'), terms('Kingfisher')), ['confidential'])
  })

  test('what is said inside the company is a leak; internal mobility is not', () => {
    assert.deepEqual(kinds(fr('En interne on nous dit que la ligne ne rouvre pas avant février.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('Internally they’re saying it will last another week.')), ['confidential'])
    assert.deepEqual(kinds(fr('Nous favorisons la mobilité interne : 30 postes ouverts.')), [])
  })

  test('news held back until a date or from the people concerned is a leak', () => {
    assert.deepEqual(kinds(en('A big platform picked our app. Contract isn’t public until March!')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('We close the Leeds depot in April, nobody’s been told.')), ['confidential'])
    assert.deepEqual(kinds(fr('La liste circule, personne n’a encore été prévenu.')), ['confidential'])
  })

  test('"not even announced yet" and "signé, mais pas annoncé" hold news back', () => {
    assert.deepEqual(kinds(en('He told us 30 stores close in spring and it’s not even announced yet.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(fr('Leur plus gros client nous rejoint (c’est signé, mais pas annoncé).')), [
      'confidential',
    ])
  })

  test('a hush next to news is a leak; a hush on a teaser is not', () => {
    assert.deepEqual(kinds(fr('chut 🤫 mais la boutique de Nantes ferme en mars')), ['confidential'])
    assert.deepEqual(kinds(en('We lost the Dunmore account this morning. pls don’t repost')), [
      'confidential',
    ])
    assert.deepEqual(kinds(fr('🤫 Une surprise arrive lundi, restez connectés !')), [])
  })

  test('figures set by the management are unpublished; a board decision announced is not', () => {
    assert.deepEqual(kinds(fr('Objectif fixé hier en comité de direction : 300 000 abonnés.')), [
      'confidential',
    ])
    assert.deepEqual(kinds(en('Just out of the all-hands: churn is at 9% this quarter.')), ['confidential'])
    assert.deepEqual(
      kinds(
        fr(
          'La banque annonce la nomination de Paul Roux, décidée par le conseil d’administration le 3 mars.',
        ),
      ),
      [],
    )
  })

  test('"entre nous" or "between you and me" is a leak only before news; an embargo lifted is over', () => {
    assert.deepEqual(kinds(fr('Entre nous, le meilleur moment c’est le vendredi à 16h.')), [])
    assert.deepEqual(kinds(en('Between you and me, the best part of the week is Friday.')), [])
    assert.deepEqual(kinds(fr('Entre nous, la V3 sort avec 2 mois de retard.')), ['confidential'])
    assert.deepEqual(kinds(en('Embargo lifted: our full-year results are now public.')), [])
  })
})

describe('insults: name-calling aimed at someone, and insults reported from a court or the news', () => {
  test('name-calling aimed at customers is an insult in both languages, obfuscated too', () => {
    assert.deepEqual(kinds(fr('Les clients de 18h59, vous êtes des plaies.')), ['insult'])
    assert.deepEqual(kinds(en('Customers who call at 4:59 are p4rasites.')), ['insult'])
    assert.deepEqual(kinds(fr('Sérieux, t’es bouché ou quoi ?')), ['insult'])
  })

  test('an insult quoted from a trial or the news is someone else’s words; said to the reader it is ours', () => {
    assert.deepEqual(
      kinds(fr('Selon le compte rendu de l’audience, le prévenu avait traité l’agent de « crétin ».')),
      [],
    )
    assert.deepEqual(
      kinds(en("The news reported the fan shouted 'you're all idiots' at stewards. We filed a complaint.")),
      [],
    )
    assert.deepEqual(kinds(en('According to the news, you are all idiots.')), ['insult'])
  })
})
