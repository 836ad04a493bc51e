import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CAUSES, type Cause } from '../../../src/core/index.ts'
import { crossValidate, FOLDS, foldsOf, tuneThreshold } from './cross-validate.ts'
import { examplesOf } from './fit-cause.ts'
import type { LabelledRow } from './read-cause-rows.ts'

const row = (text: string, cause: Cause, lang: 'fr' | 'en' = 'en'): LabelledRow => ({
  text,
  lang,
  cause,
  source: 'test',
})

test('folds share out every cause and language evenly', () => {
  const rows = Array.from({ length: 50 }, (_, i) =>
    row(`text ${i}`, i % 2 ? 'accident' : 'none', i % 4 < 2 ? 'fr' : 'en'),
  )
  const folds = foldsOf(rows)
  for (let f = 0; f < FOLDS; f++) {
    const inFold = rows.filter((_, i) => folds[i] === f)
    assert.equal(inFold.length, 10)
    assert.ok(inFold.some((r) => r.cause === 'accident') && inFold.some((r) => r.cause === 'none'))
  }
})

test('the tuned threshold turns unsure guesses into none when that scores better', () => {
  const p = (cause: Cause, confidence: number) => {
    const out = new Float64Array(CAUSES.length).fill((1 - confidence) / (CAUSES.length - 1))
    out[CAUSES.indexOf(cause)] = confidence
    return out
  }
  const probabilities = [p('accident', 0.9), p('accident', 0.3), p('governance', 0.95)]
  const gold = ['accident', 'none', 'governance'].map((c) => CAUSES.indexOf(c as Cause))
  const tuned = tuneThreshold(probabilities, gold)
  assert.ok(tuned.minConfidence > 0.3 && tuned.minConfidence <= 0.9)
  assert.equal(tuned.scores.accuracy, 1)
})

test('cross-validation learns a task whose words separate the causes', () => {
  const words: [Cause, string][] = [
    ['accident', 'explosion fire injured'],
    ['governance', 'lawsuit strike board'],
    ['none', 'coffee sunny weekend'],
  ]
  const rows = words.flatMap(([cause, w]) => Array.from({ length: 10 }, (_, i) => row(`${w} ${i}`, cause)))
  const features = { bigrams: true, charGrams: false, cues: false }
  const cv = crossValidate(examplesOf(rows, features), foldsOf(rows), [], {
    features,
    epochs: 5,
    l2: 0,
    learningRate: 0.2,
  })
  assert.equal(cv.scores.accuracy, 1)
})
