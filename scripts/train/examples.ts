import { extractFeatures } from '../../src/analysis/models/features.ts'
import type { LexiconTable } from '../../src/analysis/models/lexicon-table.ts'
import { textKey } from '../../src/analysis/models/normalise-text.ts'
import type { Row } from './read-datasets.ts'
import type { Example } from './sgd.ts'
import type { Split } from './split.ts'

export interface Corpus {
  rows: Row[]
  splits: Map<string, Split>
  lexicons: Record<'en' | 'fr', LexiconTable>
}

/** Examples of one split, one per normalised text (first label wins), featurised with the row's lexicon. */
export const examplesOf = (
  corpus: Corpus,
  split: Split,
  select: (row: Row) => boolean,
  target: (row: Row) => number | number[] | undefined,
): Example[] => {
  const seen = new Set<string>()
  const examples: Example[] = []
  for (const row of corpus.rows) {
    if (!select(row)) continue
    const key = textKey(row.text)
    if (corpus.splits.get(key) !== split || seen.has(key)) continue
    const t = target(row)
    if (t === undefined) continue
    seen.add(key)
    examples.push({ fv: extractFeatures(row.text, corpus.lexicons[row.lang]), target: t, weight: 1 })
  }
  return examples
}
