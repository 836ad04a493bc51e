import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { CAUSES, type Cause } from '../../core/index.ts'
import { DENSE_SIZE, FEATURE_SIZE, type FeatureVector, HASH_SIZE, softmaxInPlace } from '../models/index.ts'
import type { CauseFeatureOptions } from './cause-features.ts'

/** A trained cause model: multinomial logistic regression over the CAUSES, hashed weights int8. */
export interface CauseModel {
  readonly features: CauseFeatureOptions
  /** a cause other than `none` is answered only when its probability reaches this; below it, `none` */
  readonly minConfidence: number
  /** hashed weights, feature-major (CAUSES.length per bucket): w = hashed * scales[class] */
  readonly hashed: Int8Array
  readonly scales: Float32Array
  /** dense weights, feature-major */
  readonly dense: Float32Array
}

/** Serialised form: only the buckets with a non-zero weight, delta-coded as varints (base64). */
export interface CauseModelJson {
  classes: Cause[]
  hashBits: number
  features: CauseFeatureOptions
  minConfidence: number
  scales: number[]
  buckets: string
  /** base64 of Int8Array(buckets × classes) */
  hashed: string
  dense: number[]
}

const C = CAUSES.length
const HASH_BITS = Math.log2(HASH_SIZE)

export const causeModelFromJson = (json: CauseModelJson): CauseModel => {
  if (json.hashBits !== HASH_BITS) throw new Error(`cause model hashBits ${json.hashBits} != ${HASH_BITS}`)
  if (json.classes.join() !== CAUSES.join()) throw new Error('cause model classes differ from CAUSES')
  const deltas = Buffer.from(json.buckets, 'base64')
  const stored = Buffer.from(json.hashed, 'base64')
  const hashed = new Int8Array(HASH_SIZE * C)
  let bucket = 0
  let row = 0
  for (let i = 0; i < deltas.length; ) {
    let delta = 0
    for (let shift = 0; ; shift += 7) {
      const byte = deltas[i++]!
      delta |= (byte & 0x7f) << shift
      if (byte < 0x80) break
    }
    bucket += delta
    for (let c = 0; c < C; c++) hashed[bucket * C + c] = (stored[row * C + c]! << 24) >> 24
    row++
  }
  return {
    features: json.features,
    minConfidence: json.minConfidence,
    hashed,
    scales: Float32Array.from(json.scales),
    dense: Float32Array.from(json.dense),
  }
}

/** Quantises trained float weights (FEATURE_SIZE × classes); hashed weights under one step are dropped. */
export const causeModelToJson = (
  w: Float32Array,
  features: CauseFeatureOptions,
  minConfidence: number,
): CauseModelJson => {
  const scales = CAUSES.map((_, c) => {
    let max = 0
    for (let i = c; i < HASH_SIZE * C; i += C) max = Math.max(max, Math.abs(w[i]!))
    return max > 0 ? max / 127 : 1
  })
  const deltas: number[] = []
  const kept: number[] = []
  let last = 0
  for (let b = 0; b < HASH_SIZE; b++) {
    const q = scales.map((s, c) => Math.round(w[b * C + c]! / s))
    if (q.every((x) => x === 0)) continue
    for (let d = b - last; ; d >>>= 7) {
      if (d < 0x80) {
        deltas.push(d)
        break
      }
      deltas.push((d & 0x7f) | 0x80)
    }
    last = b
    kept.push(...q)
  }
  return {
    classes: [...CAUSES],
    hashBits: HASH_BITS,
    features,
    minConfidence,
    scales,
    buckets: Buffer.from(deltas).toString('base64'),
    hashed: Buffer.from(Int8Array.from(kept).buffer).toString('base64'),
    dense: Array.from(w.subarray(HASH_SIZE * C, FEATURE_SIZE * C), (x) => Math.round(x * 1e5) / 1e5),
  }
}

/** Class probabilities (CAUSES order) of a featurised text, written into `out`. */
export const causeProbabilities = (model: CauseModel, fv: FeatureVector, out: Float64Array): Float64Array => {
  out.fill(0)
  const hashedEnd = fv.n - DENSE_SIZE
  for (let k = 0; k < hashedEnd; k++) {
    const base = fv.idx[k]! * C
    const v = fv.val[k]!
    for (let c = 0; c < C; c++) out[c]! += model.hashed[base + c]! * v
  }
  for (let c = 0; c < C; c++) out[c]! *= model.scales[c]!
  for (let k = hashedEnd; k < fv.n; k++) {
    const v = fv.val[k]!
    if (v === 0) continue
    const base = (fv.idx[k]! - HASH_SIZE) * C
    for (let c = 0; c < C; c++) out[c]! += model.dense[base + c]! * v
  }
  softmaxInPlace(out, C)
  return out
}

const MODEL_FILE = new URL('./data/cause-model.json.gz', import.meta.url)
let committed: CauseModel | undefined

/** The committed model (written by `npm run train:cause`), read once per process. */
export const loadCauseModel = (): CauseModel => {
  committed ??= causeModelFromJson(JSON.parse(gunzipSync(readFileSync(MODEL_FILE)).toString('utf8')))
  return committed
}
