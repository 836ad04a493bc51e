import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createTermMatcher, DEFAULT_CRISIS_TERMS } from './index.ts'

test('crisis terms match whatever the accents and the case', () => {
  const match = createTermMatcher(DEFAULT_CRISIS_TERMS)
  assert.deepEqual(match('FUITE DE DONNÉES chez Orange !'), ['fuite de donnees', 'fuite'])
  assert.deepEqual(match('Un scandale, je vais porter plainte'), [
    'scandale*',
    'plainte*',
    'porter plainte',
    'scandal*',
  ])
  assert.deepEqual(match('Massive data breach at the bank'), ['data breach', 'breach'])
})

test('a term ending in a star matches any ending, other terms only whole words', () => {
  const match = createTermMatcher(['boycott*', 'rappel'])
  assert.deepEqual(match('Boycottez cette marque'), ['boycott*'])
  assert.deepEqual(match('je vais rappeler le service client'), [])
  assert.deepEqual(match('rappel de lots de lait'), ['rappel'])
})

test('ordinary posts match no crisis term', () => {
  const match = createTermMatcher(DEFAULT_CRISIS_TERMS)
  assert.deepEqual(match("J'adore la nouvelle pub, mort de rire"), [])
  assert.deepEqual(match('Great service today, thanks!'), [])
})

test('a hashtag is read as its word, so #BoycottX uses boycott*', () => {
  const match = createTermMatcher(['boycott*', 'crash'])
  assert.deepEqual(match('Spread the word #BoycottTamarackGear'), ['boycott*'])
  assert.deepEqual(match('#crash at the plant'), ['crash'])
  assert.deepEqual(match('#helicoptercrash'), [])
})

test('danger, fire and leaks are crisis terms in French and English, everyday complaints are not', () => {
  const match = createTermMatcher(DEFAULT_CRISIS_TERMS)
  assert.deepEqual(match('On voit les flammes d’ici, fuite de chlore sur le site'), ['flammes', 'fuite'])
  assert.deepEqual(match('The stove caught fire, this is dangerous'), ['caught fire', 'dangerous'])
  assert.deepEqual(match("C'est une catastrophe ce service client, honteux"), [])
})
