import { type CauseFeatureOptions, causeFeatures } from '../../../src/analysis/cause/cause-features.ts'
import { CAUSES } from '../../../src/core/index.ts'
import { type Example, predict, trainLinear } from '../sgd.ts'
import type { LabelledRow } from './read-cause-rows.ts'

const C = CAUSES.length

export interface FitSettings {
  features: CauseFeatureOptions
  epochs: number
  l2: number
  learningRate: number
}

export const examplesOf = (rows: readonly LabelledRow[], features: CauseFeatureOptions): Example[] =>
  rows.map((r) => ({ fv: causeFeatures(r.text, features), target: CAUSES.indexOf(r.cause), weight: 1 }))

/** Every cause weighs the same in the loss, whatever its number of rows. */
const balance = (examples: Example[]): Example[] => {
  const counts = new Array<number>(C).fill(0)
  for (const e of examples) counts[e.target as number]! += e.weight
  const present = counts.filter((n) => n > 0).length
  const total = counts.reduce((a, b) => a + b, 0)
  return examples.map((e) => ({
    ...e,
    weight: (e.weight * total) / (present * counts[e.target as number]!),
  }))
}

/** Softmax regression weights (FEATURE_SIZE × causes), seeded: the same data gives the same model. */
export const fitCause = (examples: Example[], s: FitSettings): Float32Array => {
  return trainLinear(balance(examples), {
    classes: C,
    loss: 'softmax',
    epochs: s.epochs,
    learningRate: s.learningRate,
    l2: s.l2,
    seed: 11,
  })
}

export const probabilitiesOf = (w: Float32Array, examples: readonly Example[]): Float64Array[] =>
  examples.map((e) => {
    const p = new Float64Array(C)
    predict(w, C, e.fv, p, 'softmax')
    return p
  })
