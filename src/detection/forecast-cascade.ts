/** One post of a cascade: the original first, then each reshare, with its author's followers. */
export interface CascadeEvent {
  at: Date
  followers: number
}

export interface CascadeForecast {
  /** reshares predicted in the end (the original not counted) */
  predictedFinal: number
  /** reshares seen up to `now` */
  observed: number
  /** estimated probability that a follower who sees a post reshares it */
  infectiousness: number
  /** expected reshares per reshare (≥ 1: the cascade is still exploding, the forecast is a floor) */
  branching: number
}

export interface ForecastOptions {
  /** followers of a typical future resharer; by default, the median of those seen */
  resharerFollowers?: number
  /** SEISMIC's correction factor for reshares the memory kernel misses */
  correction?: number
  /** "final" means this long after the original post (the kernel's tail is long) */
  horizonHours?: number
  /** how reaction delays are spread; SEISMIC's by default */
  kernel?: ReactionKernel
  /** exposure grows as followers^exponent (1 in SEISMIC; below 1 when big audiences react less per head) */
  followerExponent?: number
}

/**
 * The distribution of reaction delays: SEISMIC's (flat for 5 minutes, then a power law of exponent
 * 1.242), or a shifted power law `(Δt + shift)^-(1+exponent)`.
 */
export type ReactionKernel =
  | { kind: 'seismic' }
  | { kind: 'shifted_power'; shiftSeconds: number; exponent: number }

// SEISMIC's human reaction-time kernel: flat for 5 minutes, then a power law (Zhao et al., KDD 2015).
const S0 = 300
const THETA = 0.242
const C0 = 1 / (S0 * (1 + 1 / THETA))

/** The share of a post's lifetime influence already spent `s` seconds after it was posted. */
export const spentInfluence = (s: number): number => {
  if (s <= 0) return 0
  if (s <= S0) return C0 * s
  return C0 * S0 + ((C0 * S0) / THETA) * (1 - (s / S0) ** -THETA)
}

export const medianOf = (xs: number[]): number => {
  xs.sort((a, b) => a - b)
  const mid = xs.length >> 1
  return xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2
}

export const cumulativeOf = (kernel: ReactionKernel | undefined): ((s: number) => number) => {
  if (!kernel || kernel.kind === 'seismic') return spentInfluence
  const { shiftSeconds: c, exponent } = kernel
  return (s) => (s <= 0 ? 0 : 1 - (c / (s + c)) ** exponent)
}

/**
 * Forecasts the final number of reshares of a post from its reshares so far, in the spirit of
 * SEISMIC: a self-exciting process where each post exposes its author's followers over time
 * following the kernel above. The infectiousness is the reshares seen over the exposure spent so
 * far; what is still to come is the exposure not yet spent, amplified by later generations.
 */
export const forecastCascade = (
  events: readonly CascadeEvent[],
  now: Date,
  options: ForecastOptions = {},
): CascadeForecast => {
  const t = now.getTime()
  const past = events.filter((e) => e.at.getTime() <= t)
  const observed = Math.max(0, past.length - 1)
  if (past.length === 0) return { predictedFinal: 0, observed: 0, infectiousness: 0, branching: 0 }
  const horizon = (options.horizonHours ?? 168) * 3600
  const origin = past[0]!.at.getTime()
  const spentAt = cumulativeOf(options.kernel)
  const beta = options.followerExponent ?? 1
  let spent = 0
  let remaining = 0
  const audiences: number[] = []
  past.forEach((e, i) => {
    const n = Math.max(1, e.followers) ** beta
    const f = spentAt((t - e.at.getTime()) / 1000)
    spent += n * f
    remaining += n * Math.max(0, spentAt(horizon - (e.at.getTime() - origin) / 1000) - f)
    if (i > 0) audiences.push(n)
  })
  const p = observed / Math.max(spent, 1)
  // The median, not the mean: one large account among the resharers would otherwise push p·γ past 1.
  const gamma =
    options.resharerFollowers !== undefined
      ? options.resharerFollowers ** beta
      : observed > 0
        ? medianOf(audiences)
        : Math.max(1, past[0]!.followers) ** beta
  const branching = p * gamma
  // Past the critical point the cascade keeps exploding: the forecast is then a floor, capped at 20×.
  const amplification = 1 / Math.max(1 - branching, 0.05)
  const predictedFinal = observed + (options.correction ?? 1) * p * remaining * amplification
  return { predictedFinal, observed, infectiousness: p, branching }
}
