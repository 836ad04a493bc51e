import { FEATURE_SIZE, type FeatureVector } from '../../src/analysis/models/features.ts'
import { softmaxInPlace } from '../../src/analysis/models/softmax.ts'
import { createRandom, shuffle } from './split.ts'

export interface Example {
  fv: FeatureVector
  /** softmax: the class index; sigmoid: one target per class (1, 0, or -1 = unknown) */
  target: number | number[]
  weight: number
}

export interface SgdOptions {
  classes: number
  loss: 'softmax' | 'sigmoid'
  epochs: number
  learningRate: number
  l2: number
  seed: number
  /** weights kept at their initial value (hand-set priors such as the sarcasm cue) */
  frozen?: Set<number>
  init?: Float32Array
}

/** Adagrad SGD for a linear model over sparse features; returns feature-major weights. */
export const trainLinear = (examples: Example[], o: SgdOptions): Float32Array => {
  const C = o.classes
  const w = o.init ? Float32Array.from(o.init) : new Float32Array(FEATURE_SIZE * C)
  const g2 = new Float32Array(FEATURE_SIZE * C).fill(1e-6)
  const random = createRandom(o.seed)
  const order = examples.map((_, i) => i)
  const frozen = new Uint8Array(FEATURE_SIZE)
  for (const f of o.frozen ?? []) frozen[f] = 1
  const p = new Float64Array(C)
  const grad = new Float64Array(C)
  for (let epoch = 0; epoch < o.epochs; epoch++)
    for (const i of shuffle(order, random)) {
      const ex = examples[i]!
      predict(w, C, ex.fv, p, o.loss)
      lossGradient(p, ex, grad, o.loss)
      update(w, g2, C, ex.fv, grad, frozen, o.learningRate, o.l2)
    }
  return w
}

/** One Adagrad step on the weights of the example's features. */
const update = (
  w: Float32Array,
  g2: Float32Array,
  C: number,
  fv: FeatureVector,
  grad: Float64Array,
  frozen: Uint8Array,
  rate: number,
  l2: number,
) => {
  const n = fv.n
  const idx = fv.idx
  const val = fv.val
  for (let k = 0; k < n; k++) {
    const f = idx[k]!
    if (frozen[f] === 1) continue
    const v = val[k]!
    const base = f * C
    for (let c = 0; c < C; c++) {
      const j = base + c
      const g = grad[c]! * v + l2 * w[j]!
      const acc = g2[j]! + g * g
      g2[j] = acc
      w[j] = w[j]! - (rate * g) / Math.sqrt(acc)
    }
  }
}

export const predict = (w: Float32Array, C: number, fv: FeatureVector, out: Float64Array, loss: string) => {
  out.fill(0)
  for (let k = 0; k < fv.n; k++) {
    const base = fv.idx[k]! * C
    const v = fv.val[k]!
    for (let c = 0; c < C; c++) out[c]! += w[base + c]! * v
  }
  if (loss === 'sigmoid') {
    for (let c = 0; c < C; c++) out[c] = 1 / (1 + Math.exp(-out[c]!))
    return
  }
  softmaxInPlace(out, C)
}

const lossGradient = (p: Float64Array, ex: Example, grad: Float64Array, loss: string) => {
  for (let c = 0; c < p.length; c++) {
    const y = typeof ex.target === 'number' ? (ex.target === c ? 1 : 0) : ex.target[c]!
    grad[c] = loss === 'sigmoid' && y < 0 ? 0 : (p[c]! - y) * ex.weight
  }
}
