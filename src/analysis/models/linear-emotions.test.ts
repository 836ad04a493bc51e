import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Emotions } from '../../core/index.ts'
import { createLinearEmotions } from './linear-emotions.ts'

const model = createLinearEmotions()
const top = (text: string, lang: 'en' | 'fr') => {
  const scores = model.score(text, lang)
  return Object.entries(scores).sort((a, b) => b[1] - a[1])[0]![0]
}

test('finds the dominant emotion of plain English sentences', () => {
  assert.equal(top("I'm so scared, the fire is getting closer", 'en'), 'fear')
  assert.equal(top('this is disgusting, gross', 'en'), 'disgust')
  assert.equal(top('thank you so much, I am so happy!', 'en'), 'joy')
  assert.equal(top('I am furious, this is outrageous', 'en'), 'anger')
})

test('finds fear and joy in French', () => {
  assert.ok(model.score("j'ai peur, c'est terrifiant", 'fr').fear > 0.5)
  assert.ok(model.score('quelle joie, je suis tellement heureux', 'fr').joy > 0.5)
})

test('keeps every emotion in 0..1, for empty and huge texts too', () => {
  for (const text of ['', 'ok', 'AAAAH!!! 😱'.repeat(100_000)]) Emotions.parse(model.score(text, 'en'))
})

test('gives the same result for the same input every time', () => {
  assert.deepEqual(
    model.score('wow, did not expect that', 'en'),
    model.score('wow, did not expect that', 'en'),
  )
})
