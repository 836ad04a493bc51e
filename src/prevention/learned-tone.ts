import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import type { CheckKind } from '../core/index.ts'
import type { Finding } from './finding.ts'
import type { RuleId } from './messages.ts'
import type { Token } from './text-tokens.ts'

/**
 * A small learned reader of tone: one logistic regression per kind over hashed features of the
 * draft's normalised tokens (the same tokens as the lexicons: lowercase, no accents, leet undone, masks
 * kept), trained offline by `scripts/train-checker.ts` on the labelled drafts. It catches what the phrase
 * rules were not written for (sarcasm, condescension, competitor parody, an insult the lexicons lack);
 * the rules still give the precise spans, the model flags the sentence that weighs most.
 */
// the kinds a model may carry; the shipped file says which it was trained on (scripts/train-checker.ts,
// TRAINING.md). From a few hundred drafts, sensitive topics and copyright were learned as words ("photo",
// "vote"); from seven writers they carry, the topic gated by a misuse cue (check-post.ts). Personal data and
// confidential, tried in the sixth round, added as many false alarms as leaks and are not shipped
export const LEARNABLE_KINDS = [
  'insult',
  'aggressive_tone',
  'mockery',
  'confidential',
  'personal_data',
  'sensitive_topic',
  'copyright',
] as const
export type LearnedKind = (typeof LEARNABLE_KINDS)[number]
/** The kinds trained by default. */
export const LEARNED_KINDS: readonly LearnedKind[] = ['insult', 'aggressive_tone', 'mockery']

export const TONE_HASH_BITS = 16
const MASK = (1 << TONE_HASH_BITS) - 1

export interface ToneModel {
  readonly kinds: readonly LearnedKind[]
  /** per kind: weights of the hashed features, then the bias */
  readonly weights: readonly Float32Array[]
  readonly bias: readonly number[]
  /** per kind: the probability at or above which the kind is flagged */
  readonly thresholds: readonly number[]
}

/** Serialised form: int8 weights per kind (base64) with their step. */
export interface ToneModelJson {
  hashBits: number
  kinds: LearnedKind[]
  scales: number[]
  weights: string[]
  bias: number[]
  thresholds: number[]
}

export const toneFromJson = (json: ToneModelJson): ToneModel => {
  if (json.hashBits !== TONE_HASH_BITS)
    throw new Error(`tone model hashBits ${json.hashBits} != ${TONE_HASH_BITS}`)
  const unknown = json.kinds.filter((k) => !(LEARNABLE_KINDS as readonly string[]).includes(k))
  if (unknown.length > 0) throw new Error(`tone model kinds unknown: ${unknown.join(', ')}`)
  const weights = json.weights.map((b64, k) => {
    const bytes = Buffer.from(b64, 'base64')
    const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)
    return Float32Array.from(q, (x) => x * json.scales[k]!)
  })
  return { kinds: json.kinds, weights, bias: json.bias, thresholds: json.thresholds }
}

export const toneToJson = (model: ToneModel): ToneModelJson => {
  const scales = model.weights.map((w) => {
    let max = 0
    for (const x of w) max = Math.max(max, Math.abs(x))
    return max > 0 ? max / 127 : 1
  })
  return {
    hashBits: TONE_HASH_BITS,
    kinds: [...model.kinds],
    scales,
    weights: model.weights.map((w, k) =>
      Buffer.from(Int8Array.from(w, (x) => Math.round(x / scales[k]!)).buffer).toString('base64'),
    ),
    bias: [...model.bias],
    thresholds: [...model.thresholds],
  }
}

let shipped: ToneModel | undefined
/** The committed model (`src/prevention/model/tone.json.gz`), read once per process. */
export const loadToneModel = (): ToneModel => {
  shipped ??= toneFromJson(
    JSON.parse(gunzipSync(readFileSync(new URL('./model/tone.json.gz', import.meta.url))).toString('utf8')),
  )
  return shipped
}

// FNV-1a over UTF-16 units, with a seed per feature family
const hash = (s: string, seed: number): number => {
  let h = (2166136261 ^ seed) >>> 0
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return (h >>> 0) & MASK
}
const SEED_WORD = 1
const SEED_BIGRAM = 2
const SEED_GRAM = 3
const LT = 60 // '<'
const GT = 62 // '>'

