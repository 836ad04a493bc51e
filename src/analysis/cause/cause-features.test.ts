import assert from 'node:assert/strict'
import { test } from 'node:test'
import { HASH_SIZE } from '../models/index.ts'
import { CAUSE_DENSE, causeFeatures } from './cause-features.ts'
import { SCORED_CAUSES } from './cue-evidence.ts'

const all = { bigrams: true, charGrams: true, cues: true }
const dense = (text: string, o = all) => {
  const fv = causeFeatures(text, o)
  const out = new Map<number, number>()
  for (let k = 0; k < fv.n; k++) if (fv.idx[k]! >= HASH_SIZE) out.set(fv.idx[k]! - HASH_SIZE, fv.val[k]!)
  return out
}

test('a keyword cue lights its cause’s slot, more with more cues', () => {
  const slot = CAUSE_DENSE.cue + SCORED_CAUSES.indexOf('product_defect')
  const one = dense('recall')
  const two = dense('recall of defective, contaminated batches')
  assert.ok(one.get(slot)! > 0)
  assert.ok(two.get(slot)! > one.get(slot)!)
  assert.equal(dense('recall', { ...all, cues: false }).get(slot), 0)
})

test('every text carries the bias, even an empty one', () => {
  assert.equal(dense('').get(CAUSE_DENSE.bias), 1)
})

test('character n-grams and word pairs add features', () => {
  const text = 'the parcel never arrived'
  const bare = causeFeatures(text, { bigrams: false, charGrams: false, cues: false }).n
  assert.ok(causeFeatures(text, { bigrams: true, charGrams: false, cues: false }).n > bare)
  assert.ok(causeFeatures(text, all).n > causeFeatures(text, { ...all, charGrams: false }).n)
})
