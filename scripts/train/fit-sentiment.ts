import { DENSE, FEATURE_SIZE, HASH_SIZE } from '../../src/analysis/models/features.ts'
import { macroScores } from './metrics.ts'
import { type Example, predict, trainLinear } from './sgd.ts'

type MacroScores = { macroRecall: number; macroF1: number }

export interface SentimentFit {
  weights: Float32Array
  config: {
    epochs: number
    l2: number
    weakWeight: number
    brandWeight: number
    offsets: number[]
    /** runs averaged (absent: 1) */
    bag?: number
  }
  dev: { shared: MacroScores; brand?: MacroScores }
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

const trainOne = (examples: Example[], epochs: number, l2: number, seed: number): Float32Array => {
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
    seed,
    frozen: new Set([sarcasmIndex]),
    init,
  })
}

/**
 * The mean of `bag` runs' weights, each with its own shuffle order (seeds seed, seed + 1, ...): still one
 * linear model, and the same argmax as averaging the runs' log-probabilities (softmax normalisers do not
 * depend on the class). One run's scores move by ~0.008 with the shuffle order alone; the mean moves less.
 */
const train = (examples: Example[], epochs: number, l2: number, seed = 7, bag = 1): Float32Array => {
  if (bag === 1) return trainOne(examples, epochs, l2, seed)
  const mean = new Float32Array(FEATURE_SIZE * 3)
  for (let b = 0; b < bag; b++) {
    const w = trainOne(examples, epochs, l2, seed + b * 101)
    for (let i = 0; i < w.length; i++) mean[i]! += w[i]! / bag
  }
  return mean
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

export type DevMetric = 'macroRecall' | 'macroF1'
/** A dev set and the metric it is judged by; the fit maximises the mean over dev sets. */
export interface DevSet {
  examples: Example[]
  metric: DevMetric
}
interface ScoredDev {
  logits: Float64Array[]
  gold: number[]
  metric: DevMetric
}

const scoresAt = (dev: ScoredDev, offsets: number[]) =>
  macroScores(
    dev.gold,
    dev.logits.map((l) => argmax(l, offsets)),
    3,
  )

const OFFSETS = Array.from({ length: 21 * 21 }, (_, i) => [Math.floor(i / 21) / 10 - 1, 0, (i % 21) / 10 - 1])

/** The sum of the shared dev metric and the brand dev macro-F1 at these offsets. */
const bothAt = (scored: { shared: ScoredDev; brand: ScoredDev }, offsets: number[]) =>
  scoresAt(scored.shared, offsets)[scored.shared.metric] +
  (scored.brand.gold.length > 0 ? scoresAt(scored.brand, offsets).macroF1 : 0)

/**
 * Class offsets (negative, positive vs neutral) that maximise `objective` while the shared dev metric
 * stays at or above `floor`; undefined when no offsets keep it there.
 */
const tuneOffsets = (shared: ScoredDev, objective: (offsets: number[]) => number, floor = -1) => {
  let best: { offsets: number[]; score: number } | undefined
  for (const offsets of OFFSETS) {
    if (scoresAt(shared, offsets)[shared.metric] < floor) continue
    const score = objective(offsets)
    if (best === undefined || score > best.score + 1e-9) best = { offsets, score }
  }
  return best?.offsets
}

export interface TrainingSets {
  /** the shared datasets' train rows */
  train: Example[]
  /** brand-sentiment train rows, weighted by a grid value */
  brand: Example[]
  /** emotion rows with weak polarity labels, weighted by a grid value */
  weak: Example[]
}

const weighted = (examples: Example[], weight: number) => examples.map((e) => ({ ...e, weight }))

/**
 * How much shared-benchmark dev score the brand rows may cost: the 0.01 the eval allows on test, plus
 * 0.01 of SGD noise — the same training with 0.001-weighted brand rows (only the shuffle order changes)
 * scored 0.0077 lower on the SemEval dev macro-recall than the reference run.
 */
export const SHARED_TOLERANCE = 0.02

/**
 * First the old procedure without brand rows (grid over the weak-row weight, offsets tuned on the shared
 * dev): its best shared dev score, minus SHARED_TOLERANCE, is the floor. Then a grid over brand-row weight,
 * epochs and weak-row weight, each with the offsets that maximise the sum of the shared dev metric and the
 * brand dev macro-F1 while the shared dev stays at or above the floor; the best sum wins (the reference
 * if no setting keeps the floor). The chosen setting is retrained on train + dev (dev brand rows at the
 * chosen brand weight).
 */
export const fitSentiment = (
  sets: TrainingSets,
  devs: { shared: DevSet; brand: DevSet },
  log: (msg: object) => void,
  weakWeights: readonly number[] = [0, 0.5],
  bag = 1,
): SentimentFit => {
  const fit = (weakWeight: number, brandWeight: number, epochs: number, seed = 7) => {
    const rows = [...sets.train, ...weighted(sets.brand, brandWeight), ...weighted(sets.weak, weakWeight)]
    const w = train(
      rows.filter((e) => e.weight > 0),
      epochs,
      0,
      seed,
      bag,
    )
    const score = (d: DevSet): ScoredDev => ({
      logits: devLogits(w, d.examples),
      gold: d.examples.map((e) => e.target as number),
      metric: d.metric,
    })
    return { shared: score(devs.shared), brand: score(devs.brand) }
  }
  const weakGrid = sets.weak.length > 0 ? weakWeights : [0]
  const entry = (config: SentimentFit['config'], scored: ReturnType<typeof fit>): SentimentFit => {
    const shared = scoresAt(scored.shared, config.offsets)
    const brand = devs.brand.examples.length > 0 ? scoresAt(scored.brand, config.offsets) : undefined
    log({ ...config, shared, brand })
    return { weights: new Float32Array(0), config, dev: { shared, ...(brand ? { brand } : {}) } }
  }
  let best: SentimentFit | undefined
  for (const weakWeight of weakGrid) {
    const scored = fit(weakWeight, 0, 4)
    const offsets = tuneOffsets(scored.shared, (o) => scoresAt(scored.shared, o)[scored.shared.metric])!
    const e = entry({ epochs: 4, l2: 0, weakWeight, brandWeight: 0, offsets }, scored)
    const metric = devs.shared.metric
    if (best === undefined || e.dev.shared[metric] > best.dev.shared[metric]) best = e
  }
  // one run's shared dev score moves by ~0.008 with the shuffle order alone: the floor starts from the
  // chosen reference's mean over three shuffle seeds, not from its one (possibly lucky) run
  const { weakWeight: refWeak } = best!.config
  const seeds = [7, 8, 9].map((seed) => {
    const scored = seed === 7 ? undefined : fit(refWeak, 0, 4, seed)
    return scored
      ? scoresAt(scored.shared, best!.config.offsets)[devs.shared.metric]
      : best!.dev.shared[devs.shared.metric]
  })
  const floor = seeds.reduce((a, b) => a + b, 0) / seeds.length - SHARED_TOLERANCE
  let bestSum = -1
  log({ reference: seeds, floor })
  // a small grid: training runs on a shared two-core machine
  if (sets.brand.length > 0)
    for (const weakWeight of weakGrid)
      for (const brandWeight of [0.5, 1, 3])
        for (const epochs of [4, 8]) {
          const scored = fit(weakWeight, brandWeight, epochs)
          const offsets = tuneOffsets(scored.shared, (o) => bothAt(scored, o), floor)
          if (!offsets) {
            const top = Math.max(...OFFSETS.map((o) => scoresAt(scored.shared, o)[devs.shared.metric]))
            log({ weakWeight, brandWeight, epochs, skipped: 'no offsets keep the shared dev floor', top })
            continue
          }
          const e = entry({ epochs, l2: 0, weakWeight, brandWeight, offsets }, scored)
          if (best!.config.brandWeight === 0 || bothAt(scored, offsets) > bestSum) {
            best = e
            bestSum = bothAt(scored, offsets)
          }
        }
  const { epochs, weakWeight, brandWeight, offsets } = best!.config
  const all = [
    ...sets.train,
    ...devs.shared.examples,
    ...weighted([...sets.brand, ...devs.brand.examples], brandWeight),
    ...weighted(sets.weak, weakWeight),
  ].filter((e) => e.weight > 0)
  const weights = train(all, epochs, 0, 7, bag)
  offsets.forEach((o, c) => {
    weights[(HASH_SIZE + DENSE.bias) * 3 + c]! += o
  })
  return { ...best!, config: bag > 1 ? { ...best!.config, bag } : best!.config, weights }
}
