import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ruleKinds as kinds } from '../test/rule-kinds.ts'

// the rules alone (the learned tone reader has its own tests in learned-tone.test.ts)

describe('personal data: named people, staff numbers, passwords, spoken addresses', () => {
  test('a title’s full stop does not cut the sentence that names the person and their health or discipline', () => {
    assert.deepEqual(
      kinds({
        text: 'Le salarié, M. Jean Roux (matricule 88412), avait reçu deux avertissements.',
        lang: 'fr',
      }),
      ['personal_data'],
    )
    assert.deepEqual(
      kinds({ text: 'The driver, Mr. Tom Hale, has a drinking problem, as his manager knows.', lang: 'en' }),
      ['personal_data'],
    )
  })

  test('an employee’s staff number beside their name is personal data; a staff number alone is not', () => {
    assert.deepEqual(kinds({ text: 'Bravo à notre collègue Léa Martin, employee ID 55120 !', lang: 'fr' }), [
      'personal_data',
    ])
    assert.deepEqual(kinds({ text: 'Find your staff number on your payslip.', lang: 'en' }), [])
  })

  test('a temporary password is a credential, in French and English', () => {
    assert.deepEqual(kinds({ text: 'Votre mot de passe provisoire est Lune2026!', lang: 'fr' }), [
      'personal_data',
    ])
    assert.deepEqual(kinds({ text: 'Your password temporary: Rain-8841', lang: 'en' }), ['personal_data'])
    assert.deepEqual(
      kinds({ text: 'Change your temporary password after your first login.', lang: 'en' }),
      [],
    )
  })

  test('an e-mail spoken with "chez" before a webmail is found; "chez nous" is not an address', () => {
    assert.deepEqual(kinds({ text: 'Écrivez à julie point bernard chez gmail point com.', lang: 'fr' }), [
      'personal_data',
    ])
    assert.deepEqual(kinds({ text: 'Venez chez nous point final, on vous attend.', lang: 'fr' }), [])
  })

  test('a company line after "our … line" or "infos consommateurs" is not personal data', () => {
    assert.deepEqual(kinds({ text: 'Our customer care line is 020 7946 0321, 8am–8pm.', lang: 'en' }), [])
    assert.deepEqual(kinds({ text: 'Infos consommateurs : 01 99 00 56 12.', lang: 'fr' }), [])
  })
})

describe('confidential: news held back without a listed marker', () => {
  test('figures or news said not yet published, validated or released are flagged, in both languages', () => {
    assert.deepEqual(
      kinds({ text: 'Nos ventes ne sont pas encore publiées mais on dépasse 40 M€.', lang: 'fr' }),
      ['confidential'],
    )
    assert.deepEqual(kinds({ text: 'Ridership (not yet validated): 1.2m journeys a week.', lang: 'en' }), [
      'confidential',
    ])
    assert.deepEqual(kinds({ text: 'Revenue (provisional): 12% up on last year.', lang: 'en' }), [
      'confidential',
    ])
  })

  test('asking readers to keep it quiet is a confidentiality marker', () => {
    assert.deepEqual(
      kinds({ text: 'Gardez ça pour vous : la nouvelle gamme sort le 12 mai 🤫', lang: 'fr' }),
      ['confidential'],
    )
    assert.deepEqual(
      kinds({ text: 'New store opens 3 March, keep it to yourselves for now 🤐', lang: 'en' }),
      ['confidential'],
    )
    assert.deepEqual(kinds({ text: 'N’en parlez à personne, le rachat est presque fait.', lang: 'fr' }), [
      'confidential',
    ])
  })

  test('a restructuring plan is confidential until announced; an announced closure is not', () => {
    assert.deepEqual(
      kinds({
        text: 'Le plan de restructuration prévoit la fermeture de trois sites, on en parle lundi.',
        lang: 'fr',
      }),
      ['confidential'],
    )
    assert.deepEqual(
      kinds({ text: 'The board wants to close four depots next year. More on Monday.', lang: 'en' }),
      ['confidential'],
    )
    assert.deepEqual(
      kinds({ text: 'Nous annonçons avec regret la fermeture de trois magasins le 30 juin.', lang: 'fr' }),
      [],
    )
  })

  test('a file handled "strictly confidentially" is not a leak', () => {
    assert.deepEqual(
      kinds({ text: 'Votre dossier sera traité de manière strictement confidentielle.', lang: 'fr' }),
      [],
    )
    assert.deepEqual(kinds({ text: 'Your report will be handled strictly confidential.', lang: 'en' }), [])
  })
})

