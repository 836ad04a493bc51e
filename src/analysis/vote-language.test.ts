import assert from 'node:assert/strict'
import { test } from 'node:test'
import { tokenize } from './lexicon/tokenize.ts'
import { voteLanguage as voteWords } from './vote-language.ts'

const voteLanguage = (text: string) => voteWords(tokenize(text, new Set()).words)

test('settles French and English posts whose function words agree', () => {
  assert.equal(voteLanguage("Le service n'est pas terrible et je suis déçu"), 'fr')
  assert.equal(voteLanguage('The delivery was late and the box is broken'), 'en')
})

test('leaves mixed French and English posts to eld', () => {
  assert.equal(voteLanguage("Je suis fan, it's the best and the cheapest"), undefined)
})

test('leaves posts with a function word of a neighbouring language to eld', () => {
  assert.equal(voteLanguage('Muy mal servicio, pero la entrega es rápida'), undefined)
  assert.equal(voteLanguage('Il servizio è pessimo e non lo consiglio'), undefined)
  assert.equal(voteLanguage('To jest bardzo zły produkt i nie polecam'), undefined)
  assert.equal(voteLanguage('Der Service ist nicht gut und the app is bad'), undefined)
})

test('elided function words count: "c\'est" votes French', () => {
  assert.equal(voteLanguage("c'est nul"), 'fr')
})

test('one function word is not enough', () => {
  assert.equal(voteLanguage('the Orange Vélodrome'), undefined)
  assert.equal(voteLanguage(''), undefined)
})
