import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyzeText } from './analyze-text.ts'

test('detects the language and scores a text in auto mode', () => {
  const r = analyzeText('Le service client est vraiment nul, je suis très déçu 😡', 'auto')
  assert.equal(r.lang, 'fr')
  assert.equal(r.sentiment.label, 'negative')
  assert.ok(r.sentiment.score < 0)
  assert.ok(r.emotions.anger > 0)
})

test('a forced language is used as given', () => {
  assert.equal(analyzeText('great', 'en').lang, 'en')
  assert.equal(analyzeText('great', 'en').sentiment.label, 'positive')
})

test('a short text in auto mode is und but still scored from its words and emoji', () => {
  const r = analyzeText('trop bien 😍', 'auto')
  assert.equal(r.lang, 'und')
  assert.equal(r.sentiment.label, 'positive')
})

test('an empty text is und and neutral, with no emotion', () => {
  const r = analyzeText('', 'auto')
  assert.deepEqual(r, {
    lang: 'und',
    sentiment: { label: 'neutral', score: 0 },
    emotions: { anger: 0, fear: 0, sadness: 0, joy: 0, surprise: 0, disgust: 0 },
  })
})

test('writes only label and score for the sentiment, as vigie analyze does per row', () => {
  assert.deepEqual(Object.keys(analyzeText('good', 'en').sentiment), ['label', 'score'])
})
