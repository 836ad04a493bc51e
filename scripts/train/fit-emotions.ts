import { DENSE, HASH_SIZE } from '../../src/analysis/models/features.ts'
import { binaryScores, multiLabelMacroF1 } from './metrics.ts'
import { type Example, predict, trainLinear } from './sgd.ts'

export interface EmotionFit {
  weights: Float32Array
  config: { epochs: number; l2: number; thresholds: number[] }
  devMacroF1: number
}

const devProbabilities = (w: Float32Array, dev: Example[]) =>
  dev.map((e) => {
    const out = new Float64Array(6)
    predict(w, 6, e.fv, out, 'sigmoid')
    return out
  })

/** Per-emotion threshold with the best dev F1 (rare emotions need low thresholds). */
const tuneThresholds = (probs: Float64Array[], gold: number[][]): number[] =>
  Array.from({ length: 6 }, (_, l) => {
    let best = { t: 0.5, f1: -1 }
    for (let t = 0.05; t < 0.95; t += 0.025) {
      let tp = 0
      let fp = 0
      let fn = 0
      probs.forEach((p, i) => {
        const y = gold[i]![l]!
        const hit = p[l]! >= t
        if (y < 0) return
        if (hit && y === 1) tp++
        else if (hit) fp++
        else if (y === 1) fn++
      })
      const { f1 } = binaryScores(tp, fp, fn)
      if (f1 > best.f1) best = { t, f1 }
    }
    return best.t
  })

const train = (examples: Example[], epochs: number, l2: number) =>
  trainLinear(examples, { classes: 6, loss: 'sigmoid', epochs, learningRate: 0.15, l2, seed: 11 })

/** Grid on dev, then retrain on train + dev; thresholds are folded into the bias so 0.5 means present. */
export const fitEmotions = (train_: Example[], dev: Example[], log: (msg: object) => void): EmotionFit => {
  const gold = dev.map((e) => e.target as number[])
  let best: EmotionFit | undefined
  for (const epochs of [4, 8])
    for (const l2 of [0]) {
      const probs = devProbabilities(train(train_, epochs, l2), dev)
      const thresholds = tuneThresholds(probs, gold)
      const predicted = probs.map((p) => thresholds.map((t, l) => (p[l]! >= t ? 1 : 0)))
      const devMacroF1 = multiLabelMacroF1(gold, predicted, 6)
      log({ epochs, l2, thresholds, devMacroF1 })
      if (best === undefined || devMacroF1 > best.devMacroF1)
        best = { weights: new Float32Array(0), config: { epochs, l2, thresholds }, devMacroF1 }
    }
  const { epochs, l2, thresholds } = best!.config
  const weights = train([...train_, ...dev], epochs, l2)
  thresholds.forEach((t, c) => {
    weights[(HASH_SIZE + DENSE.bias) * 6 + c]! -= Math.log(t / (1 - t))
  })
  return { ...best!, weights }
}
