import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isValidIban, passesLuhn } from './find-payment-data.ts'
import { createPhraseMatcher } from './phrase-matcher.ts'
import { tokenise } from './text-tokens.ts'

const norms = (text: string, joins: (norm: string) => boolean = () => false) =>
  tokenise(text, joins).map((t) => t.norm)

test('tokens are folded: case, accents, ligatures, leet and letters repeated for emphasis', () => {
  assert.deepEqual(norms('Œuvre ÉCŒURANTE nuuuul c0nn4rd'), ['oeuvre', 'ecoeurante', 'nul', 'conard'])
  assert.deepEqual(norms('Promo 2024 à 50 % !!'), ['promo', '2024', 'a', '50'])
  assert.deepEqual(norms("@Acme l'idiot c*n"), ['acme', 'l', 'idiot', 'c*n'])
})

test('letters spelled out are joined only when they make a lexicon word, with the span of the whole run', () => {
  const joins = (norm: string) => norm === 'conard'
  const tokens = tokenise('quel c o n n a r d !', joins)
  assert.deepEqual(
    tokens.map((t) => [t.norm, t.start, t.end]),
    [
      ['quel', 0, 4],
      ['conard', 5, 18],
    ],
  )
  assert.deepEqual(norms('il y a t il', joins), ['il', 'y', 'a', 't', 'il'])
})

test('phrases match whole tokens, prefixes with a trailing star, and masked words only when asked', () => {
  const m = createPhraseMatcher([
    { text: 'con', data: 'con' },
    { text: 'encul*', data: 'prefix' },
    { text: 'ta gueule', data: 'phrase' },
  ])
  const found = (text: string) => m.find(tokenise(text, () => false)).map((h) => h.data)
  assert.deepEqual(found('concombre, Scunthorpe'), [])
  assert.deepEqual(found('Ta   GUEULE, les enculés de con'), ['phrase', 'prefix', 'con'])
  assert.deepEqual(found('quel c*n'), [])
  const masked = createPhraseMatcher([{ text: 'con', data: 'con' }], { masks: true })
  assert.equal(masked.find(tokenise('quel c*n', () => false)).length, 1)
  assert.equal(masked.find(tokenise('quel c*****n', () => false)).length, 1)
  assert.equal(masked.find(tokenise('quel *n', () => false)).length, 0)
})

test('IBANs are checked with mod 97 and card numbers with Luhn', () => {
  assert.equal(isValidIban('FR76 3000 6000 0112 3456 7890 189'), true)
  assert.equal(isValidIban('FR76 3000 6000 0112 3456 7890 188'), false)
  assert.equal(isValidIban('GB82 WEST 1234 5698 7654 32'), true)
  assert.equal(passesLuhn('4111111111111111'), true)
  assert.equal(passesLuhn('4111111111111112'), false)
})
