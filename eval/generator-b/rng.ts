// Seeded pseudo-random generator. Why our own: output must be identical for a
// seed on every machine, so no Math.random and no clock anywhere.

/** sfc32 state seeded through splitmix32: fast, good statistical quality. */
export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number | string) {
    let s = typeof seed === 'number' ? seed >>> 0 : hashString(seed)
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0
      let z = s
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    for (let i = 0; i < 12; i++) this.next()
  }

  /** A child generator: lets each module draw without shifting the others' sequences. */
  fork(label: string): Rng {
    return new Rng(hashString(label) ^ this.uint())
  }

  uint(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint() / 4294967296
  }

  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next()
  }

  int(lo: number, hiInclusive: number): number {
    return lo + Math.floor(this.next() * (hiInclusive - lo + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from empty list')
    return items[Math.floor(this.next() * items.length)]
  }

  /** Pick a key of a weight table (weights need not sum to 1). */
  weighted<K extends string>(table: Partial<Record<K, number>>): K {
    const entries = Object.entries(table) as [K, number][]
    let total = 0
    for (const [, w] of entries) total += Math.max(0, w)
    let r = this.next() * total
    for (const [k, w] of entries) {
      r -= Math.max(0, w)
      if (r < 0) return k
    }
    return entries[entries.length - 1][0]
  }

  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next()
    const v = this.next()
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  /** Log-normal with the given median: heavy-ish tails for sizes and delays. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma))
  }

  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean
  }

  /** Pareto (type I) with minimum xm and tail index alpha: follower counts, cascade sizes. */
  pareto(xm: number, alpha: number): number {
    return xm / (1 - this.next()) ** (1 / alpha)
  }

  /** Gamma(shape, scale) by Marsaglia-Tsang; used for over-dispersed counts. */
  gamma(shape: number, scale = 1): number {
    if (shape < 1) return this.gamma(shape + 1, scale) * this.next() ** (1 / shape)
    const d = shape - 1 / 3
    const c = 1 / Math.sqrt(9 * d)
    for (;;) {
      let x = 0
      let v = 0
      do {
        x = this.normal()
        v = 1 + c * x
      } while (v <= 0)
      v = v * v * v
      const u = this.next()
      if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale
    }
  }

  /** Poisson count; normal approximation for large means keeps big profiles fast. */
  poisson(mean: number): number {
    if (mean <= 0) return 0
    if (mean > 60) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))))
    const l = Math.exp(-mean)
    let k = 0
    let p = 1
    do {
      k++
      p *= this.next()
    } while (p > l)
    return k - 1
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const t = items[i]
      items[i] = items[j]
      items[j] = t
    }
    return items
  }
}

/** FNV-1a: stable string hash for labels and seeds. */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
