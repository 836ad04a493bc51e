import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenise } from './tokenise.ts'

const texts = (text: string) => tokenise(text).map((t) => t.text)

test('splits French elisions off their word and folds accents', () => {
  assert.deepEqual(texts("J'ai vu qu'il n'était pas là"), [
    "j'",
    'ai',
    'vu',
    "qu'",
    'il',
    "n'",
    'etait',
    'pas',
    'la',
  ])
})

test('keeps English contractions whole so "don\'t" stays one negation cue', () => {
  assert.deepEqual(texts("I don't like it"), ['i', "don't", 'like', 'it'])
})

test('treats the typographic apostrophe like the straight one', () => {
  assert.deepEqual(texts('j’adore'), ["j'", 'adore'])
})

test('keeps emoji and ASCII emoticons as tokens and drops skin tones and joiners', () => {
  assert.deepEqual(texts('ok 🙄 👍🏽 ❤️ :) <3'), ['ok', '🙄', '👍', '❤', ':)', '<3'])
})

test('collapses elongations and flags them, flags all-caps words', () => {
  const [sooo, bad] = tokenise('SOOOO bad')
  assert.equal(sooo?.text, 'soo')
  assert.equal(sooo?.elongated, true)
  assert.equal(sooo?.caps, true)
  assert.equal(bad?.caps, false)
})

test('turns URLs and handles into placeholders and keeps hashtag words', () => {
  assert.deepEqual(texts('@Bob_2 look https://t.co/abc?x=1 #fail'), ['@user', 'look', '<url>', 'fail'])
})

test('keeps the shape of exclamation and question runs', () => {
  assert.deepEqual(texts('what?! no!! really?'), ['what', '?!', 'no', '!!', 'really', '?'])
})

test('returns nothing for an empty or blank text', () => {
  assert.deepEqual(tokenise(''), [])
  assert.deepEqual(tokenise('   \n\t'), [])
})
