import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalizeText, tokenize } from './index.ts'

const values = (text: string): string[] =>
  tokenize(text).map((t) => (t.kind === 'word' ? t.value : `${t.kind}:${t.value}`))

test('normalising removes case, accents and ligatures', () => {
  assert.equal(normalizeText('Numéricable'), 'numericable')
  assert.equal(normalizeText('ÇA CŒUR Straße'), 'ca coeur strasse')
  assert.equal(normalizeText('ﬁbre'), 'fibre')
})

test('normalising folds every apostrophe to a straight one', () => {
  assert.equal(normalizeText('l’eau l‘eau lʼeau l´eau'), "l'eau l'eau l'eau l'eau")
})

test('French elided articles and pronouns are dropped', () => {
  assert.deepEqual(values("L'Orange d’SFR qu'il jusqu'ici c'est"), ['orange', 'sfr', 'il', 'ici', 'est'])
})

test('other apostrophes are removed inside the word', () => {
  assert.deepEqual(values("McDonald's aujourd'hui don't"), ['mcdonalds', 'aujourdhui', 'dont'])
})

test('punctuation, hyphens and underscores separate words', () => {
  assert.deepEqual(values('coca-cola,orange_fr! (4G)'), ['coca', 'cola', 'orange', 'fr', '4g'])
})

test('hashtags and mentions are single tokens, but not the @ of an e-mail address', () => {
  assert.deepEqual(values('#Numéricable @SFR_fr support@orange.fr'), [
    'hashtag:numericable',
    'mention:sfr_fr',
    'support',
    'orange',
    'fr',
  ])
})

test('letters of other scripts are words too, and emoji separate them', () => {
  assert.deepEqual(values('Привет Orange😤#панне ΕΛΛΆΔΑ'), ['привет', 'orange', 'hashtag:панне', 'ελλαδα'])
})
