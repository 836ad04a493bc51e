import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ruleKinds as kinds } from '../test/rule-kinds.ts'
import { type CheckContext, checkPost } from './index.ts'

// the rules alone (the learned tone reader has its own tests in learned-tone.test.ts)
const spans = (text: string, context?: CheckContext) =>
  checkPost({ text }, context).map((f) => [f.kind, text.slice(f.start, f.end)])

describe('safe drafts', () => {
  for (const text of [
    'Notre nouvelle collection arrive en boutique le 12 mars. Venez la découvrir !',
    'We are deeply sorry for yesterday’s outage: service is back and we will explain what happened.',
    'Vos données restent confidentielles et ne sont jamais revendues.',
    'Your answers stay confidential and anonymous.',
    'Concombres frais et tomates de Scunthorpe au marché ce samedi.',
    'Rappel produit : lot 2024-118 de nos yaourts, rapportez-le en magasin pour un remboursement.',
    'Nous rendons hommage aux victimes du séisme et pensons à leurs proches.',
    'Prix : 4,99 € le kilo, 12,50 € la barquette de 3 kg.',
    'Écrivez-nous à service-client@marque.fr ou appelez le 0 800 123 456 (gratuit).',
    'This app is not stupid at all, it is brilliant.',
    'Retrouvez-nous au 12 rue de Rivoli, 75001 Paris, pour l’ouverture de la boutique.',
    'Shooting photo de notre nouvelle collection ce matin ! -20 % ce week-end.',
    'Victimes de notre succès : les soldes reprennent demain avec de nouvelles promos.',
    'Leak-proof bottles are back in stock: grab yours, 20% off!',
    'Méfiez-vous des escrocs qui se font passer pour nous par SMS : nous ne demandons jamais vos codes.',
    'Our internal investigation found that 2% of orders were affected; all have been refunded.',
    'We will deal with it right away, thanks for the heads-up!',
    'You asked for it: the XXL burger is back!',
    'Notre collègue Jean-Pierre nous a quittés. Repose en paix, tu nous manqueras.',
    'Tapette à mouches offerte pour tout achat au rayon jardin.',
    'Collecte des ordures ménagères décalée au mardi à cause du férié.',
    'Nos magasins restent ouverts le jour des élections, de 9 h à 19 h.',
    'Merci Mme Lefèvre pour ce joli message, toute l’équipe est touchée !',
  ])
    test(`a safe draft has no flag: ${text.slice(0, 50)}`, () => assert.deepEqual(checkPost({ text }), []))
})

describe('personal data', () => {
  test('flags French mobiles, international numbers and personal e-mail addresses, with their exact span', () => {
    assert.deepEqual(spans('Appelez Julie au 06 12 34 56 78 ou julie.martin@gmail.com'), [
      ['personal_data', '06 12 34 56 78'],
      ['personal_data', 'julie.martin@gmail.com'],
    ])
    assert.deepEqual(spans('Call him on +44 20 7946 0958'), [['personal_data', '+44 20 7946 0958']])
    assert.deepEqual(spans('Son numéro : +33 6 12 34 56 78.'), [['personal_data', '+33 6 12 34 56 78']])
  })

  test('flags North American numbers and any number right after a phone label, not a service line', () => {
    assert.deepEqual(spans('Call our client Mrs Brown on (212) 555-0199 about her refund'), [
      ['personal_data', '(212) 555-0199'],
    ])
    assert.deepEqual(spans('Son portable : 612345678'), [['personal_data', '612345678']])
    assert.deepEqual(kinds('Appelez le 0 800 123 456, c’est gratuit'), [])
    assert.deepEqual(kinds('Réservations au 01 42 68 53 00 ou appelez-nous au 06 12 34 56 78'), [])
  })

  test('flags an IBAN whose checksum is valid, and not a look-alike reference without a label', () => {
    assert.deepEqual(kinds('Virement reçu sur FR76 3000 6000 0112 3456 7890 189, merci'), ['personal_data'])
    assert.deepEqual(kinds('Ref FR12 3456 7890 1234 5678 9012 345 du catalogue'), [])
  })

  test('flags a card number that passes Luhn, and not a 16-digit number that fails it', () => {
    assert.deepEqual(kinds('Le client a donné 4111 1111 1111 1111 au téléphone'), ['personal_data'])
    assert.deepEqual(kinds('Commande 1234 5678 9012 3456 expédiée'), [])
    assert.deepEqual(kinds('Rappel : yaourts code EAN 4111 1111 1111 1111, lot 12'), [])
  })

  test('flags a person’s home address but not a shop’s', () => {
    assert.deepEqual(kinds('Le client habite au 8 rue des Lilas, 69003 Lyon, allez lui dire.'), [
      'personal_data',
    ])
    assert.deepEqual(kinds('Our customer lives at 221 Baker Street, London'), ['personal_data'])
    assert.deepEqual(kinds('Visit our new store at 5 Main Street this Saturday!'), [])
  })

  test('flags health data about a named person, not the same word about no one', () => {
    assert.deepEqual(kinds('Notre collègue Marc est en arrêt maladie pour dépression.'), ['personal_data'])
    assert.deepEqual(kinds('Our driver Tom is in hospital after surgery, so deliveries are late.'), [
      'personal_data',
    ])
    assert.deepEqual(kinds('Octobre rose : nous soutenons la recherche contre le cancer.'), [])
  })

  test('a private reply to the complainant may send back their own number and address, never a card number', () => {
    const text =
      'Bonjour Mme Durand, nous vous rappelons au 06 12 34 56 78 et livrons au 3 rue Haute, 35000 Rennes.'
    assert.deepEqual(kinds(text), ['personal_data'])
    assert.deepEqual(kinds({ text, network: 'private_reply' }), [])
    assert.deepEqual(kinds({ text, audience: 'complainant' }), [])
    // the same answer as a public reply on X shows their number and address to everyone
    assert.deepEqual(kinds({ text, audience: 'complainant', network: 'x' }), ['personal_data'])
    const card = checkPost({ text: 'Your card 4111 1111 1111 1111 was refunded', audience: 'complainant' })
    assert.deepEqual(
      card.map((f) => [f.kind, f.severity]),
      [['personal_data', 'medium']],
    )
  })
})

