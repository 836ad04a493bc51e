import { decideCause } from '../../../src/analysis/cause/classify-cause.ts'
import { CAUSES } from '../../../src/core/index.ts'
import { macroScores } from '../metrics.ts'
import type { Example } from '../sgd.ts'
import { createRandom, shuffle } from '../split.ts'
import { type FitSettings, fitCause, probabilitiesOf } from './fit-cause.ts'
import type { LabelledRow } from './read-cause-rows.ts'

export const FOLDS = 5
const FOLD_SEED = 20261206
/**
 * Candidate `minConfidence` values: below it a cause other than none is answered none. The floor of 0.3
 * is a prior, not tuned: the labelled rows are one-eighth `none`, a real stream is mostly chatter, so a
 * cause the model is unsure of is better left unsaid (it costs about 0.01 of cross-validated macro-F1).
 */
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]

/** Fold of each row, dealt round-robin within each (cause, language) after a seeded shuffle. */
export const foldsOf = (rows: readonly LabelledRow[], folds = FOLDS): number[] => {
  const fold = new Array<number>(rows.length).fill(0)
  const strata = new Map<string, number[]>()
  rows.forEach((r, i) => {
    const key = `${r.cause}/${r.lang}`
    strata.set(key, [...(strata.get(key) ?? []), i])
  })
  const random = createRandom(FOLD_SEED)
  let next = 0
  for (const key of [...strata.keys()].sort())
    for (const i of shuffle(strata.get(key)!, random)) fold[i] = next++ % folds
  return fold
}

export interface Scores {
  macroF1: number
  accuracy: number
  /** per-cause F1, CAUSES order */
  f1: number[]
}

export const scoresOf = (gold: number[], predicted: number[]): Scores => {
  const { macroF1 } = macroScores(gold, predicted, CAUSES.length)
  const f1 = CAUSES.map((_, c) => {
    const tp = gold.filter((g, i) => g === c && predicted[i] === c).length
    const p = predicted.filter((x) => x === c).length
    const g = gold.filter((x) => x === c).length
    return p + g > 0 ? (2 * tp) / (p + g) : 0
  })
  return { macroF1, accuracy: gold.filter((g, i) => g === predicted[i]).length / gold.length, f1 }
}

/** Index in CAUSES of the answer for class probabilities `p`. */
export const predictedIndex = (p: Float64Array, minConfidence: number) =>
  CAUSES.indexOf(decideCause(p, minConfidence).cause)

/** The threshold giving the best macro-F1 on out-of-fold probabilities (ties: the lower one). */
export const tuneThreshold = (probabilities: Float64Array[], gold: number[]) => {
  let best = { minConfidence: THRESHOLDS[0]!, scores: scoresOf(gold, []) }
  for (const t of THRESHOLDS) {
    const scores = scoresOf(
      gold,
      probabilities.map((p) => predictedIndex(p, t)),
    )
    if (scores.macroF1 > best.scores.macroF1 + 1e-9) best = { minConfidence: t, scores }
  }
  return best
}

/**
 * K-fold cross-validation on `examples` (scored out of fold); `extra` rows are added to every fold's
 * training and never scored. Returns the out-of-fold probabilities and the tuned threshold's scores.
 */
export const crossValidate = (
  examples: readonly Example[],
  folds: readonly number[],
  extra: readonly Example[],
  settings: FitSettings,
) => {
  const probabilities = new Array<Float64Array>(examples.length)
  for (let f = 0; f < FOLDS; f++) {
    const train = [...examples.filter((_, i) => folds[i] !== f), ...extra]
    const held = examples.map((e, i) => ({ e, i })).filter(({ i }) => folds[i] === f)
    const p = probabilitiesOf(
      fitCause(train, settings),
      held.map(({ e }) => e),
    )
    held.forEach(({ i }, k) => {
      probabilities[i] = p[k]!
    })
  }
  const gold = examples.map((e) => e.target as number)
  const unthresholded = scoresOf(
    gold,
    probabilities.map((p) => predictedIndex(p, 0)),
  ).macroF1
  return { probabilities, unthresholded, ...tuneThreshold(probabilities, gold) }
}