/** The 3- to 5-grams of `<word>`, hashed as they are read (no substring is built: this runs per word). */
const pushGrams = (w: string, t: number, push: (i: number, t: number) => void) => {
  const n = w.length + 2
  for (let i = 0; i + 3 <= n; i++) {
    let h = (2166136261 ^ SEED_GRAM) >>> 0
    for (let j = i; j < i + 5 && j < n; j++) {
      h ^= j === 0 ? LT : j === n - 1 ? GT : w.charCodeAt(j - 1)
      h = Math.imul(h, 16777619)
      if (j - i >= 2) push((h >>> 0) & MASK, t)
    }
  }
}

/**
 * The hashed features of a draft, each with the token it comes from: words, pairs of words and character
 * 3- to 5-grams of each word (so `c*nnard`, `connards` and `conard` share most of their features).
 */
export interface ToneFeatures {
  idx: number[]
  token: number[]
}

export const toneFeatures = (tokens: readonly Token[]): ToneFeatures => {
  const idx: number[] = []
  const token: number[] = []
  visitFeatures(tokens, (i, t) => {
    idx.push(i)
    token.push(t)
  })
  return { idx, token }
}

/** The hash of `${a} ${b}`, read without building the string. */
const hashPair = (a: string, b: string, seed: number): number => {
  let h = (2166136261 ^ seed) >>> 0
  for (let i = 0; i < a.length; i++) {
    h ^= a.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  h ^= 32 // ' '
  h = Math.imul(h, 16777619)
  for (let i = 0; i < b.length; i++) {
    h ^= b.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return (h >>> 0) & MASK
}

/** A word's own features: its hash, and its character n-grams' (none under 3 letters). */
interface WordFeatures {
  word: number
  grams: Int32Array
}
// remembered per word: drafts repeat most of their words (forgotten all at once when full)
const WORDS_KEPT = 50_000
const wordFeatures = new Map<string, WordFeatures>()
const featuresOf = (w: string): WordFeatures => {
  let f = wordFeatures.get(w)
  if (f === undefined) {
    const grams: number[] = []
    if (w.length >= 3) pushGrams(w, 0, (i) => grams.push(i))
    f = { word: hash(w, SEED_WORD), grams: Int32Array.from(grams) }
    if (wordFeatures.size >= WORDS_KEPT) wordFeatures.clear()
    wordFeatures.set(w, f)
  }
  return f
}

/** Calls `visit` with each hashed feature of the tokens and the token it comes from. */
const visitFeatures = (tokens: readonly Token[], visit: (i: number, t: number) => void) => {
  let prev = '<s>'
  let negated = 0
  for (let t = 0; t < tokens.length; t++) {
    const w = tokens[t]!.norm
    const own = featuresOf(w)
    // "pas idiot", "not stupid at all": a negated word is another feature, and its letters are not read
    visit(negated > 0 ? hash(`not:${w}`, SEED_WORD) : own.word, t)
    visit(hashPair(prev, w, SEED_BIGRAM), t)
    prev = w
    if (NEGATIONS.has(w)) {
      negated = 3
      continue
    }
    if (negated > 0) {
      negated--
      continue
    }
    for (let g = 0; g < own.grams.length; g++) visit(own.grams[g]!, t)
  }
}

// the hot path sums the weights as the features are hashed, without keeping them; the weights of one feature
// for every kind sit side by side (one memory read per feature, not one per kind)
const packedWeights = new WeakMap<ToneModel, Float32Array>()
const packed = (m: ToneModel): Float32Array => {
  let p = packedWeights.get(m)
  if (!p) {
    const kinds = m.kinds.length
    p = new Float32Array((MASK + 1) * kinds)
    for (let k = 0; k < kinds; k++) {
      const w = m.weights[k]!
      for (let i = 0; i <= MASK; i++) p[i * kinds + k] = w[i]!
    }
    packedWeights.set(m, p)
  }
  return p
}
const sums = new Float64Array(LEARNABLE_KINDS.length)
let sumWeights: Float32Array = new Float32Array(0)
let sumKinds = 0
let count = 0
const addWeights = (i: number) => {
  const base = i * sumKinds
  for (let k = 0; k < sumKinds; k++) sums[k]! += sumWeights[base + k]!
  count++
}

/** The probability of each kind for a draft's tokens (what the checker runs on every draft). */
export const scoreTokens = (model: ToneModel, tokens: readonly Token[]): number[] => {
  sums.fill(0)
  count = 0
  sumWeights = packed(model)
  sumKinds = model.kinds.length
  visitFeatures(tokens, addWeights)
  const v = featureValue({ idx: { length: count } })
  return model.kinds.map((_, k) => sigmoid(model.bias[k]! + sums[k]! * v))
}

// the tokeniser cuts "isn't" into "isn" and "t"
const NEGATIONS = new Set([
  'pas',
  'not',
  'never',
  'jamais',
  'nullement',
  'aucunement',
  'isn',
  'aren',
  'don',
  'doesn',
  'didn',
  'wasn',
  'weren',
  'won',
])

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))

