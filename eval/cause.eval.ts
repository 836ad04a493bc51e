/**
 * Crisis cause classifier on the hand-labelled sentences committed in src/analysis/cause/fixtures/
 * (needs no shared data). The sentences were written alongside the keyword lists, so this is a
 * development check of coverage, not an independent estimate.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { classScores } from '../scripts/train/metrics.ts'
import { classifyCause } from '../src/analysis/cause/index.ts'
import { CAUSES, type Cause, type Lang } from '../src/core/index.ts'

const FIXTURES = new URL('../src/analysis/cause/fixtures/cause-sentences.csv', import.meta.url)
const round = (x: number) => Math.round(x * 1000) / 1000

export default async (_sharedDir: string) => {
  const rows = parse(readFileSync(FIXTURES), { columns: true }) as {
    text: string
    lang: Lang
    cause: Cause
  }[]
  const table: (string | number)[][] = []
  for (const lang of ['fr', 'en', 'all'] as const) {
    const subset = rows.filter((r) => lang === 'all' || r.lang === lang)
    const gold = subset.map((r) => CAUSES.indexOf(r.cause))
    const predicted = subset.map((r) => CAUSES.indexOf(classifyCause(r.text, r.lang).cause))
    const accuracy = gold.filter((g, i) => g === predicted[i]).length / gold.length
    const f1s = classScores(gold, predicted, CAUSES.length).map((s) => s.f1)
    table.push([lang, subset.length, round(accuracy), round(f1s.reduce((a, b) => a + b, 0) / f1s.length)])
  }
  return {
    title: 'Crisis cause (rules + FR/EN keywords) on the hand-labelled sentences',
    columns: ['lang', 'n', 'accuracy', 'macro-F1 (8 causes incl. none)'],
    rows: table,
    notes: [
      'src/analysis/cause/fixtures/cause-sentences.csv: ~20 sentences per cause, written by us with the keywords in view.',
      'A development check, not an independent measure: real mentions are noisier and often carry no cue.',
    ],
  }
}
