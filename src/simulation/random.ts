/**
 * A seeded pseudo-random generator (xoshiro128**, seeded through a string hash), so a scenario is the
 * same for the same seed on every machine. `fork(label)` derives an independent stream: adding one event
 * does not shift the randomness of everything else.
 */
export interface Random {
  /** uniform in [0, 1) */
  next(): number
  /** uniform integer in [min, max] */
  int(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** standard normal */
  normal(): number
  logNormal(mu: number, sigma: number): number
  /** Pareto type I: ≥ scale, tail index alpha (smaller is heavier) */
  pareto(scale: number, alpha: number): number
  exponential(mean: number): number
  poisson(mean: number): number
  fork(label: string): Random
}

/** Hashes a string into four 32-bit words (a cyrb128-style mix). */
const hashSeed = (text: string): [number, number, number, number] => {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0]
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k))

const createXoshiro = (seed: string): (() => number) => {
  let [a, b, c, d] = hashSeed(seed)
  if ((a | b | c | d) === 0) a = 1
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0
    const t = b << 9
    c ^= a
    d ^= b
    b ^= c
    a ^= d
    c ^= t
    d = rotl(d, 11)
    return result / 4294967296
  }
}

export const createRandom = (seed: string | number): Random => {
  const label = String(seed)
  const next = createXoshiro(label)
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[Math.floor(next() * items.length)] as (typeof items)[number]
    },
    normal: () => {
      // Box-Muller; 1 - next() avoids log(0)
      const u = 1 - next()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next())
    },
    logNormal: (mu, sigma) => Math.exp(mu + sigma * random.normal()),
    pareto: (scale, alpha) => scale / (1 - next()) ** (1 / alpha),
    exponential: (mean) => -mean * Math.log(1 - next()),
    poisson: (mean) => {
      if (mean <= 0) return 0
      if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.normal()))
      const limit = Math.exp(-mean)
      let count = 0
      for (let p = next(); p > limit; p *= next()) count++
      return count
    },
    fork: (child) => createRandom(`${label}/${child}`),
  }
  return random
}
