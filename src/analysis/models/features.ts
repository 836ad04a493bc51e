import { type LexiconEntry, type LexiconTable, ROLE } from './lexicon-table.ts'
import { type Token, TokenKind, tokenise } from './tokenise.ts'

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
const SEED_WORD = 0x811c9dc5
const SEED_NEGATED = 0x1b873593
const SEED_BIGRAM = 0x5bd1e995
const SEED_CHAR = 0x27d4eb2d
const NEGATION_SCOPE = 3

const hashString = (s: string, seed: number): number => {
  let h = seed
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}
const mix = (a: number, b: number): number => Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) >>> 0

/** Scratch buffers reused across texts (single-threaded); build() copies out the exact-size vector. */
let scratchIdx = new Int32Array(4096)
let scratchVal = new Float32Array(4096)

class FeatureBuilder {
  n = 0
  dense = new Float32Array(DENSE_SIZE)
  add(hash: number, weight: number) {
    if (this.n === scratchIdx.length) {
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
  build(): FeatureVector {
    const n = this.n
    let norm = 0
    for (let i = 0; i < n; i++) norm += scratchVal[i]! * scratchVal[i]!
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0
    const idx = new Int32Array(n + DENSE_SIZE)
    const val = new Float32Array(n + DENSE_SIZE)
    idx.set(scratchIdx.subarray(0, n))
    for (let i = 0; i < n; i++) val[i] = scratchVal[i]! * scale
    for (let k = 0; k < DENSE_SIZE; k++) {
      idx[n + k] = HASH_SIZE + k
      val[n + k] = this.dense[k]!
    }
    return { idx, val, n: n + DENSE_SIZE }
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
const NO_ENTRY: LexiconEntry = { valence: 0, emotions: 0, roles: 0 }

/** Turns a text into features in one pass over its tokens. */
export const extractFeatures = (text: string, lexicon: LexiconTable): FeatureVector => {
  const tokens = tokenise(text.length > 20_000 ? text.slice(0, 20_000) : text)
  const f = new FeatureBuilder()
  scanTokens(tokens, lexicon, f)
  return f.build()
}

const squash = (x: number) => Math.tanh(x / 4)

const scanTokens = (tokens: Token[], lexicon: LexiconTable, f: FeatureBuilder) => {
  const d = f.dense
  let scope = 0
  let boost = 1
  let prevHash = SEED_BIGRAM
  let pos = 0
  let neg = 0
  let contrast = false
  let afterContrast = 0
  let capsWords = 0
  let words = 0
  let lastValence = 0
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!
    const w = tok.text
    const h = hashString(w, SEED_WORD)
    f.add(scope > 0 && tok.kind === TokenKind.Word ? hashString(w, SEED_NEGATED) : h, 1)
    f.add(mix(prevHash, h), 1)
    prevHash = h
    if (tok.kind === TokenKind.Punct) {
      scope = 0
      markPunct(w, d, lastValence, tokens[t + 1], lexicon)
      continue
    }
    if (tok.kind === TokenKind.Word) {
      words++
      if (tok.caps) capsWords++
      if (tok.elongated) d[DENSE.elongated] = 1
      if (w === '<url>') d[DENSE.url] = 1
      else if (w === '@user') d[DENSE.handle] = 1
      else f.addCharGrams(w)
    }
    const entry = lexicon.entries.get(w) ?? NO_ENTRY
    const roles = entry.roles
    if (roles & ROLE.sarcasmEmoji) d[DENSE.sarcasm] = 1
    const emo = entry.emotions
    if (emo !== 0) for (let e = 0; e < 6; e++) if (emo & (1 << e)) d[DENSE.emotion + e]! += 1
    let v = entry.valence
    if (v !== 0) {
      v *= boost * (tok.caps ? 1.3 : 1) * (tok.elongated ? 1.2 : 1)
      if (scope > 0) {
        v *= -0.75
        d[DENSE.negatedLexicon]! += 1
      }
      if (v > 0) pos += v
      else neg -= v
      if (contrast) afterContrast += v
      if (tok.kind === TokenKind.Emoji) d[v > 0 ? DENSE.emojiPositive : DENSE.emojiNegative] = 1
    }
    lastValence = v
    boost = roles & ROLE.intensifier ? 1.5 : 1
    if (boost > 1) d[DENSE.intensifier] = 1
    if (roles & ROLE.contrast) contrast = true
    if (roles & ROLE.negation || (tok.kind === TokenKind.Word && w.endsWith("n't"))) {
      scope = NEGATION_SCOPE + 1
      d[DENSE.negation] = 1
    }
    if (scope > 0) scope--
  }
  d[DENSE.bias] = 1
  d[DENSE.positive] = squash(pos)
  d[DENSE.negative] = squash(neg)
  d[DENSE.balance] = squash(pos - neg)
  d[DENSE.negatedLexicon] = Math.min(d[DENSE.negatedLexicon]!, 3) / 3
  d[DENSE.caps] = words > 1 && capsWords < words ? capsWords / words : 0
  d[DENSE.afterContrast] = squash(afterContrast)
  for (let e = 0; e < 6; e++) d[DENSE.emotion + e] = Math.tanh(d[DENSE.emotion + e]! / 2)
}

/** Punctuation shape, and irony: a positive word, a comma, then "another"/"encore". */
const markPunct = (
  shape: string,
  d: Float32Array,
  lastValence: number,
  next: Token | undefined,
  lexicon: LexiconTable,
) => {
  if (shape === '!') d[DENSE.bang] = 1
  else if (shape === '!!') d[DENSE.bangs] = 1
  else if (shape === '?' || shape === '??') d[DENSE.question] = 1
  else if (shape === '?!') d[DENSE.interrobang] = 1
  else if (lastValence >= 1.5 && next !== undefined) {
    const roles = lexicon.entries.get(next.text)?.roles ?? 0
    if (roles & ROLE.sarcasmFollower) d[DENSE.sarcasm] = 1
  }
}