/**
 * Each feature's value: 1 / √(number of features), so long and short drafts weigh alike; but never more
 * than a ten-word draft's, or two words ("Appelez le…") would weigh as much as a whole post.
 */
export const featureValue = (f: { idx: ArrayLike<number> }) => 1 / Math.sqrt(Math.max(f.idx.length, 150))

/** The probability of each kind, in the model's order. */
export const scoreTone = (model: ToneModel, f: ToneFeatures): number[] => {
  const v = featureValue(f)
  return model.kinds.map((_, k) => {
    const w = model.weights[k]!
    let z = model.bias[k]!
    for (const i of f.idx) z += w[i]! * v
    return sigmoid(z)
  })
}

/**
 * The kinds the model adds to what the rules found: those at or above their threshold that no rule found.
 * Where an insult is found (by a rule or by the model), the model adds neither aggressive tone nor mockery:
 * its reading of those two leans on the insult itself, and whether an insult also counts as aggression or
 * mockery is where labellers disagree most.
 */
export const addedKinds = (
  model: Pick<ToneModel, 'kinds' | 'thresholds'>,
  p: readonly number[],
  flagged: ReadonlySet<CheckKind>,
): LearnedKind[] => {
  const over = model.kinds.filter((kind, k) => !flagged.has(kind) && p[k]! >= model.thresholds[k]!)
  const insult = flagged.has('insult') || over.includes('insult')
  return over.filter((kind) => !(insult && (kind === 'aggressive_tone' || kind === 'mockery')))
}

const RULE_OF: Readonly<Record<LearnedKind, RuleId>> = {
  insult: 'learned_insult',
  aggressive_tone: 'learned_aggressive_tone',
  mockery: 'learned_mockery',
  confidential: 'learned_confidential',
  personal_data: 'learned_personal_data',
  sensitive_topic: 'learned_sensitive_topic',
  copyright: 'learned_copyright',
}

/**
 * Kinds the model reads in the draft that no rule flagged: one finding each, over the sentence whose
 * features weigh most toward the kind (severity medium: a reading, not a listed phrase).
 */
export const findLearnedTone = (
  tokens: readonly Token[],
  sentences: readonly number[],
  model: ToneModel,
  flagged: ReadonlySet<CheckKind>,
  /**
   * whether the model may not add a kind to this draft (a sensitive topic with nothing that misuses it); asked
   * only for the kinds it would add, which are rare
   */
  barred: (kind: LearnedKind) => boolean = () => false,
): Finding[] => {
  if (tokens.length === 0) return []
  const added = addedKinds(model, scoreTokens(model, tokens), flagged).filter((k) => !barred(k))
  if (added.length === 0) return []
  // a kind to add (rare): the features again, with their tokens, to find the weightiest sentence
  const f = toneFeatures(tokens)
  const out: Finding[] = []
  const v = featureValue(f)
  for (const kind of added) {
    const k = model.kinds.indexOf(kind)
    const w = model.weights[k]!
    const weight = new Map<number, number>()
    for (let j = 0; j < f.idx.length; j++) {
      const s = sentences[f.token[j]!]!
      weight.set(s, (weight.get(s) ?? 0) + w[f.idx[j]!]! * v)
    }
    let best = sentences[0]!
    for (const [s, x] of weight) if (x > weight.get(best)!) best = s
    let first = -1
    let last = -1
    for (let t = 0; t < tokens.length; t++)
      if (sentences[t] === best) {
        if (first < 0) first = t
        last = t
      }
    out.push({
      kind,
      rule: RULE_OF[kind],
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      severity: 'medium',
    })
  }
  return out
}
