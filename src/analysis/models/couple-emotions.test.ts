import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Emotions, Sentiment } from '../../core/index.ts'
import { coupleEmotions, polarityOf } from './couple-emotions.ts'

const all = (v: number): Emotions => ({ anger: v, fear: v, sadness: v, joy: v, surprise: v, disgust: v })
const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`)

test('recovers the three class probabilities from label, score and confidence', () => {
  const cases: [Sentiment, number[]][] = [
    [{ label: 'negative', score: -0.8, confidence: 0.85 }, [0.85, 0.1, 0.05]],
    [{ label: 'positive', score: 0.5, confidence: 0.6 }, [0.1, 0.3, 0.6]],
    [{ label: 'neutral', score: 0.1, confidence: 0.7 }, [0.1, 0.7, 0.2]],
  ]
  for (const [sentiment, expected] of cases) {
    const probabilities = polarityOf(sentiment)
    for (let i = 0; i < 3; i++) near(probabilities[i]!, expected[i]!)
  }
})

test('keeps the anger of a clear complaint and drops its joy to zero', () => {
  const e = coupleEmotions(all(0.7), { label: 'negative', score: -0.6, confidence: 0.7 })
  near(e.anger, 0.7)
  near(e.disgust, 0.7)
  near(e.joy, 0)
})

test('drops anger, fear, sadness and disgust of clear praise and keeps its joy', () => {
  const e = coupleEmotions(all(0.8), { label: 'positive', score: 0.9, confidence: 0.94 })
  near(e.joy, 0.8)
  for (const k of ['anger', 'fear', 'sadness', 'disgust'] as const) assert.ok(e[k] < 0.1, k)
})

test('keeps every emotion low on a confidently neutral text', () => {
  const e = coupleEmotions(all(0.9), { label: 'neutral', score: 0, confidence: 0.8 })
  for (const v of Object.values(e)) near(v, 0)
})

test('fades a negative emotion when the negative reading is only a little likelier than chance', () => {
  // P(negative) 0.5, half-way between chance (1/3) and twice chance (2/3)
  near(coupleEmotions(all(0.8), { label: 'negative', score: -0.3, confidence: 0.5 }).fear, 0.4)
})

test('gives neither anger nor joy to a text read as polar but as likely positive as negative', () => {
  // P(negative) 0.48, P(neutral) 0.06, P(positive) 0.46: polar, without a direction
  const e = coupleEmotions(all(0.8), { label: 'negative', score: -0.02, confidence: 0.48 })
  for (const k of ['anger', 'fear', 'sadness', 'disgust', 'joy'] as const) assert.ok(e[k] < 0.05, k)
  near(e.surprise, 0.8)
})

test('keeps the anger of a negative reading twice as likely as the positive one', () => {
  // P(negative) 0.6, P(positive) 0.25: the gate on P(negative) alone decides (0.8)
  near(coupleEmotions(all(1), { label: 'negative', score: -0.35, confidence: 0.6 }).anger, 0.8)
})

test('lets surprise live with either polarity', () => {
  near(coupleEmotions(all(0.6), { label: 'negative', score: -0.8, confidence: 0.85 }).surprise, 0.6)
  near(coupleEmotions(all(0.6), { label: 'positive', score: 0.8, confidence: 0.85 }).surprise, 0.6)
})

test('never raises an emotion and stays in 0..1', () => {
  for (const confidence of [0.34, 0.5, 0.9, 1])
    for (const label of ['negative', 'neutral', 'positive'] as const) {
      const score = label === 'negative' ? -confidence : label === 'positive' ? confidence : 0
      const e = coupleEmotions(all(1), { label, score, confidence })
      for (const v of Object.values(e)) assert.ok(v >= 0 && v <= 1)
    }
})
