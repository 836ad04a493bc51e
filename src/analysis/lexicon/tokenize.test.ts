import assert from 'node:assert/strict'
import { test } from 'node:test'
import { BOUNDARY, CAPS, collapseRuns, ELONGATED, EMOJI, tokenize } from './tokenize.ts'

const emoticons = new Set([':)', ':-(', '<3'])

test('splits French elisions and keeps English contractions whole', () => {
  assert.deepEqual(tokenize("J'adore, n'aime pas l'été", emoticons).words, [
    'je',
    'adore',
    BOUNDARY,
    'ne',
    'aime',
    'pas',
    'l',
    'été',
  ])
  assert.deepEqual(tokenize('don’t stop', emoticons).words, ["don't", 'stop'])
  assert.deepEqual(tokenize("aujourd'hui", emoticons).words, ["aujourd'hui"])
})

test('drops URLs and handles, keeps the word of a hashtag', () => {
  assert.deepEqual(tokenize('@Orange_FR see https://t.co/x www.a.fr #fail', emoticons).words, ['see', 'fail'])
})

test('flags caps, elongation and emoji, and counts exclamation marks', () => {
  const t = tokenize('GREAT sooo 😍😍 :) <3!!', emoticons)
  assert.deepEqual(t.words, ['great', 'soo', '😍', '😍', ':)', '<3', BOUNDARY])
  assert.deepEqual(t.flags, [CAPS, ELONGATED, EMOJI, EMOJI, EMOJI, EMOJI, 0])
  assert.equal(t.exclamations, 2)
})

test('emoji modifiers (skin tone, variation selector) are not tokens', () => {
  assert.deepEqual(tokenize('👍🏽 ❤️', emoticons).words, ['👍', '❤'])
})

test('runs of letters collapse to the length asked', () => {
  assert.equal(collapseRuns('trooop', 1), 'trop')
  assert.equal(collapseRuns('goooood', 2), 'good')
})

test('an empty text has no tokens', () => {
  assert.deepEqual(tokenize('', emoticons), { words: [], flags: [], exclamations: 0 })
})
