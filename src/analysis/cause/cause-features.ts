import { FeatureBuilder, type FeatureVector, HASH_SIZE, hashString, mix } from '../models/index.ts'
import { addCueEvidence, causeWords, SCORED_CAUSES } from './cue-evidence.ts'

/** Which feature families a cause model uses (stored with its weights, so scoring matches training). */
export interface CauseFeatureOptions {
  /** character 3- and 4-grams of each word (inflection, typos, FR/EN cognates: "contamin-") */
  charGrams: boolean
  /** pairs of consecutive words ("hung up", "sans reponse") */
  bigrams: boolean
  /** the keyword rules' evidence per cause, as dense features */
  cues: boolean
  /** the first 5 letters of longer words, a crude stem shared by "effondrement" and "effondre" */
  prefixes?: boolean
}

/** Dense slots after the hashed n-grams: a bias, then one cue score per cause. */
export const CAUSE_DENSE = { bias: 0, cue: 1 } as const
export const CAUSE_DENSE_USED = CAUSE_DENSE.cue + SCORED_CAUSES.length

const SEED_UNIGRAM = 0x3c6ef372
const SEED_PAIR = 0xa54ff53a
const SEED_PREFIX = 0x510e527f
const PREFIX = 5
const cueScores = new Float64Array(SCORED_CAUSES.length)

/** Features of a text in shared scratch buffers, valid until the next call (no allocation per word). */
export const causeFeaturesScratch = (text: string, o: CauseFeatureOptions): FeatureVector => {
  const words = causeWords(text)
  const f = new FeatureBuilder()
  let previous = SEED_PAIR
  for (const word of words) {
    const h = hashString(word, SEED_UNIGRAM)
    f.add(h, 1)
    if (o.bigrams) f.add(mix(previous, h), 1)
    if (o.charGrams) f.addCharGrams(word)
    if (o.prefixes && word.length > PREFIX) f.add(hashString(word.slice(0, PREFIX), SEED_PREFIX), 1)
    previous = h
  }
  f.dense[CAUSE_DENSE.bias] = 1
  if (o.cues) {
    cueScores.fill(0)
    addCueEvidence(words, cueScores)
    // squashed: a second cue for the same cause adds less than the first
    for (let k = 0; k < cueScores.length; k++) f.dense[CAUSE_DENSE.cue + k] = Math.tanh(cueScores[k]! / 2)
  }
  return f.finish()
}

/** Features of a text as an owned vector (training). */
export const causeFeatures = (text: string, o: CauseFeatureOptions): FeatureVector => {
  const fv = causeFeaturesScratch(text, o)
  return { idx: fv.idx.slice(0, fv.n), val: fv.val.slice(0, fv.n), n: fv.n }
}

/** Hashed bucket of a word's unigram feature (to read a model's weight for a word). */
export const unigramBucket = (word: string): number => hashString(word, SEED_UNIGRAM) & (HASH_SIZE - 1)
