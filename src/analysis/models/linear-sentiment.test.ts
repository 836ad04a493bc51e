import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Sentiment } from '../../core/index.ts'
import { createLinearSentiment } from './linear-sentiment.ts'

const model = createLinearSentiment()
const label = (text: string, lang: 'en' | 'fr' | 'und' = 'en') => model.score(text, lang).label

test('loads the committed model files and names itself', () => {
  assert.equal(model.name, 'linear-sentiment')
})

test('reads clear polarity in both languages', () => {
  assert.equal(label('I love this phone, best purchase ever'), 'positive')
  assert.equal(label('worst service ever, I hate this company'), 'negative')
  assert.equal(label("j'adore ce produit, génial", 'fr'), 'positive')
  assert.equal(label("c'est nul, je déteste", 'fr'), 'negative')
})

test('does not read "not bad" as strongly negative', () => {
  const s = model.score('not bad at all', 'en')
  assert.notEqual(s.label, 'negative')
  assert.ok(s.score > -0.3, `score ${s.score}`)
})

test('reads a negated French positive as negative', () => {
  assert.equal(label('je ne suis pas satisfait', 'fr'), 'negative')
  assert.equal(label("je n'aime pas du tout ce service", 'fr'), 'negative')
})

test('negation lowers the score of a positive sentence', () => {
  assert.ok(model.score('this is not good', 'en').score < model.score('this is good', 'en').score)
  assert.ok(model.score("ce n'est pas bien", 'fr').score < model.score("c'est bien", 'fr').score)
})

test('reads sarcasm markers as negative', () => {
  assert.equal(label('great, another outage 🙄'), 'negative')
  assert.equal(label('Génial, encore une panne 🙄', 'fr'), 'negative')
})

test('reads emoji-only posts', () => {
  assert.equal(label('😍😍😍'), 'positive')
  assert.equal(label('😡😡'), 'negative')
})

test('handles mixed French and English posts', () => {
  assert.equal(label('trop bien ce nouveau forfait, I love it', 'fr'), 'positive')
  assert.equal(label('service client horrible, worst experience ever', 'fr'), 'negative')
})

test('scores an empty text as a valid, unsure sentiment', () => {
  const s = Sentiment.parse(model.score('', 'en'))
  assert.ok(s.confidence < 0.7)
})

test('scores a 1 MB text without crashing and within bounds', () => {
  const huge = 'terrible service, never again! '.repeat(34_000)
  const s = Sentiment.parse(model.score(huge, 'en'))
  assert.equal(s.label, 'negative')
})

test('gives the same result for the same input every time', () => {
  const text = 'meh, the update is kinda ok I guess'
  assert.deepEqual(model.score(text, 'en'), model.score(text, 'en'))
  assert.deepEqual(createLinearSentiment().score(text, 'fr'), model.score(text, 'fr'))
})

test('scores an undetermined language with the English model at lower confidence', () => {
  assert.ok(model.score('I love it', 'und').confidence < model.score('I love it', 'en').confidence)
})
