import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createTermMatcher, DEFAULT_CRISIS_TERMS } from './index.ts'

test('crisis terms match whatever the accents and the case', () => {
  const match = createTermMatcher(DEFAULT_CRISIS_TERMS)
  assert.deepEqual(match('FUITE DE DONNÉES chez Orange !'), ['fuite de donnees'])
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
