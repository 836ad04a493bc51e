/** NAB's scaled sigmoid: +1 well before a window's end, 0 at its end, −1 from three widths after it. */
export const scaledSigmoid = (y: number): number => (y > 3 ? -1 : 2 / (1 + Math.exp(5 * y)) - 1)

/** The value at a window's first row, used to make an on-time detection worth exactly `tpWeight`. */
export const SCALED_SIGMOID_MAX = scaledSigmoid(-1)
