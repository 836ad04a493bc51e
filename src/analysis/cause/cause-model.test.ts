import assert from 'node:assert/strict'
import { statSync } from 'node:fs'
import { test } from 'node:test'
import { CAUSES } from '../../core/index.ts'
import { FEATURE_SIZE } from '../models/index.ts'
import { causeFeaturesScratch } from './cause-features.ts'
import { causeModelFromJson, causeModelToJson, causeProbabilities } from './cause-model.ts'

const C = CAUSES.length
const features = { bigrams: true, charGrams: true, cues: true }

test('a model keeps its scores through writing and reading back (int8 weights)', () => {
  const w = new Float32Array(FEATURE_SIZE * C)
  const fv = causeFeaturesScratch('the refinery blast injured workers', features)
  for (let k = 0; k < fv.n; k++) w[fv.idx[k]! * C + (k % C)] = ((k % 7) - 3) / 3
  const json = causeModelToJson(w, features, 0.4)
  const model = causeModelFromJson(JSON.parse(JSON.stringify(json)))
  assert.equal(model.minConfidence, 0.4)
  const p = causeProbabilities(
    model,
    causeFeaturesScratch('the refinery blast injured workers', features),
    new Float64Array(C),
  )
  const logits = new Float64Array(C)
  for (let k = 0; k < fv.n; k++) for (let c = 0; c < C; c++) logits[c]! += w[fv.idx[k]! * C + c]! * fv.val[k]!
  const sum = logits.reduce((s, x) => s + Math.exp(x), 0)
  for (let c = 0; c < C; c++) assert.ok(Math.abs(Math.exp(logits[c]!) / sum - p[c]!) < 0.01)
})

test('refuses a model file whose causes differ from the ones the code knows', () => {
  const json = causeModelToJson(new Float32Array(FEATURE_SIZE * C), features, 0.4)
  assert.throws(() => causeModelFromJson({ ...json, classes: [...json.classes].reverse() }), /classes/)
})

test('the committed model is smaller than 1 MB', () => {
  assert.ok(statSync(new URL('./data/cause-model.json.gz', import.meta.url)).size < 1_000_000)
})
