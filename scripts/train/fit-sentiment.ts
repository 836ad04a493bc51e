import { DENSE, FEATURE_SIZE, HASH_SIZE } from '../../src/analysis/models/features.ts'
import { macroScores } from './metrics.ts'
import { type Example, predict, trainLinear } from './sgd.ts'

export interface SentimentFit {
  weights: Float32Array
  config: { epochs: number; l2: number; weakWeight: number; offsets: number[] }
  dev: { macroRecall: number; macroF1: number }
}

/** Irony cues push towards negative; a fixed prior, not learned: the data has too few of them. */
const SARCASM_PRIOR = [1.2, 0, -1.2]
const sarcasmIndex = HASH_SIZE + DENSE.sarcasm

const balance = (examples: Example[]): Example[] => {
  const counts = [0, 0, 0]
  for (const e of examples) counts[e.target as number]! += e.weight
  const total = counts.reduce((a, b) => a + b, 0)
  return examples.map((e) => ({ ...e, weight: (e.weight * total) / (3 * counts[e.target as number]!) }))
}

const train = (examples: Example[], epochs: number, l2: number): Float32Array => {
  const init = new Float32Array(FEATURE_SIZE * 3)
  SARCASM_PRIOR.forEach((v, c) => {
    init[sarcasmIndex * 3 + c] = v
  })
  return trainLinear(balance(examples), {
    classes: 3,
    loss: 'softmax',
    epochs,
    learningRate: 0.15,
    l2,
    seed: 7,
    frozen: new Set([sarcasmIndex]),
    init,
  })
}

const devLogits = (w: Float32Array, dev: Example[]): Float64Array[] =>
  dev.map((e) => {
    const out = new Float64Array(3)
    predict(w, 3, e.fv, out, 'softmax')
    return out.map(Math.log)
  })

const argmax = (l: Float64Array, offsets: number[]) => {
  const s = [l[0]! + offsets[0]!, l[1]!, l[2]! + offsets[2]!]
  return s[0]! >= s[1]! && s[0]! >= s[2]! ? 0 : s[2]! > s[1]! ? 2 : 1
}

/** Class offsets (negative, positive vs neutral) that maximise the dev metric. */
const tuneOffsets = (logits: Float64Array[], gold: number[], metric: 'macroRecall' | 'macroF1') => {
  let best = { offsets: [0, 0, 0], score: -1 }
  for (let a = -10; a <= 10; a++)
    for (let b = -10; b <= 10; b++) {
      const offsets = [a / 10, 0, b / 10]
      const score = macroScores(
        gold,
        logits.map((l) => argmax(l, offsets)),
        3,
      )[metric]
      if (score > best.score + 1e-9) best = { offsets, score }
    }
  return best.offsets
}

/** Grid over epochs, L2 and weak-row weight on dev; the chosen setting is retrained on train + dev. */
export const fitSentiment = (
  train_: Example[],
  weak: Example[],
  dev: Example[],
  metric: 'macroRecall' | 'macroF1',
  log: (msg: object) => void,
): SentimentFit => {
  const gold = dev.map((e) => e.target as number)
  let best: SentimentFit | undefined
  for (const weakWeight of weak.length > 0 ? [0, 0.2, 0.5] : [0])
    for (const epochs of [4, 8])
      for (const l2 of [0]) {
        const rows = [...train_, ...weak.map((e) => ({ ...e, weight: weakWeight }))].filter(
          (e) => e.weight > 0,
        )
        const logits = devLogits(train(rows, epochs, l2), dev)
        const offsets = tuneOffsets(logits, gold, metric)
        const scores = macroScores(
          gold,
          logits.map((l) => argmax(l, offsets)),
          3,
        )
        log({ weakWeight, epochs, l2, offsets, ...scores })
        if (best === undefined || scores[metric] > best.dev[metric])
          best = { weights: new Float32Array(0), config: { epochs, l2, weakWeight, offsets }, dev: scores }
      }
  const { epochs, l2, weakWeight, offsets } = best!.config
  const all = [...train_, ...dev, ...weak.map((e) => ({ ...e, weight: weakWeight }))].filter(
    (e) => e.weight > 0,
  )
  const weights = train(all, epochs, l2)
  offsets.forEach((o, c) => {
    weights[(HASH_SIZE + DENSE.bias) * 3 + c]! += o
  })
  return { ...best!, weights }
}