describe('confidential', () => {
  test('flags the workspace’s confidential terms, whatever their case and accents', () => {
    const context = { confidentialTerms: ['Projet Héron', 'X-200'] }
    assert.deepEqual(spans('Le projet heron sort bientôt, avec le x-200 !', context), [
      ['confidential', 'projet heron'],
      ['confidential', 'x-200'],
    ])
    assert.deepEqual(kinds('Le héron cendré est un bel oiseau', context), [])
  })

  test('flags internal, confidential and embargo markers in both languages', () => {
    assert.deepEqual(kinds('INTERNAL ONLY: slides for Monday'), ['confidential'])
    assert.deepEqual(kinds('Ne pas diffuser : le nouveau tarif'), ['confidential'])
    assert.deepEqual(kinds('Sous embargo jusqu’à jeudi 9 h : notre rachat de Dupont SA'), ['confidential'])
    assert.deepEqual(kinds('Confidentiel : la note de la direction'), ['confidential'])
  })

  test('flags links to internal documents, in the text or among the draft’s links, not public ones', () => {
    assert.deepEqual(spans('Le planning : https://docs.google.com/spreadsheets/d/abc'), [
      ['confidential', 'https://docs.google.com/spreadsheets/d/abc'],
    ])
    assert.deepEqual(kinds({ text: 'Our roadmap', links: ['https://acme.atlassian.net/wiki/x'] }), [
      'confidential',
    ])
    assert.deepEqual(kinds('Découvrez la collection : https://www.acme.fr/printemps'), [])
  })

  test('flags unpublished figures: a figure next to "internal" or "preliminary"', () => {
    assert.deepEqual(kinds('Chiffres internes : +18 % de ventes ce trimestre'), ['confidential'])
    assert.deepEqual(kinds('Preliminary results show 12 million in revenue'), ['confidential'])
  })
})

