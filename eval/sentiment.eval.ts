/**
 * Sentiment on our test split of the shared data (never trained or tuned on): Vigie's linear models
 * next to the two usual npm baselines, `sentiment` (AFINN) and `vader-sentiment`, on the same rows.
 */

import { createBaselines } from '../scripts/train/baselines.ts'
import { macroScores } from '../scripts/train/metrics.ts'
import { readTestRows } from '../scripts/train/test-split.ts'
import { createLinearSentiment } from '../src/analysis/models/index.ts'

type Lang = 'en' | 'fr'
const LABELS = ['negative', 'neutral', 'positive']
const DATASETS: { folder: string; lang: Lang; target: string }[] = [
  { folder: 'semeval2017-task4a-tweeteval', lang: 'en', target: 'macro-recall ≥ 0.68' },
  { folder: 'xlmt-umsab-en-semeval2017', lang: 'en', target: 'macro-recall ≥ 0.68' },
  { folder: 'xlmt-umsab-fr-deft2017', lang: 'fr', target: 'macro-F1 ≥ 0.62' },
]

const models = (): { name: string; predict: (text: string, lang: Lang) => number }[] => {
  const linear = createLinearSentiment()
  return [
    { name: 'vigie linear', predict: (t, l) => LABELS.indexOf(linear.score(t, l).label) },
    ...createBaselines().map((b) => ({ name: b.name, predict: (t: string) => b.predict(t) })),
  ]
}

const round = (x: number) => Math.round(x * 1000) / 1000

export default async (sharedDir: string) => {
  const rows: (string | number)[][] = []
  const scorers = models()
  for (const { folder, lang, target } of DATASETS) {
    const data = readTestRows(sharedDir, folder)
    const gold = data.map((r) => LABELS.indexOf(r.label ?? ''))
    for (const model of scorers) {
      const predicted = data.map((r) => model.predict(r.text ?? '', lang))
      const { macroRecall, macroF1 } = macroScores(gold, predicted, 3)
      rows.push([folder, lang, model.name, data.length, round(macroRecall), round(macroF1), target])
    }
  }
  return {
    title: 'Sentiment (3 classes) on our test split',
    columns: ['dataset', 'lang', 'model', 'n', 'macro-recall', 'macro-F1', 'target'],
    rows,
    notes: [
      'Test split: 15% of each dataset, stratified, seed 20261125, no normalised text in two splits (see docs/models.md).',
      'SemEval-2017 4A primary metric is macro-recall; DEFT 2017 (UMSAB) is macro-F1.',
      'The npm baselines are English-only: their French rows are reported for reference, not as a fair comparison.',
      'The language is the dataset language (no detection step here).',
    ],
  }
}