describe('mockery and sensitive topics without a listed phrase', () => {
  test('a competitor named without its name is a jab, in French and English; a named, courteous mention is not', () => {
    assert.deepEqual(
      kinds({
        text: 'Some banks still need three weeks to open an account. We need ten minutes.',
        lang: 'en',
      }),
      ['mockery'],
    )
    assert.deepEqual(
      kinds({ text: 'Contrairement à un certain opérateur, notre réseau tient sous la pluie.', lang: 'fr' }),
      ['mockery'],
    )
    assert.deepEqual(
      kinds({
        text: 'Congratulations to Stratel on their new network, healthy competition helps everyone.',
        lang: 'en',
      }),
      [],
    )
  })

  test('a laughing emoji about one customer or an age group is mockery; a laugh about ourselves is not', () => {
    assert.deepEqual(
      kinds({ text: 'The guy who asked if our decaf is caffeine-free water 😂', lang: 'en' }),
      ['mockery'],
    )
    assert.deepEqual(
      kinds({ text: 'La dame qui voulait payer en tickets resto chez le garagiste 🤣', lang: 'fr' }),
      ['mockery'],
    )
    assert.deepEqual(
      kinds({ text: 'Our coffee machine gave up before we did this morning 😂', lang: 'en' }),
      [],
    )
  })

  test('a storm or a flood next to a promotion code is promotion on a disaster; a storm update is not', () => {
    assert.deepEqual(
      kinds({
        text: 'With the storm flattening the coast, time to replace your fences: code GALE20',
        lang: 'en',
      }),
      ['sensitive_topic'],
    )
    assert.deepEqual(
      kinds({
        text: 'Après la tempête, c’est le moment de changer vos volets, en promo cette semaine !',
        lang: 'fr',
      }),
      ['sensitive_topic'],
    )
    assert.deepEqual(
      kinds({
        text: 'Storm update: 20,000 homes are still without power; our teams are out all night.',
        lang: 'en',
      }),
      [],
    )
  })
})

describe('copyright: paid works given away, agency shots, permission admitted missing', () => {
  test('a whole paid study or report is flagged, in French and English; our own report is not', () => {
    assert.deepEqual(
      kinds({ text: 'Voici l’étude sectorielle Brightmark complète, 80 pages, cadeau 🎁', lang: 'fr' }),
      ['copyright'],
    )
    assert.deepEqual(
      kinds({ text: 'Here’s the complete Brightmark banking study (normally £900), enjoy!', lang: 'en' }),
      ['copyright'],
    )
    assert.deepEqual(
      kinds({ text: 'Our full annual report is out, 80 pages: read it on our website.', lang: 'en' }),
      [],
    )
  })

  test('an agency shot is someone else’s photo unless licensed', () => {
    assert.deepEqual(kinds({ text: 'Getty shot of the parade, reposting it for our page.', lang: 'en' }), [
      'copyright',
    ])
    assert.deepEqual(kinds({ text: 'Cliché AFP du défilé, on le reprend pour notre page.', lang: 'fr' }), [
      'copyright',
    ])
    assert.deepEqual(kinds({ text: 'Cliché AFP du défilé, sous licence, merci à eux.', lang: 'fr' }), [])
  })

  test('saying the permission is missing or still awaited is flagged', () => {
    assert.deepEqual(
      kinds({ text: 'Our reel uses the final’s highlights. No permission but shhh 😉', lang: 'en' }),
      ['copyright'],
    )
    assert.deepEqual(
      kinds({ text: 'La musique de la pub vient d’un film, on attend encore leur réponse 😅', lang: 'fr' }),
      ['copyright'],
    )
  })
})

describe('a complaint quoted back in an apology', () => {
  test('the complainant’s words in quotes are not our insult or our tone, in French and English', () => {
    assert.deepEqual(
      kinds({
        text: '@Raymond_G « Vous êtes des voleurs, c’est honteux et pathétique », c’est dur à lire, mais on comprend votre colère. Le trop-perçu vous est remboursé.',
        lang: 'fr',
      }),
      [],
    )
    assert.deepEqual(
      kinds({
        text: '@jo_p “your service is disgusting and pathetic”: hard to read, and we are sorry.',
        lang: 'en',
      }),
      [],
    )
  })

  test('the same words said by us, or quoted without owning up, are still flagged', () => {
    assert.deepEqual(kinds({ text: '@jo_p your attitude is pathetic.', lang: 'en' }), ['insult'])
    assert.deepEqual(kinds({ text: '@jo_p “pathetic” is the word for you.', lang: 'en' }), ['insult'])
  })
})
