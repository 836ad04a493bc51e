import {
  type CascadeEvent,
  type ForecastOptions,
  forecastCascade,
  type ReactionKernel,
} from './forecast-cascade.ts'

/** A cascade of the past, known to be over: its first events and how many reshares it had in the end. */
export interface CompletedCascade {
  /** the original first, then reshares; only those up to the forecast age are read */
  events: readonly CascadeEvent[]
  /** reshares in the end (the original not counted) */
  final: number
}

/** Below this many usable cascades the fit would chase noise: SEISMIC's defaults are kept. */
export const MIN_HISTORY = 20

// A generic geometric grid, not centred on any one platform: reaction delays from a minute to half an
// hour before the power law takes over, tails from very heavy to light, exposure from √followers to linear.
const SHIFTS_SECONDS = [60, 120, 300, 600, 1200, 2400]
const EXPONENTS = [0.2, 0.3, 0.45, 0.7, 1, 1.5]
const FOLLOWER_EXPONENTS = [0.5, 0.75, 1]
/** α from 1/8 to 4, in steps of about 7 % */
const CORRECTIONS = Array.from({ length: 50 }, (_, i) => 2 ** (-3 + (5 * i) / 49))

const kernels = (): ReactionKernel[] => [
  { kind: 'seismic' },
  ...SHIFTS_SECONDS.flatMap((shiftSeconds) =>
    EXPONENTS.map((exponent): ReactionKernel => ({ kind: 'shifted_power', shiftSeconds, exponent })),
  ),
]

/** The events of a cascade seen `ageSeconds` after its original, and the time they are seen at. */
const seenAt = (c: CompletedCascade, ageSeconds: number) => {
  const now = new Date(c.events[0]!.at.getTime() + ageSeconds * 1000)
  return { now, seen: c.events.filter((e) => e.at.getTime() <= now.getTime()) }
}

/** Median |log| error: the ratio between forecast and truth, robust to a few exploding cascades. */
const logError = (predicted: readonly number[], finals: readonly number[]): number => {
  const errors = predicted.map((p, i) => Math.abs(Math.log((p + 1) / (finals[i]! + 1))))
  errors.sort((a, b) => a - b)
  return errors[errors.length >> 1]!
}

interface Fit {
  options: ForecastOptions
  error: number
}

/** For one kernel and exponent, the best correction α: forecasts are `observed + α · toCome`. */
const fitCorrection = (
  base: ForecastOptions,
  cases: readonly { seen: CascadeEvent[]; now: Date; final: number }[],
): Fit => {
  const observed: number[] = []
  const toCome: number[] = []
  for (const c of cases) {
    const f = forecastCascade(c.seen, c.now, base)
    observed.push(f.observed)
    toCome.push(f.predictedFinal - f.observed)
  }
  const finals = cases.map((c) => c.final)
  // one buffer for the 50 corrections' errors, sorted as numbers: the comparator sort of a fresh array of
  // boxed numbers per correction was most of a refit. Same median: the order of numbers is one order
  const errors = new Float64Array(cases.length)
  let best: Fit = { options: base, error: Number.POSITIVE_INFINITY }
  for (const correction of CORRECTIONS) {
    let unordered = false
    for (let i = 0; i < errors.length; i++) {
      const e = Math.abs(Math.log((observed[i]! + correction * toCome[i]! + 1) / (finals[i]! + 1)))
      errors[i] = e
      if (Number.isNaN(e)) unordered = true
    }
    // a NaN has no place in the order: the comparator sort puts it where it happens to fall, as before
    const error = unordered
      ? logError(
          observed.map((o, i) => o + correction * toCome[i]!),
          finals,
        )
      : errors.sort()[errors.length >> 1]!
    if (error < best.error) best = { options: { ...base, correction }, error }
  }
  return best
}

/**
 * Fits the forecaster's free parameters (kernel, follower exponent, correction α) to cascades of the
 * past, as SEISMIC fits α on training cascades: a grid search minimising the median |log error| of
 * the forecast made `ageSeconds` after each original. Never pass it the cascades to be predicted.
 * With fewer than MIN_HISTORY cascades that had reshares at that age, returns {} (SEISMIC's defaults).
 */
export const fitForecastOptions = (
  completed: readonly CompletedCascade[],
  ageSeconds = 3600,
): ForecastOptions => {
  const cases = completed
    .filter((c) => c.events.length > 0)
    .map((c) => ({ ...seenAt(c, ageSeconds), final: c.final }))
    .filter((c) => c.seen.length > 1)
  if (cases.length < MIN_HISTORY) return {}
  let best: Fit = { options: {}, error: Number.POSITIVE_INFINITY }
  for (const kernel of kernels()) {
    for (const followerExponent of FOLLOWER_EXPONENTS) {
      const fit = fitCorrection({ kernel, followerExponent }, cases)
      if (fit.error < best.error) best = fit
    }
  }
  return best.options
}

export interface ForecasterSettings {
  /** options used until enough cascades are complete (the product's configured kernel, or SEISMIC's) */
  fallback?: ForecastOptions
  /** the age at which forecasts are fitted: one hour after the original, by default */
  ageSeconds?: number
  /** completed cascades kept, the oldest dropped first */
  maxHistory?: number
  /** refit after this many new completed cascades */
  refitEvery?: number
}

/**
 * A forecaster that learns online from one query's own past: feed it each cascade once it is over
 * (`complete`), and its forecasts switch from the fallback to options fitted on that history, refitted
 * every `refitEvery` completions. Only the events up to `ageSeconds` are kept, so memory stays bounded.
 */
export const createForecaster = (settings: ForecasterSettings = {}) => {
  const { fallback = {}, ageSeconds = 3600, maxHistory = 500, refitEvery = 25 } = settings
  const history: CompletedCascade[] = []
  let options: ForecastOptions = fallback
  let sinceFit = 0
  return {
    forecast: (events: readonly CascadeEvent[], now: Date) => forecastCascade(events, now, options),
    complete(events: readonly CascadeEvent[], final: number) {
      if (events.length === 0) return
      history.push({ events: seenAt({ events, final }, ageSeconds).seen, final })
      if (history.length > maxHistory) history.shift()
      if (++sinceFit < refitEvery) return
      sinceFit = 0
      const fitted = fitForecastOptions(history, ageSeconds)
      // too little usable history yet: keep the fallback rather than SEISMIC's bare defaults
      options = fitted.kernel ? fitted : fallback
    },
    /** the options forecasts use now */
    options: () => options,
  }
}
