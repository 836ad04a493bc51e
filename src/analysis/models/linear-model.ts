import type { Lang } from '../../core/index.ts'
import { FEATURE_SIZE, HASH_BITS, HASH_SIZE } from './features.ts'

/** Weights of one linear model, feature-major: w[feature * classes + class]. */
export interface LinearModel {
  readonly lang: Lang
  readonly classes: readonly string[]
  readonly w: Float32Array
  /** the hashed weights as stored: w[i] = q[i] * scales[i % classes] */
  readonly q: Int8Array
  readonly scales: Float32Array
}

/** Serialised form: hashed weights quantised to int8 per class (base64), dense weights as floats. */
export interface LinearModelJson {
  lang: Lang
  classes: string[]
  hashBits: number
  /** per class: int8 step of the hashed weights */
  scales: number[]
  /** base64 of Int8Array(HASH_SIZE * classes) */
  hashed: string
  /** DENSE_SIZE * classes floats, feature-major */
  dense: number[]
}

export const linearFromJson = (json: LinearModelJson): LinearModel => {
  if (json.hashBits !== HASH_BITS) throw new Error(`model hashBits ${json.hashBits} != ${HASH_BITS}`)
  const C = json.classes.length
  const bytes = Buffer.from(json.hashed, 'base64')
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
  const w = new Float32Array(FEATURE_SIZE * C)
  for (let i = 0; i < HASH_SIZE * C; i++) w[i] = q[i]! * json.scales[i % C]!
  for (let i = 0; i < json.dense.length; i++) w[HASH_SIZE * C + i] = json.dense[i]!
  return { lang: json.lang, classes: json.classes, w, q, scales: Float32Array.from(json.scales) }
}

/** Quantises trained float weights; hashed weights smaller than one step become 0 (and compress well). */
export const linearToJson = (lang: Lang, classes: string[], w: Float32Array): LinearModelJson => {
  const C = classes.length
  const scales = classes.map((_, c) => {
    let max = 0
    for (let i = c; i < HASH_SIZE * C; i += C) max = Math.max(max, Math.abs(w[i]!))
    return max > 0 ? max / 127 : 1
  })
  const q = new Int8Array(HASH_SIZE * C)
  for (let i = 0; i < q.length; i++) q[i] = Math.round(w[i]! / scales[i % C]!)
  const dense = Array.from(w.subarray(HASH_SIZE * C), (x) => Math.round(x * 1e5) / 1e5)
  return {
    lang,
    classes,
    hashBits: HASH_BITS,
    scales,
    hashed: Buffer.from(q.buffer).toString('base64'),
    dense,
  }
}
