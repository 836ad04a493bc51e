import {
  DENSE_SIZE,
  FEATURE_SIZE,
  type FeatureVector,
  HASH_SIZE,
} from '../../src/analysis/models/features.ts'
import type { Example } from './sgd.ts'
import { createRandom, shuffle } from './split.ts'

/**
 * A linear softmax model over the sparse features plus one hidden tanh layer over the same features
 * (hashed n-grams folded into 2^bucketBits rows, then one row per dense feature):
 * logits = W·x + V·tanh(E·x + b).
 */
export interface HiddenModel {
  classes: number
  hidden: number
  bucketBits: number
  /** FEATURE_SIZE * classes, feature-major (the linear part) */
  w: Float32Array
  /** (2^bucketBits + DENSE_SIZE) * hidden, row-major */
  e: Float32Array
  b: Float32Array
  /** hidden * classes */
  v: Float32Array
}

export interface HiddenOptions {
  classes: number
  hidden: number
  bucketBits: number
  epochs: number
  learningRate: number
  /** learning rate of the hidden layer's weights (E, b, V) */
  hiddenRate: number
  l2: number
  seed: number
  /** half-width of the uniform initial hidden weights */
  initScale: number
  /** features whose linear weight and hidden row stay at their initial value */
  frozen?: Set<number>
  init?: Float32Array
}

/** The hidden-layer row of a feature index. */
export const rowOf = (f: number, bucketBits: number): number =>
  f < HASH_SIZE ? f & ((1 << bucketBits) - 1) : (1 << bucketBits) + (f - HASH_SIZE)

/** Forward pass: fills `h` (hidden activations) and `out` (logits). */
export const forwardHidden = (m: HiddenModel, fv: FeatureVector, h: Float64Array, out: Float64Array) => {
  const C = m.classes
  const H = m.hidden
  out.fill(0)
  for (let j = 0; j < H; j++) h[j] = m.b[j]!
  for (let k = 0; k < fv.n; k++) {
    const f = fv.idx[k]!
    const x = fv.val[k]!
    if (x === 0) continue
    const base = f * C
    for (let c = 0; c < C; c++) out[c]! += m.w[base + c]! * x
    const row = rowOf(f, m.bucketBits) * H
    for (let j = 0; j < H; j++) h[j]! += m.e[row + j]! * x
  }
  for (let j = 0; j < H; j++) {
    const a = Math.tanh(h[j]!)
    h[j] = a
    for (let c = 0; c < C; c++) out[c]! += m.v[j * C + c]! * a
  }
}

const softmax = (out: Float64Array) => {
  let max = -Infinity
  for (const x of out) max = Math.max(max, x)
  let sum = 0
  for (let c = 0; c < out.length; c++) {
    out[c] = Math.exp(out[c]! - max)
    sum += out[c]!
  }
  for (let c = 0; c < out.length; c++) out[c]! /= sum
}

/** Class probabilities of one example. */
export const predictHidden = (m: HiddenModel, fv: FeatureVector, out: Float64Array) => {
  forwardHidden(m, fv, new Float64Array(m.hidden), out)
  softmax(out)
}

/** Adagrad SGD on the softmax loss, seeded: same examples and options, same weights. */
export const trainHidden = (examples: Example[], o: HiddenOptions): HiddenModel => {
  const C = o.classes
  const H = o.hidden
  const rows = (1 << o.bucketBits) + DENSE_SIZE
  const random = createRandom(o.seed)
  const m: HiddenModel = {
    classes: C,
    hidden: H,
    bucketBits: o.bucketBits,
    w: o.init ? Float32Array.from(o.init) : new Float32Array(FEATURE_SIZE * C),
    // small random E and V (seeded); rows no training example touches are zeroed at the end, so an
    // n-gram never seen in training adds nothing
    e: Float32Array.from({ length: rows * H }, () => (random() * 2 - 1) * o.initScale),
    b: new Float32Array(H),
    v: Float32Array.from({ length: H * C }, () => (random() * 2 - 1) * 0.5),
  }
  const gw = new Float32Array(FEATURE_SIZE * C).fill(1e-6)
  const ge = new Float32Array(rows * H).fill(1e-6)
  const gb = new Float32Array(H).fill(1e-6)
  const gv = new Float32Array(H * C).fill(1e-6)
  const frozen = new Uint8Array(FEATURE_SIZE)
  for (const f of o.frozen ?? []) frozen[f] = 1
  const h = new Float64Array(H)
  const p = new Float64Array(C)
  const g = new Float64Array(C)
  const dz = new Float64Array(H)
  const order = examples.map((_, i) => i)
  const touched = new Uint8Array(rows)
  for (const ex of examples) for (let k = 0; k < ex.fv.n; k++) touched[rowOf(ex.fv.idx[k]!, o.bucketBits)] = 1
  const step = (w: Float32Array, acc: Float32Array, j: number, grad: number, rate: number) => {
    const gr = grad + o.l2 * w[j]!
    acc[j]! += gr * gr
    w[j]! -= (rate * gr) / Math.sqrt(acc[j]!)
  }
  for (let epoch = 0; epoch < o.epochs; epoch++)
    for (const i of shuffle(order, random)) {
      const ex = examples[i]!
      const fv = ex.fv
      forwardHidden(m, fv, h, p)
      softmax(p)
      for (let c = 0; c < C; c++) g[c] = (p[c]! - (ex.target === c ? 1 : 0)) * ex.weight
      for (let j = 0; j < H; j++) {
        let d = 0
        for (let c = 0; c < C; c++) d += m.v[j * C + c]! * g[c]!
        dz[j] = d * (1 - h[j]! * h[j]!)
      }
      for (let j = 0; j < H; j++) {
        for (let c = 0; c < C; c++) step(m.v, gv, j * C + c, g[c]! * h[j]!, o.hiddenRate)
        step(m.b, gb, j, dz[j]!, o.hiddenRate)
      }
      for (let k = 0; k < fv.n; k++) {
        const f = fv.idx[k]!
        const x = fv.val[k]!
        if (x === 0 || frozen[f] === 1) continue
        for (let c = 0; c < C; c++) step(m.w, gw, f * C + c, g[c]! * x, o.learningRate)
        const row = rowOf(f, o.bucketBits) * H
        for (let j = 0; j < H; j++) step(m.e, ge, row + j, dz[j]! * x, o.hiddenRate)
      }
    }
  for (let r = 0; r < rows; r++) if (touched[r] === 0) m.e.fill(0, r * H, (r + 1) * H)
  return m
}
