import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { FeatureVector } from '../../src/analysis/models/features.ts'
import { type Example, predict, trainLinear } from './sgd.ts'
import { predictHidden, trainHidden } from './sgd-hidden.ts'

// class 1 when exactly one of two features is present (exclusive or): no linear model can separate it
const fv = (a: number, b: number): FeatureVector => {
  const idx = [3, ...(a ? [10] : []), ...(b ? [20] : [])]
  return { idx: Int32Array.from(idx), val: Float32Array.from(idx.map(() => 1)), n: idx.length }
}
const cases = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
] as const
const examples: Example[] = cases.flatMap(([a, b]) =>
  Array.from({ length: 25 }, () => ({ fv: fv(a, b), target: a ^ b, weight: 1 })),
)
const argmax = (p: Float64Array) => (p[1]! > p[0]! ? 1 : 0)
const options = { classes: 2, epochs: 40, learningRate: 0.1, l2: 0, seed: 3 }

test('the hidden layer learns an exclusive or that the linear model cannot', () => {
  const m = trainHidden(examples, { ...options, hidden: 4, bucketBits: 8, hiddenRate: 0.3, initScale: 0.5 })
  const w = trainLinear(examples, { ...options, loss: 'softmax' })
  const hidden = cases.map(([a, b]) => {
    const p = new Float64Array(2)
    predictHidden(m, fv(a, b), p)
    return argmax(p)
  })
  const linear = cases.map(([a, b]) => {
    const p = new Float64Array(2)
    predict(w, 2, fv(a, b), p, 'softmax')
    return argmax(p)
  })
  assert.deepEqual(hidden, [0, 1, 1, 0])
  assert.notDeepEqual(linear, [0, 1, 1, 0])
})

test('the same examples and seed give the same hidden model', () => {
  const o = { ...options, epochs: 3, hidden: 4, bucketBits: 8, hiddenRate: 0.3, initScale: 0.5 }
  assert.deepEqual(trainHidden(examples, o).e, trainHidden(examples, o).e)
})
