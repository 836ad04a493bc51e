import { textKey } from '../../src/analysis/models/normalise-text.ts'
import type { Row } from './read-datasets.ts'

export type Split = 'train' | 'dev' | 'test'
export const SPLIT_SEED = 20261125
export const SPLIT_SHARES = { train: 0.7, dev: 0.15 } as const

/** mulberry32: small, seedable, the same on every machine. */
export const createRandom = (seed: number) => {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const shuffle = <T>(items: T[], random: () => number): T[] => {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

/**
 * Assigns every normalised text to one split. Datasets are visited in order; a text already seen keeps
 * its split (so no text is in two splits, across datasets too); new texts are shuffled per label stratum
 * (seeded) and cut 70/15/15. A row with its own fixed split (brand-sentiment) keeps it.
 */
export const assignSplits = (rows: Row[]): Map<string, Split> => {
  const splits = new Map<string, Split>()
  const datasets = [...new Set(rows.map((r) => r.dataset))]
  datasets.forEach((dataset, d) => {
    const strata = new Map<string, string[]>()
    for (const row of rows) {
      if (row.dataset !== dataset) continue
      const key = textKey(row.text)
      if (splits.has(key)) continue
      if (row.split) {
        splits.set(key, row.split)
        continue
      }
      splits.set(key, 'train')
      const list = strata.get(row.stratum) ?? []
      list.push(key)
      strata.set(row.stratum, list)
    }
    const random = createRandom(SPLIT_SEED + d)
    for (const stratum of [...strata.keys()].sort()) {
      const keys = shuffle(strata.get(stratum)!, random)
      const trainEnd = Math.round(keys.length * SPLIT_SHARES.train)
      const devEnd = Math.round(keys.length * (SPLIT_SHARES.train + SPLIT_SHARES.dev))
      keys.forEach((key, i) => {
        splits.set(key, i < trainEnd ? 'train' : i < devEnd ? 'dev' : 'test')
      })
    }
  })
  return splits
}
