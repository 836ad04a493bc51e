import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { createCoupledEmotions } from './couple-emotions.ts'
import { createLinearEmotions } from './linear-emotions.ts'
import { createLinearSentiment } from './linear-sentiment.ts'

type Lang = 'en' | 'fr'
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/brand-sentences.json', import.meta.url), 'utf8'),
) as {
  negative: Record<Lang, string[]>
  neutral: Record<Lang, string[]>
  calm: Record<Lang, string[]>
  playful: { en: string[] }
}
const sentiment = createLinearSentiment()
const emotions = createCoupledEmotions(createLinearEmotions(), sentiment)
const each = (sets: Record<Lang, string[]>) =>
  (['fr', 'en'] as const).flatMap((lang) => sets[lang].map((text) => ({ text, lang })))

test('reads obvious customer complaints as negative, in French and English', () => {
  for (const { text, lang } of each(fixture.negative))
    assert.equal(sentiment.score(text, lang).label, 'negative', text)
})

test('reads customer questions and plain notices as neutral', () => {
  for (const { text, lang } of each(fixture.neutral))
    assert.equal(sentiment.score(text, lang).label, 'neutral', text)
})

test('finds no joy in a complaint', () => {
  for (const { text, lang } of each(fixture.negative)) assert.ok(emotions.score(text, lang).joy < 0.1, text)
})

test('finds no fear or sadness in "the network is back"', () => {
  for (const { text, lang } of each(fixture.calm)) {
    const e = emotions.score(text, lang)
    assert.notEqual(sentiment.score(text, lang).label, 'negative', text)
    assert.ok(e.fear < 0.3 && e.sadness < 0.3 && e.anger < 0.3, `${text} ${JSON.stringify(e)}`)
  }
})

test('reads a playful viral airline post as positive, without anger or disgust', () => {
  for (const text of fixture.playful.en) {
    assert.equal(sentiment.score(text, 'en').label, 'positive', text)
    const e = emotions.score(text, 'en')
    assert.ok(e.anger < 0.2 && e.disgust < 0.2, JSON.stringify(e))
  }
})
