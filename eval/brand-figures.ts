/**
 * Macro scores of a sentiment predictor on the brand-sentiment test split (`<shared>/data/brand-sentiment`),
 * per language and per origin: all rows, rows from public datasets, rows we wrote ourselves.
 */
import { classScores } from '../scripts/train/metrics.ts'
import { type BrandRow, readBrandRows } from '../scripts/train/read-brand.ts'

export type Lang = 'en' | 'fr'
export const LABELS = ['negative', 'neutral', 'positive'] as const
export const SUBSETS = ['all', 'public', 'written'] as const
export type Subset = (typeof SUBSETS)[number]
export interface Scores {
  n: number
  macroRecall: number
  macroF1: number
}
export type BrandFigures = Record<Lang, Partial<Record<Subset, Scores>>>

const round = (x: number) => Math.round(x * 1000) / 1000
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)

/** Macro scores over the classes present in the gold labels (a subset may lack neutral rows). */
export const presentClassScores = (gold: number[], predicted: number[]): Scores => {
  const present = LABELS.map((_, c) => gold.includes(c))
  const scores = classScores(gold, predicted, 3).filter((_, c) => present[c])
  return {
    n: gold.length,
    macroRecall: round(mean(scores.map((s) => s.recall))),
    macroF1: round(mean(scores.map((s) => s.f1))),
  }
}

export const brandTestRows = (dir: string, lang: Lang): BrandRow[] =>
  readBrandRows(dir, lang).filter((r) => r.split === 'test')

const inSubset = (subset: Subset) => (r: BrandRow) => subset === 'all' || r.origin === subset

/** Scores of `predict` (0 negative, 1 neutral, 2 positive) on the test rows of both languages. */
export const brandFigures = (dir: string, predict: (text: string, lang: Lang) => number): BrandFigures => {
  const out: BrandFigures = { en: {}, fr: {} }
  for (const lang of ['en', 'fr'] as const) {
    const rows = brandTestRows(dir, lang)
    for (const subset of SUBSETS) {
      const selected = rows.filter(inSubset(subset))
      if (selected.length === 0) continue
      out[lang][subset] = presentClassScores(
        selected.map((r) => LABELS.indexOf(r.label)),
        selected.map((r) => predict(r.text, lang)),
      )
    }
  }
  return out
}
