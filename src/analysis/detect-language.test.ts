import assert from 'node:assert/strict'
import { test } from 'node:test'
import { detectLang, detectLanguage, toSupportedLang } from './detect-language.ts'
import type { Draft } from './step.ts'

test('detects French and English posts', () => {
  assert.equal(detectLang('Le service client est vraiment nul, je suis très déçu'), 'fr')
  assert.equal(detectLang('The customer service is awful, I will never buy from them again'), 'en')
})

test('marks Spanish, German, Italian and Portuguese posts as und instead of guessing fr or en', () => {
  assert.equal(detectLang('Muy mal servicio, nunca más vuelvo a comprar aquí'), 'und')
  assert.equal(detectLang('Ich bin sehr enttäuscht von diesem Produkt und dem Kundendienst'), 'und')
  assert.equal(detectLang('Il servizio clienti è pessimo, non lo consiglio'), 'und')
  assert.equal(detectLang('O serviço é péssimo, nunca mais compro nesta loja'), 'und')
})

test('an unsupported language stays und even when the mention declares fr', () => {
  assert.equal(detectLang('Muy mal servicio, nunca más vuelvo a comprar aquí', 'fr'), 'und')
})

test('ignores URLs, handles, hashtags and emoji when detecting', () => {
  assert.equal(detectLang('@Orange_FR #fail 😡😡 https://t.co/abc ça ne marche plus depuis ce matin'), 'fr')
})

test('a text of fewer than three words takes the declared language, or und without one', () => {
  assert.equal(detectLang('super', 'fr'), 'fr')
  assert.equal(detectLang('great product', 'en-GB'), 'en')
  assert.equal(detectLang('merci beaucoup'), 'und')
  assert.equal(detectLang('super', 'es'), 'und')
})

test('a long enough text overrides a wrongly declared language', () => {
  assert.equal(detectLang('The customer service is awful, I will never buy from them again', 'fr'), 'en')
})

test('empty or emoji-only texts are und unless declared', () => {
  assert.equal(detectLang(''), 'und')
  assert.equal(detectLang('😡😡😡'), 'und')
  assert.equal(detectLang('😍', 'fr'), 'fr')
})

test('a mixed French and English post is read as one of the two', () => {
  assert.ok(['fr', 'en'].includes(detectLang("J'adore ce produit, it's the best phone I ever had")))
})

test('declared tags are read by their primary subtag', () => {
  assert.equal(toSupportedLang('fr-CA'), 'fr')
  assert.equal(toSupportedLang('EN_us'), 'en')
  assert.equal(toSupportedLang('de'), undefined)
  assert.equal(toSupportedLang(undefined), undefined)
})

test('the step reads the title with the text and sets analysis.lang', () => {
  const draft: Draft = {
    workspaceId: 'w',
    mention: {
      id: 'rss:1',
      source: 'rss',
      createdAt: new Date(0),
      title: 'Rappel massif de produits',
      text: 'Le fabricant demande aux clients de rapporter les lots concernés en magasin.',
      author: { id: 'a', handle: 'a' },
    },
    analysis: {},
  }
  assert.deepEqual(detectLanguage().run(draft), { kind: 'ok' })
  assert.equal(draft.analysis.lang, 'fr')
})
