/** Per-class precision/recall/F1 from gold and predicted class indices. */
export const classScores = (gold: number[], predicted: number[], classes: number) =>
  Array.from({ length: classes }, (_, c) => {
    let tp = 0
    let fp = 0
    let fn = 0
    gold.forEach((g, i) => {
      const p = predicted[i]
      if (g === c && p === c) tp++
      else if (p === c) fp++
      else if (g === c) fn++
    })
    return binaryScores(tp, fp, fn)
  })

export const binaryScores = (tp: number, fp: number, fn: number) => {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)

/** SemEval-2017 4A's primary metric (macro-averaged recall) and macro-F1. */
export const macroScores = (gold: number[], predicted: number[], classes: number) => {
  const scores = classScores(gold, predicted, classes)
  return { macroRecall: mean(scores.map((s) => s.recall)), macroF1: mean(scores.map((s) => s.f1)) }
}

/** Macro-F1 over labels of a multi-label task: gold/predicted are 0/1 per label (gold -1 = unknown). */
export const multiLabelMacroF1 = (gold: number[][], predicted: number[][], labels: number) =>
  mean(
    Array.from({ length: labels }, (_, l) => {
      let tp = 0
      let fp = 0
      let fn = 0
      gold.forEach((g, i) => {
        const y = g[l]!
        const p = predicted[i]![l]!
        if (y < 0) return
        if (y === 1 && p === 1) tp++
        else if (p === 1) fp++
        else if (y === 1) fn++
      })
      return binaryScores(tp, fp, fn).f1
    }),
  )
