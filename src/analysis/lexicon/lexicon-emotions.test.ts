import assert from 'node:assert/strict'
import { test } from 'node:test'
import { EMOTIONS, type Emotions, type Lang } from '../../core/index.ts'
import { createLexiconEmotions } from './lexicon-emotions.ts'

const model = createLexiconEmotions()
const strongest = (e: Emotions) => EMOTIONS.reduce((best, name) => (e[name] > e[best] ? name : best))
const top = (text: string, lang: Lang) => strongest(model.score(text, lang))

test('finds the main emotion of English posts', () => {
  assert.equal(top('I am so angry and furious with this company', 'en'), 'anger')
  assert.equal(top('I am scared, this is dangerous', 'en'), 'fear')
  assert.equal(top('so sad and disappointed', 'en'), 'sadness')
  assert.equal(top('so happy, I love it', 'en'), 'joy')
  assert.equal(top('wow, what a surprise', 'en'), 'surprise')
  assert.equal(top('disgusting, there was a hair in my food, gross', 'en'), 'disgust')
})

test('finds the main emotion of French posts', () => {
  assert.equal(top('je suis furieux, quelle arnaque', 'fr'), 'anger')
  assert.equal(top("j'ai peur, c'est dangereux", 'fr'), 'fear')
  assert.equal(top('tellement triste et déçu', 'fr'), 'sadness')
  assert.equal(top("trop content, j'adore", 'fr'), 'joy')
  assert.equal(top('je suis choqué, quelle surprise', 'fr'), 'surprise')
  assert.equal(top('dégueulasse, des cafards dans la cuisine', 'fr'), 'disgust')
})

test('emoji carry emotions: 😡 anger, 😍 joy, 🤮 disgust', () => {
  assert.equal(top('😡', 'und'), 'anger')
  assert.equal(top('😍', 'und'), 'joy')
  assert.equal(top('🤮', 'und'), 'disgust')
})

test('every emotion stays within 0..1, even for a 1 MB text', () => {
  const text = 'furieux 😡 triste peur dégoûté surpris content '.repeat(22_000)
  const e = model.score(text, 'fr')
  for (const name of EMOTIONS) assert.ok(e[name] >= 0 && e[name] <= 1, name)
  assert.ok(e.anger > 0.9)
})

test('a negated emotion word does not count: "not happy" has no joy', () => {
  assert.equal(model.score('not happy', 'en').joy, 0)
  assert.equal(model.score('je ne suis pas content', 'fr').joy, 0)
})

test('more and stronger emotion words give a higher intensity', () => {
  assert.ok(model.score('angry angry furious', 'en').anger > model.score('angry', 'en').anger)
  assert.ok(model.score('very angry', 'en').anger > model.score('angry', 'en').anger)
})

test('an empty or neutral text has no emotion', () => {
  for (const text of ['', 'The meeting is on Thursday']) {
    const e = model.score(text, 'en')
    for (const name of EMOTIONS) assert.equal(e[name], 0, `${name} in ${JSON.stringify(text)}`)
  }
})
