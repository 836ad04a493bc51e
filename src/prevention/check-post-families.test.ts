import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ruleKinds as kinds } from '../test/rule-kinds.ts'
import { isValidNir } from './find-identity-data.ts'
import { checkPost, type PostDraft } from './index.ts'

// the rules alone (the learned tone reader has its own tests in learned-tone.test.ts)
const spans = (draft: PostDraft | string) => {
  const d = typeof draft === 'string' ? { text: draft } : draft
  return checkPost(d).map((f) => [f.kind, d.text.slice(f.start, f.end)])
}
const privately = (text: string, lang: 'fr' | 'en'): PostDraft => ({
  text,
  lang,
  network: 'private_reply',
  audience: 'complainant',
})

describe('personal data in disguise and identity documents', () => {
  test('an e-mail written with [at], (at), arobase or a spoken dot is still an e-mail address', () => {
    assert.deepEqual(spans('Écrivez à paul [dot] morel [at] gmail [dot] com'), [
      ['personal_data', 'paul [dot] morel [at] gmail [dot] com'],
    ])
    assert.deepEqual(kinds('Mail him: sam.hale(at)outlook.com'), ['personal_data'])
    assert.deepEqual(kinds('Son adresse : lea arobase free point fr'), ['personal_data'])
    assert.deepEqual(kinds('Reach priya at yahoo dot co dot uk'), ['personal_data'])
  })

  test('a website or a mailbox the organisation publishes, written the same way, is not one', () => {
    assert.deepEqual(kinds('Sign up at example.com before Friday.'), [])
    assert.deepEqual(kinds('Questions? contact [at] maboutique [dot] fr'), [])
  })

  test('passport, ID card and social security numbers are flagged, in French and English', () => {
    assert.deepEqual(spans('Le passeport n° 18AB24573 de notre stagiaire est à renouveler'), [
      ['personal_data', '18AB24573'],
    ])
    assert.deepEqual(kinds('Her ID card number: 0412 8823 1190'), ['personal_data'])
    assert.deepEqual(kinds('SSN 219-09-9999 on the form'), ['personal_data'])
    assert.deepEqual(kinds('NI number: AB 12 34 56 C'), ['personal_data'])
    // a NIR is recognised by its key alone, without a label
    assert.deepEqual(kinds('Dossier de M. Petit : 1 85 05 78 006 084 91'), ['personal_data'])
  })

  test('the NIR check accepts a valid key and Corsican departments, and refuses a wrong key', () => {
    assert.equal(isValidNir('1 85 05 78 006 084 91'), true)
    assert.equal(isValidNir('1 85 05 78 006 084 92'), false)
    assert.equal(isValidNir('2 90 02 2A 004 021 09'), true)
  })

  test('a date of birth and a password are flagged; a founder’s dates in a tribute are not', () => {
    assert.deepEqual(kinds('M. Karim Benali, né le 03/07/1988, nous a écrit'), ['personal_data'])
    assert.deepEqual(kinds('Tom Reed (date of birth: 14 March 1991) won the draw'), ['personal_data'])
    assert.deepEqual(kinds('Wi-Fi du bureau, mot de passe : Soleil2026!'), ['personal_data'])
    assert.deepEqual(
      kinds('Hommage à notre fondateur, né le 3 mars 1932, qui nous a quittés cette nuit.'),
      [],
    )
  })

  test('the organisation’s own press contact, moved shop and booking line are not personal data', () => {
    assert.deepEqual(kinds('Press contact: Dana Cole, press@brand.example, +44 20 7946 0321.'), [])
    assert.deepEqual(kinds('Contact presse : Inès Roy – 01 99 00 42 17'), [])
    assert.deepEqual(kinds('Notre agence déménage, même numéro : 05 36 49 22 10.'), [])
    assert.deepEqual(kinds('Prise de rendez-vous au 01 99 00 13 13, du lundi au vendredi.'), [])
  })

  test('in a private reply the customer’s own number is spared, another customer’s is not', () => {
    assert.deepEqual(kinds(privately('Bonjour, nous vous rappelons au 06 39 98 12 47 demain.', 'fr')), [])
    assert.deepEqual(
      kinds(privately('Bonjour, un autre client (06 39 98 55 01) a eu le même souci.', 'fr')),
      ['personal_data'],
    )
    assert.deepEqual(
      kinds(privately('Hi Mrs Lane, the other passenger, Mr John Hart (john.hart@mail.com), agreed.', 'en')),
      ['personal_data'],
    )
  })
})

