/**
 * The figures `npm run eval` reports for a sentiment model: the shared test splits (SemEval-2017, UMSAB-en,
 * DEFT 2017) and the brand-sentiment test split. `record-previous-sentiment.ts` saves them for the model of
 * a given commit, so later models are compared with it.
 */
import { macroScores } from '../scripts/train/metrics.ts'
import { readTestRows } from '../scripts/train/test-split.ts'
import { type BrandFigures, brandFigures, LABELS, type Lang, type Scores } from './brand-figures.ts'

export const SHARED_SETS: { folder: string; lang: Lang; target: string }[] = [
  { folder: 'semeval2017-task4a-tweeteval', lang: 'en', target: 'macro-recall ≥ 0.68' },
  { folder: 'xlmt-umsab-en-semeval2017', lang: 'en', target: 'macro-recall ≥ 0.68' },
  { folder: 'xlmt-umsab-fr-deft2017', lang: 'fr', target: 'macro-F1 ≥ 0.62' },
]

export interface SentimentFigures {
  shared: Record<string, Scores>
  brand?: BrandFigures
}

const round = (x: number) => Math.round(x * 1000) / 1000

export const sharedFigures = (
  sharedDir: string,
  predict: (text: string, lang: Lang) => number,
): Record<string, Scores> => {
  const out: Record<string, Scores> = {}
  for (const { folder, lang } of SHARED_SETS) {
    const data = readTestRows(sharedDir, folder)
    const gold = data.map((r) => LABELS.indexOf((r.label ?? '') as (typeof LABELS)[number]))
    const { macroRecall, macroF1 } = macroScores(
      gold,
      data.map((r) => predict(r.text ?? '', lang)),
      3,
    )
    out[folder] = { n: data.length, macroRecall: round(macroRecall), macroF1: round(macroF1) }
  }
  return out
}

export const sentimentFigures = (
  sharedDir: string,
  brandDir: string | undefined,
  predict: (text: string, lang: Lang) => number,
): SentimentFigures => ({
  shared: sharedFigures(sharedDir, predict),
  ...(brandDir ? { brand: brandFigures(brandDir, predict) } : {}),
})
