import type { LexiconEntry } from './lexicon-table.ts'

/** Hashed n-gram buckets; dense lexicon features live right after them. */
export const HASH_BITS = 18
export const HASH_SIZE = 1 << HASH_BITS
export const DENSE = {
  bias: 0,
  positive: 1,
  negative: 2,
  balance: 3,
  negatedLexicon: 4,
  emojiPositive: 5,
  emojiNegative: 6,
  bang: 7,
  bangs: 8,
  question: 9,
  interrobang: 10,
  caps: 11,
  elongated: 12,
  negation: 13,
  sarcasm: 14,
  intensifier: 15,
  url: 16,
  handle: 17,
  /** 18..23: lexicon emotion hits, in EMOTION_BITS order */
  emotion: 18,
  afterContrast: 24,
} as const
export const DENSE_SIZE = 26
export const FEATURE_SIZE = HASH_SIZE + DENSE_SIZE

/** Sparse feature vector: hashed n-grams (L2-normalised) then dense lexicon features. */
export interface FeatureVector {
  idx: Int32Array
  val: Float32Array
  n: number
}

const MASK = HASH_SIZE - 1
export const SEED_WORD = 0x811c9dc5
export const SEED_NEGATED = 0x1b873593
export const SEED_BIGRAM = 0x5bd1e995
const SEED_CHAR = 0x27d4eb2d

export const hashString = (s: string, seed: number): number => {
  let h = seed
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}
export const mix = (a: number, b: number): number => Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) >>> 0

/** Scratch buffers reused across texts (single-threaded); `extractFeatures` copies them out. */
let scratchIdx = new Int32Array(4096)
let scratchVal = new Float32Array(4096)
const scratchDense = new Float32Array(DENSE_SIZE)
const scratchView: FeatureVector = { idx: scratchIdx, val: scratchVal, n: 0 }

/** Collects hashed n-gram features and the dense ones for one text. */
export class FeatureBuilder {
  n = 0
  readonly dense = scratchDense.fill(0)
  add(hash: number, weight: number) {
    if (this.n + DENSE_SIZE >= scratchIdx.length) {
      scratchIdx = growInt(scratchIdx)
      scratchVal = growFloat(scratchVal)
    }
    scratchIdx[this.n] = hash & MASK
    scratchVal[this.n++] = weight
  }
  /** Character 3- and 4-grams of the word padded with boundaries: robust to typos and inflection. */
  addCharGrams(word: string) {
    const n = word.length
    if (n < 3 || n > 30) return
    // folded letters fit in 10 bits, so a 3-gram packs into one int before a single mixing step
    let tri = (0x3c << 10) | (word.charCodeAt(0) & 0x3ff)
    tri = ((tri << 10) | (word.charCodeAt(1) & 0x3ff)) & 0x3fffffff
    for (let i = 2; i <= n; i++) {
      const d = i < n ? word.charCodeAt(i) & 0x3ff : 0x3e
      this.add(Math.imul(tri ^ SEED_CHAR, 0x9e3779b1) >>> 8, 0.5)
      this.add(Math.imul(Math.imul(tri ^ 0x5bd1e995, 0x85ebca6b) ^ d, 0xcc9e2d51) >>> 9, 0.5)
      tri = ((tri << 10) | d) & 0x3fffffff
    }
  }
  /** L2-normalises the n-grams and appends the dense features, in the scratch buffers (no allocation). */
  finish(): FeatureVector {
    const n = this.n
    let norm = 0
    for (let i = 0; i < n; i++) norm += scratchVal[i]! * scratchVal[i]!
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
    for (let i = 0; i < n; i++) scratchVal[i]! *= scale
    for (let k = 0; k < DENSE_SIZE; k++) {
      scratchIdx[n + k] = HASH_SIZE + k
      scratchVal[n + k] = this.dense[k]!
    }
    scratchView.idx = scratchIdx
    scratchView.val = scratchVal
    scratchView.n = n + DENSE_SIZE
    return scratchView
  }
}

const growInt = (a: Int32Array) => {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}
const growFloat = (a: Float32Array) => {
  const b = new Float32Array(a.length * 2)
  b.set(a)
  return b
}
export const NO_ENTRY: LexiconEntry = { valence: 0, emotions: 0, roles: 0 }

/** Turns a text into features in one pass over its tokens. */
