/**
 * Sentiment on test splits never trained or tuned on: the shared benchmarks (SemEval-2017, UMSAB-en,
 * DEFT 2017) and the brand and customer-service set (`<shared>/data/brand-sentiment`). Vigie's linear
 * model next to the npm baselines, and next to the previous model's figures (eval/previous-sentiment.json,
 * measured by record-previous-sentiment.ts before the weights were replaced).
 */
import { readFileSync } from 'node:fs'
import { createBaselines } from '../scripts/train/baselines.ts'
import { brandDataDir } from '../scripts/train/read-brand.ts'
import { createLexiconSentiment, createLinearSentiment } from '../src/analysis/index.ts'
import { type BrandFigures, brandFigures, LABELS, type Lang, SUBSETS } from './brand-figures.ts'
import type { EvalSection } from './section.ts'
import { type SentimentFigures, SHARED_SETS, sharedFigures } from './sentiment-figures.ts'
import { HALVES, writtenCheckFigures } from './written-check.ts'

type Predict = (text: string, lang: Lang) => number
const PREVIOUS = JSON.parse(
  readFileSync(new URL('./previous-sentiment.json', import.meta.url), 'utf8'),
) as SentimentFigures & {
  commit: string
  /** the model before the written-check rows existed, measured on them (eval/record-previous-written-check.ts) */
  writtenCheck?: { commit: string; figures: ReturnType<typeof writtenCheckFigures> }
}

const models = (): { name: string; predict: Predict }[] => {
  const linear = createLinearSentiment()
  return [
    { name: 'vigie linear', predict: (t, l) => LABELS.indexOf(linear.score(t, l).label) },
    ...createBaselines().map((b) => ({ name: b.name, predict: (t: string) => b.predict(t) })),
  ]
}

const sharedSection = (sharedDir: string): EvalSection => {
  const rows: (string | number)[][] = []
  const figures = models().map((m) => ({ name: m.name, shared: sharedFigures(sharedDir, m.predict) }))
  for (const { folder, lang, target } of SHARED_SETS) {
    const prev = PREVIOUS.shared[folder]
    if (prev)
      rows.push([
        folder,
        lang,
        `previous (${PREVIOUS.commit})`,
        prev.n,
        prev.macroRecall,
        prev.macroF1,
        target,
      ])
    for (const f of figures) {
      const s = f.shared[folder]!
      rows.push([folder, lang, f.name, s.n, s.macroRecall, s.macroF1, target])
    }
  }
  return {
    title: 'Sentiment (3 classes) on our test split of the shared benchmarks',
    columns: ['dataset', 'lang', 'model', 'n', 'macro-recall', 'macro-F1', 'target'],
    rows,
    notes: [
      'Test split: 15% of each dataset, stratified, seed 20261125, no normalised text in two splits (see docs/models.md).',
      'SemEval-2017 4A primary metric is macro-recall; DEFT 2017 (UMSAB) is macro-F1.',
      'previous = the linear model before brand data was added, measured on the same rows (eval/previous-sentiment.json).',
      'The npm baselines are English-only: their French rows are reported for reference, not as a fair comparison.',
    ],
  }
}

const brandSection = (sharedDir: string): EvalSection => {
  const dir = brandDataDir(sharedDir)
  const columns = ['lang', 'rows', 'model', 'n', 'macro-recall', 'macro-F1', 'target']
  const title = 'Brand and customer-service sentiment (3 classes), test split'
  if (!dir)
    return {
      title,
      columns,
      rows: [
        ['-', '-', `skipped: no brand-sentiment data under ${sharedDir}/data/brand-sentiment`, 0, 0, 0, '-'],
      ],
    }
  const lexicon = createLexiconSentiment()
  const scored: { name: string; figures: BrandFigures }[] = [
    { name: 'AFINN (npm sentiment)', figures: brandFigures(dir, (t) => createBaselines()[0]!.predict(t)) },
    {
      name: 'vigie lexicon (AFINN/VADER + AFINN-fr/FEEL)',
      figures: brandFigures(dir, (t, l) => LABELS.indexOf(lexicon.score(t, l).label)),
    },
    ...(PREVIOUS.brand ? [{ name: `previous (${PREVIOUS.commit})`, figures: PREVIOUS.brand }] : []),
    { name: 'vigie linear', figures: brandFigures(dir, models()[0]!.predict) },
  ]
  const rows: (string | number)[][] = []
  for (const lang of ['fr', 'en'] as const)
    for (const subset of SUBSETS)
      for (const { name, figures } of scored) {
        const s = figures[lang][subset]
        if (s)
          rows.push([
            lang,
            subset,
            name,
            s.n,
            s.macroRecall,
            s.macroF1,
            subset === 'all' ? 'macro-F1 ≥ 0.75' : '',
          ])
      }
  return {
    title,
    columns,
    rows,
    notes: [
      `Data: ${dir} (README.md there: sources, licences, split). rows: all, public (from public datasets), written (sentences we wrote).`,
      'Macro scores over the classes present in the subset (the French public rows, Trustpilot reviews, have no neutral class).',
      'The French set is half written by us: its "all" figure is indicative, not a measure on real posts alone.',
    ],
  }
}

const writtenCheckSection = (): EvalSection => {
  const lexicon = createLexiconSentiment()
  const scored = [
    { name: 'AFINN (npm sentiment)', figures: writtenCheckFigures((t) => createBaselines()[0]!.predict(t)) },
    {
      name: 'vigie lexicon (AFINN/VADER + AFINN-fr/FEEL)',
      figures: writtenCheckFigures((t, l) => LABELS.indexOf(lexicon.score(t, l).label)),
    },
    ...(PREVIOUS.writtenCheck
      ? [{ name: `previous (${PREVIOUS.writtenCheck.commit})`, figures: PREVIOUS.writtenCheck.figures }]
      : []),
    { name: 'vigie linear', figures: writtenCheckFigures(models()[0]!.predict) },
  ]
  const rows: (string | number)[][] = []
  for (const lang of ['fr', 'en'] as const)
    for (const half of HALVES)
      for (const { name, figures } of scored) {
        const s = figures[lang][half]
        rows.push([lang, half, name, s.n, s.macroRecall, s.macroF1])
      }
  return {
    title: 'Customer posts written by a helper who never saw the model (synthetic, never trained on)',
    columns: ['lang', 'half', 'model', 'n', 'macro-recall', 'macro-F1'],
    rows,
    notes: [
      'eval/data/written-check/ (README there): 480 French and 320 English posts about fictional brands, CC0, one annotator.',
      'development = odd ids (their errors were read while working on the features), check = even ids (read once per model).',
      'Synthetic posts: a figure here never stands alone for a result on real posts.',
    ],
  }
}

export default async (sharedDir: string): Promise<EvalSection[]> => [
  sharedSection(sharedDir),
  brandSection(sharedDir),
  writtenCheckSection(),
]
