/** Turns the first `n` logits of `out` into probabilities, in place (shifted by their maximum for stability). */
export const softmaxInPlace = (out: Float64Array, n = out.length): void => {
  let max = -Infinity
  for (let c = 0; c < n; c++) max = Math.max(max, out[c]!)
  let sum = 0
  for (let c = 0; c < n; c++) {
    out[c] = Math.exp(out[c]! - max)
    sum += out[c]!
  }
  for (let c = 0; c < n; c++) out[c]! /= sum
}
