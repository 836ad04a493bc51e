import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DENSE, extractFeatures, HASH_SIZE } from './features.ts'
import { lexiconFromJson } from './lexicon-table.ts'

const lexicon = lexiconFromJson({
  lang: 'en',
  valence: { good: 2, great: 3, bad: -2, '🙄': -1.5 },
  emotions: { afraid: 0b10 },
})
const dense = (text: string, name: keyof typeof DENSE, offset = 0) => {
  const fv = extractFeatures(text, lexicon)
  const k = Array.from(fv.idx).indexOf(HASH_SIZE + DENSE[name] + offset)
  return fv.val[k]!
}
const hashed = (text: string) =>
  new Set(Array.from(extractFeatures(text, lexicon).idx).filter((i) => i < HASH_SIZE))

test('a negated word is a different feature from the same word outside a negation', () => {
  const plain = hashed('good')
  const negated = hashed('not good')
  assert.ok([...plain].some((f) => !negated.has(f)))
})

test('negation flips lexicon valence within its scope and stops at punctuation', () => {
  assert.ok(dense('good', 'balance') > 0)
  assert.ok(dense('not good', 'balance') < 0)
  assert.ok(dense('not. good', 'balance') > 0)
})

test('intensifiers, caps and elongations strengthen valence', () => {
  const base = dense('good', 'positive')
  assert.ok(dense('very good', 'positive') > base)
  assert.ok(dense('GOOD day', 'positive') > base)
  assert.ok(dense('goood', 'positive') > base)
})

test('marks irony cues: an eye-roll emoji, or a positive word, a comma and "another"', () => {
  assert.equal(dense('great, another outage', 'sarcasm'), 1)
  assert.equal(dense('outage 🙄', 'sarcasm'), 1)
  assert.equal(dense('great outage news', 'sarcasm'), 0)
})

test('marks punctuation shapes and lexicon emotions', () => {
  assert.equal(dense('what?!', 'interrobang'), 1)
  assert.equal(dense('wow!!', 'bangs'), 1)
  // EMOTION_BITS order: anger (0), fear (1), ...
  assert.ok(dense('I am afraid', 'emotion', 1) > 0)
  assert.equal(dense('I am afraid', 'emotion', 0), 0)
})

test('hashed n-grams are L2-normalised and identical across calls', () => {
  const a = extractFeatures('the same text, twice', lexicon)
  const b = extractFeatures('the same text, twice', lexicon)
  assert.deepEqual(a, b)
  let norm = 0
  for (let k = 0; k < a.n; k++) if (a.idx[k]! < HASH_SIZE) norm += a.val[k]! ** 2
  assert.ok(Math.abs(norm - 1) < 1e-5)
})