describe('confidential terms in hashtags and news not yet out', () => {
  test('a workspace term is found inside a hashtag', () => {
    const confidentialTerms = ['Project Heron']
    assert.deepEqual(kinds('Grosse semaine pour l’équipe ! #ProjectHeron', { confidentialTerms }), [
      'confidential',
    ])
    assert.deepEqual(kinds('Grosse semaine pour l’équipe ! #TeamSpirit', { confidentialTerms }), [])
  })

  test('news said to be not yet announced or disclosed is flagged', () => {
    assert.deepEqual(kinds('Le rachat, pas encore annoncé, sera bouclé lundi.'), ['confidential'])
    assert.deepEqual(kinds('Revenue (not yet disclosed to the market) is up 12%.'), ['confidential'])
    assert.deepEqual(kinds('Entre nous, le magasin de Brest ferme en juin.'), ['confidential'])
  })
})

describe('contempt without an abusive word', () => {
  test('condescension and dismissal of a complainant are an aggressive tone, in French and English', () => {
    assert.deepEqual(kinds({ text: 'Comme nous vous l’avons déjà expliqué, relisez nos CGV.', lang: 'fr' }), [
      'aggressive_tone',
    ])
    assert.deepEqual(kinds({ text: 'As we already explained twice, the offer has ended.', lang: 'en' }), [
      'aggressive_tone',
    ])
    assert.deepEqual(kinds({ text: 'Please do not contact us again about this order.', lang: 'en' }), [
      'aggressive_tone',
    ])
    assert.deepEqual(kinds({ text: 'Toute relance sera transmise à notre service juridique.', lang: 'fr' }), [
      'aggressive_tone',
    ])
  })

  test('a request judged instead of answered is aggressive; shouting a rule at customers too, not a sale headline', () => {
    assert.deepEqual(kinds({ text: 'Your complaint is frankly absurd.', lang: 'en' }), ['aggressive_tone'])
    assert.deepEqual(kinds({ text: 'Votre réclamation est franchement risible.', lang: 'fr' }), [
      'aggressive_tone',
    ])
    assert.deepEqual(
      kinds({ text: 'Once again: YOU CANNOT CANCEL AFTER CHECK-IN.', lang: 'en', audience: 'customers' }),
      ['aggressive_tone'],
    )
    assert.deepEqual(
      kinds({ text: 'Winter sale: SOLDES D’HIVER JUSQU’À -50 %', lang: 'fr', audience: 'customers' }),
      [],
    )
  })

  test('laughing at customers or guests is mockery; laughing at ourselves is not', () => {
    assert.deepEqual(
      kinds({ text: 'Le client qui demande si le wifi marche sans électricité 😂', lang: 'fr' }),
      ['mockery'],
    )
    assert.deepEqual(kinds({ text: 'Guests who ask for the pool at midnight 🤣', lang: 'en' }), ['mockery'])
    assert.deepEqual(kinds({ text: 'Notre machine à café a encore fait grève ce matin 😅', lang: 'fr' }), [])
    assert.deepEqual(kinds({ text: 'Sneak peek for our customers 👀 new menu on Monday!', lang: 'en' }), [])
  })

  test('the clown emoji is an insult when it names someone, mockery when it laughs at them', () => {
    assert.deepEqual(kinds({ text: '@dan_k you are a total 🤡', lang: 'en' }), ['insult'])
    assert.deepEqual(kinds({ text: 'Nos clients le lundi matin 🤡', lang: 'fr' }), ['mockery'])
  })

  test('slang and disguised insults are flagged, a street or a town with a rude-looking name is not', () => {
    assert.deepEqual(kinds({ text: 'Quelle b@ltringue ce mec', lang: 'fr' }), ['insult'])
    assert.deepEqual(kinds({ text: 'Bunch of n00bs in the comments today', lang: 'en' }), ['insult'])
    assert.deepEqual(kinds({ text: 'Va te faire f0utre @jo_75', lang: 'fr' }), ['aggressive_tone', 'insult'])
    assert.deepEqual(kinds({ text: 'Rendez-vous rue Le Bastard, à Rennes, samedi !', lang: 'fr' }), [])
    assert.deepEqual(kinds({ text: 'Notre magasin de Bitche fête ses 20 ans', lang: 'fr' }), [])
  })
})