describe('insults, aggressive tone and mockery, through obfuscation', () => {
  for (const text of [
    'Quel c0nnard',
    'Quel c*nnard',
    'Quel c o n n a r d',
    'Quel connnnard',
    'Quel CONNARD',
    'Quel c-o-n-n-a-r-d',
  ])
    test(`reads an obfuscated insult: ${text}`, () =>
      assert.deepEqual(kinds({ text, lang: 'fr' }), ['insult']))

  for (const text of ['You are an 1d10t', 'what an @$$hole', 'f*ck this', 'you m0r0n'])
    test(`reads an obfuscated English insult: ${text}`, () =>
      assert.deepEqual(kinds({ text, lang: 'en' }), ['insult']))

  test('matches whole words only: no insult inside Scunthorpe, concombre or cons of a list', () => {
    assert.deepEqual(kinds('Scunthorpe, concombre, constat, Dickens, assistance'), [])
    assert.deepEqual(kinds({ text: 'The pros and cons of each plan', lang: 'en' }), [])
  })

  test('reads unambiguous insults in any language, and words that are ordinary in the other one only in theirs', () => {
    assert.deepEqual(kinds({ text: 'What a c0nnard, honestly', lang: 'en' }), ['insult'])
    assert.deepEqual(kinds({ text: 'Désolés pour le retard de livraison, il est tard.', lang: 'fr' }), [])
    assert.deepEqual(kinds({ text: 'Our con artist movie night is back!', lang: 'en' }), [])
  })

  test('flags aggressive phrasing and a finger emoji', () => {
    assert.deepEqual(kinds('Si vous n’êtes pas content, allez voir ailleurs.'), ['aggressive_tone'])
    assert.deepEqual(kinds('Nobody cares, deal with it.'), ['aggressive_tone'])
    assert.deepEqual(kinds('Voilà notre réponse 🖕'), ['insult'])
  })

  test('flags mockery aimed at someone, not the same laugh about ourselves', () => {
    assert.deepEqual(kinds('Bravo le génie, même un enfant aurait compris 🤡 @jeanmi'), ['mockery'])
    assert.deepEqual(kinds('Ok boomer, try turning it off and on, genius'), ['mockery'])
    assert.deepEqual(kinds('Notre stagiaire a renversé le café sur le clavier lol'), [])
  })

  test('does not flag an adjective under negation', () => {
    assert.deepEqual(kinds({ text: 'Ce n’est pas idiot du tout, bonne idée !', lang: 'fr' }), [])
  })
})

describe('sensitive topics, copyright and crisis', () => {
  test('flags a tragedy used to sell and a joke in a time of mourning, not condolences', () => {
    assert.deepEqual(kinds('Séisme au Japon : profitez de -20 % sur nos lampes torches !'), [
      'sensitive_topic',
    ])
    assert.deepEqual(kinds('After the hurricane, we finally have a reason to sell umbrellas 😂'), [
      'sensitive_topic',
    ])
    assert.deepEqual(kinds('Our thoughts are with the victims of the hurricane.'), [])
  })

  test('flags politics and religion', () => {
    assert.deepEqual(kinds('Votez contre la réforme des retraites !'), ['sensitive_topic'])
    assert.deepEqual(kinds('Even the Pope would love our pizza'), ['sensitive_topic'])
  })

  test('flags a long quotation and someone else’s photo without credit', () => {
    const quote = `« ${'un mot de plus dans cette très longue citation'.repeat(4)} »`
    assert.deepEqual(kinds(`Comme dit l’auteur : ${quote}`), ['copyright'])
    assert.deepEqual(kinds('Superbe photo trouvée sur Pinterest pour notre campagne !'), ['copyright'])
    assert.deepEqual(kinds('On a repris la vidéo de @chef_paul sans lui demander, elle cartonne !'), [
      'copyright',
    ])
    assert.deepEqual(kinds('Superbe photo de @lea_photo, avec son autorisation 📸'), [])
    assert.deepEqual(
      kinds({ text: 'Notre nouvelle affiche', imageDescriptions: ['photo Getty Images avec filigrane'] }),
      ['copyright'],
    )
  })

  test('during an open incident every post needs approval, and echoing the crisis’s words is flagged where it does', () => {
    const activeIncident = { terms: ['fuite de données', 'piratage'], summary: 'fuite de données clients' }
    const flags = checkPost(
      { text: 'Nos promos fuient… comme nos données ! Pas de piratage ici 😉' },
      { activeIncident },
    )
    assert.deepEqual(
      flags.filter((f) => f.kind === 'crisis_echo').map((f) => f.severity),
      ['medium', 'high'],
    )
    assert.deepEqual(kinds('Nouvelle collection en boutique', { activeIncident }), ['crisis_echo'])
  })
})

describe('flags', () => {
  test('name the charter clause, explain in the requested language and suggest a safer wording', () => {
    const [fr] = checkPost({ text: 'Appelez le 06 12 34 56 78', lang: 'fr' })
    const [en] = checkPost({ text: 'Appelez le 06 12 34 56 78', lang: 'en' })
    assert.equal(fr?.clause, 'personal-data')
    assert.match(fr?.message ?? '', /Numéro de téléphone/)
    assert.match(en?.message ?? '', /Phone number/)
    assert.ok(fr?.suggestion)
  })

  test('use the workspace charter’s own clause id for a kind', () => {
    const charter = [
      {
        id: 'no-abuse',
        title: { fr: 'Respect', en: 'Respect' },
        text: { fr: '…', en: '…' },
        kinds: ['insult' as const],
      },
    ]
    assert.equal(checkPost({ text: 'Quel connard', lang: 'fr' }, { charter })[0]?.clause, 'no-abuse')
  })
})
