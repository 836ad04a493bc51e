import {
  type CascadeEvent,
  type CascadeForecast,
  cumulativeOf,
  type ForecastOptions,
  forecastCascade,
} from './forecast-cascade.ts'

/**
 * A growing cascade forecast again at every bucket it moves in. What does not depend on `now` (each
 * event's exposure and its share of influence at the horizon, the sorted resharer audiences) is worked
 * out once per event, not at every forecast; the rest is `forecastCascade`'s arithmetic in its order,
 * so `forecast(now)` is `forecastCascade(events, new Date(now), options)` to the bit.
 * A class: a query opens a cascade for every post that gets a reply, its methods are shared.
 */
export class ForecastTrack {
  readonly #options: ForecastOptions
  readonly #spentAt: (s: number) => number
  readonly #beta: number
  readonly #horizon: number
  readonly #times: number[] = []
  readonly #followers: number[] = []
  readonly #exposures: number[] = []
  readonly #atHorizon: number[] = []
  // the resharers' audiences, kept sorted as they come: the median is read without a sort
  readonly #audiences: number[] = []
  #latest = Number.NEGATIVE_INFINITY
  // an event after `now`, or an exposure that is not a number, takes `forecastCascade` itself
  #plain = true

  constructor(options: ForecastOptions = {}) {
    this.#options = options
    this.#spentAt = cumulativeOf(options.kernel)
    this.#beta = options.followerExponent ?? 1
    this.#horizon = (options.horizonHours ?? 168) * 3600
  }

  /** events so far: the original first, then each reshare */
  get size(): number {
    return this.#times.length
  }

  add(at: number, followers: number): void {
    const n = Math.max(1, followers) ** this.#beta
    const times = this.#times
    times.push(at)
    this.#followers.push(followers)
    this.#exposures.push(n)
    this.#atHorizon.push(this.#spentAt(this.#horizon - (at - times[0]!) / 1000))
    this.#latest = Math.max(this.#latest, at)
    if (Number.isNaN(n) || Number.isNaN(at)) this.#plain = false
    if (times.length === 1) return
    const audiences = this.#audiences
    let i = audiences.length
    while (i > 0 && audiences[i - 1]! > n) i--
    audiences.push(n)
    for (let j = audiences.length - 1; j > i; j--) audiences[j] = audiences[j - 1]!
    audiences[i] = n
  }

  forecast(now: number): CascadeForecast {
    const options = this.#options
    const times = this.#times
    if (!this.#plain || this.#latest > now) return forecastCascade(this.#events(), new Date(now), options)
    if (times.length === 0) return { predictedFinal: 0, observed: 0, infectiousness: 0, branching: 0 }
    const observed = times.length - 1
    const exposures = this.#exposures
    const atHorizon = this.#atHorizon
    const spentAt = this.#spentAt
    let spent = 0
    let remaining = 0
    for (let i = 0; i < times.length; i++) {
      const n = exposures[i]!
      const f = spentAt((now - times[i]!) / 1000)
      spent += n * f
      remaining += n * Math.max(0, atHorizon[i]! - f)
    }
    const p = observed / Math.max(spent, 1)
    const gamma =
      options.resharerFollowers !== undefined
        ? options.resharerFollowers ** this.#beta
        : observed > 0
          ? this.#medianAudience()
          : Math.max(1, this.#followers[0]!) ** this.#beta
    const branching = p * gamma
    const amplification = 1 / Math.max(1 - branching, 0.05)
    const predictedFinal = observed + (options.correction ?? 1) * p * remaining * amplification
    return { predictedFinal, observed, infectiousness: p, branching }
  }

  #medianAudience(): number {
    const audiences = this.#audiences
    const mid = audiences.length >> 1
    return audiences.length % 2 === 1 ? audiences[mid]! : (audiences[mid - 1]! + audiences[mid]!) / 2
  }

  /** the events as `forecastCascade` takes them */
  events(): CascadeEvent[] {
    return this.#events()
  }

  #events(): CascadeEvent[] {
    return this.#times.map((t, i) => ({ at: new Date(t), followers: this.#followers[i]! }))
  }
}