describe('sensitive topics, copyright and crisis: the new families', () => {
  test('backing a party or a candidate, a stance on strikers and a joke on migrants are sensitive', () => {
    assert.deepEqual(kinds('Proud to back the Green Future Party this spring!'), ['sensitive_topic'])
    assert.deepEqual(kinds('We proudly backs Cllr Patel, the only candidate who gets it.'), [
      'sensitive_topic',
    ])
    assert.deepEqual(kinds('Les grévistes sont des privilégiés irresponsables.'), ['sensitive_topic'])
    assert.deepEqual(kinds('Migrants welcome? Not in our hotels 😉'), ['sensitive_topic'])
    assert.deepEqual(kinds('Grève SNCF jeudi : nos boutiques de gare restent ouvertes.'), [])
  })

  test('a god used in a sales comparison and a tragedy next to a flash sale are sensitive, a greeting is not', () => {
    assert.deepEqual(kinds('Dieu a mis six jours, nous on vous livre en un seul 😇'), ['sensitive_topic'])
    assert.deepEqual(kinds('Remembering the victims of the bombing today. Flash sale tonight!'), [
      'sensitive_topic',
    ])
    assert.deepEqual(kinds('Mon Dieu, quelle belle journée pour l’ouverture de la boutique !'), [])
  })

  test('someone else’s photo, film or article is flagged; a credited photo and a link are not', () => {
    assert.deepEqual(kinds('Found this pic on Instagram, no idea whose it is, love it'), ['copyright'])
    assert.deepEqual(kinds('Notre pub reprend la musique du film « Nuit Bleue » 🎬'), ['copyright'])
    assert.deepEqual(kinds('We don’t have the rights to this song but it fits perfectly 🎵'), ['copyright'])
    assert.deepEqual(kinds('Voici l’article complet du Journal de l’Ouest en captures d’écran'), [
      'copyright',
    ])
    assert.deepEqual(kinds('Merci au Journal de l’Ouest ! L’article complet : lien en bio'), [])
  })

  test('a stanza of lyrics with a music note is a long quotation', () => {
    const verse =
      '🎶\nthe night is long and the road is cold\nI carried your name like a stone\nand every light was a promise sold\n— Mara Vale'
    assert.deepEqual(kinds(verse), ['copyright'])
  })

  test('during an incident even a sober update needs crisis approval, and a cheerful promotion is flagged too', () => {
    const activeIncident = { terms: ['panne', 'réseau mobile'], summary: 'panne du réseau mobile' }
    assert.deepEqual(
      kinds('Nos équipes sont mobilisées, point de situation à 18 h. Désolés.', { activeIncident }),
      ['crisis_echo'],
    )
    assert.deepEqual(kinds('Profitez de -30 % sur nos forfaits ce week-end ! 🎉', { activeIncident }), [
      'crisis_echo',
    ])
  })
})

describe('more personal data: British numbers and work discipline', () => {
  test('a British mobile or landline is a phone number; an eleven-digit order number is not', () => {
    assert.deepEqual(kinds('Text Amy on 07700 900461 for the keys'), ['personal_data'])
    assert.deepEqual(kinds('His direct line is 020 7946 0417'), ['personal_data'])
    assert.deepEqual(kinds('Order 01234567891 has shipped'), [])
  })

  test('a named colleague’s disciplinary sanction or sick note is personal data', () => {
    assert.deepEqual(kinds('Notre collègue Hugo Marchal a reçu un avertissement disciplinaire.'), [
      'personal_data',
    ])
    assert.deepEqual(kinds('Our colleague Dave Price was fired for gross misconduct.'), ['personal_data'])
  })
})
