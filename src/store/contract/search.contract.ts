import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildMention, MINUTE, T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const corpus = [
  buildMention({ id: 'accent', at: T0, text: 'Encore une panne chez Numéricable ce matin' }),
  buildMention({ id: 'upper', at: T0 + MINUTE, text: 'NUMERICABLE répond enfin au téléphone' }),
  buildMention({
    id: 'title',
    at: T0 + 2 * MINUTE,
    title: 'Été difficile pour Numéricable',
    text: 'Lire la suite',
  }),
  buildMention({ id: 'other', at: T0 + 3 * MINUTE, text: 'Rien à voir: "AND" OR NEAR(x) et l\'usine' }),
  buildMention({
    id: 'ligatures',
    at: T0 + 4 * MINUTE,
    title: 'ŒUVRES COMPLÈTES',
    text: 'Franchement écœurant : la ﬁbre coupée rue de la Straße, ex æquo avec Łódź',
  }),
  buildMention({ id: 'spelled', at: T0 + 5 * MINUTE, text: 'Un coeur en hiver, une soeur, un oeuf' }),
]

export const searchContract = (use: UseStore) => {
  const search = (text: string, extra: { sentiment?: 'negative' } = {}) =>
    use(async (store) => {
      await store.saveMentions(corpus)
      const page = await store.listMentions({ workspaceId: 'acme', text, ...extra })
      return page.items.map((m) => m.id)
    })

  test('full-text search ignores accents and case, in the text and the title', async () => {
    assert.deepEqual(await search('numericable'), ['title', 'upper', 'accent'])
    assert.deepEqual(await search('NUMÉRICABLE'), ['title', 'upper', 'accent'])
    assert.deepEqual(await search('ete'), ['title'])
  })

  test('every word of a search must appear, in any order', async () => {
    assert.deepEqual(await search('matin numericable'), ['accent'])
    assert.deepEqual(await search('numericable absent'), [])
  })

  test('ligatures are spelled out in the text and in the search: ecoeurant finds écœurant, and the other way', async () => {
    assert.deepEqual(await search('ecoeurant'), ['ligatures'])
    assert.deepEqual(await search('ÉCŒURANT'), ['ligatures'])
    assert.deepEqual(await search('oeuvres completes'), ['ligatures'])
    assert.deepEqual(await search('fibre strasse aequo lodz'), ['ligatures'])
    assert.deepEqual(await search('cœur sœur œuf'), ['spelled'])
  })

  test('a control character in a search separates words instead of failing', async () => {
    assert.deepEqual(await search('numericable\u0000matin'), ['accent'])
    assert.deepEqual(await search('\u0000'), [])
  })

  test('a search of only operators or words of nearly every post is refused; a quoted one is searched', async () => {
    for (const text of ['AND', 'OR NOT', 'the and', 'le de la', 'a\u0000the', 'NEAR/3 ET']) {
      await assert.rejects(search(text), (error: unknown) => {
        assert.equal((error as { code?: string }).code, 'invalid', text)
        assert.match((error as Error).message, /^nothing to search for in .*: search operators/)
        return true
      })
    }
    assert.deepEqual(await search('"AND"'), ['other'])
    assert.deepEqual(await search('et usine'), ['other'])
  })

  test('quotes and search operators typed by a user are searched as words, never as syntax', async () => {
    assert.deepEqual(await search('"AND"'), ['other'])
    assert.deepEqual(await search('NEAR(x'), ['other'])
    assert.deepEqual(await search("l'usine"), ['other'])
    assert.deepEqual(await search('numericable OR'), [])
    assert.deepEqual(await search('usine AND'), ['other'])
    assert.deepEqual(await search('" * ^ -'), [])
  })

  test('a blank search lists everything', async () => {
    assert.equal((await search('   ')).length, corpus.length)
  })

  test('search combines with the other filters', async () => {
    assert.deepEqual(await search('numericable', { sentiment: 'negative' }), [])
  })
}
