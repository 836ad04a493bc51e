/**
 * The pre-publication checker on labelled drafts written by helpers who never saw the checks
 * (eval/data/checker/README.md): precision and recall per kind and overall, per split. `test3.jsonl`
 * (700 drafts, 2026-12-07) is the untouched test split: nothing is tuned on it. `dev.jsonl`, `dev2.jsonl` and
 * the earlier `test.jsonl` are development data since then (the earlier test split was read while tuning).
 * Targets on test3: recall ≥ 0.95 for personal data and confidential, ≥ 0.85 overall; precision ≥ 0.90
 * overall. dev2 and test3 label every draft written during an incident `crisis_echo` (the charter's rule,
 * which the checker follows); dev and test label sober ones safe. `dev3.jsonl` (520 drafts by a fourth writer,
 * 2026-12-07, rich in personal data and confidential leaks; sober incident drafts safe) is development data.
 * `dev5`–`dev8.jsonl` (480 drafts each, four more writers, 2026-12-08; every draft written during an incident
 * `crisis_echo`, as the charter says) are development data too. `test4.jsonl` (600 drafts, a fifth writer,
 * 2026-12-07) was sealed until the sixth round was judged on it, once; it labels sober incident drafts safe.
 * `test5.jsonl` (600 drafts, 2026-12-08) was sealed until the seventh round was judged on it, once.
 * `CHECKER_SPLITS=dev,dev2,dev3,test,dev5,dev6,dev7,dev8` scores only the splits named: how the checker is tuned
 * without reading the test splits.
 */
import { existsSync, readFileSync } from 'node:fs'
import { checkPost } from '../src/prevention/index.ts'
import { type KindScore, LabelledDraft, scoreKinds } from './checker-scores.ts'
import type { EvalSection } from './section.ts'

const ALL_SPLITS = [
  'dev',
  'dev2',
  'test',
  'dev3',
  'dev5',
  'dev6',
  'dev7',
  'dev8',
  'test3',
  'test4',
  'test5',
] as const
const SPLITS = process.env.CHECKER_SPLITS
  ? ALL_SPLITS.filter((s) => process.env.CHECKER_SPLITS!.split(',').includes(s))
  : ALL_SPLITS
const fileOf = (split: string) => new URL(`./data/checker/${split}.jsonl`, import.meta.url)

const TARGETS: Partial<Record<KindScore['kind'], string>> = {
  personal_data: 'recall ≥ 0.95',
  confidential: 'recall ≥ 0.95',
  overall: 'recall ≥ 0.85, precision ≥ 0.90',
}

const readSplit = (split: string): LabelledDraft[] =>
  readFileSync(fileOf(split), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = LabelledDraft.safeParse(JSON.parse(line))
      if (!parsed.success) throw new Error(`${split}.jsonl line ${i + 1}: ${parsed.error.message}`)
      return parsed.data
    })

/** What the checker says of one labelled draft: the kinds it flags. */
export const predictKinds = (d: LabelledDraft) => [
  ...new Set(
    checkPost(
      { text: d.text, lang: d.lang, network: d.network, audience: d.audience, authorRole: d.authorRole },
      { confidentialTerms: d.context?.confidentialTerms, activeIncident: d.context?.activeIncident },
    ).map((f) => f.kind),
  ),
]

const cell = (v: number | undefined) => (v === undefined ? '-' : v)

export default async (): Promise<EvalSection> => {
  const rows: (string | number)[][] = []
  const notes: string[] = []
  for (const split of SPLITS) {
    if (!existsSync(fileOf(split))) {
      notes.push(`eval/data/checker/${split}.jsonl is missing: the ${split} split is skipped`)
      continue
    }
    const drafts = readSplit(split)
    const scores = scoreKinds(drafts.map((d) => ({ labels: d.kinds, predicted: predictKinds(d) })))
    for (const s of scores)
      rows.push([
        split,
        s.kind,
        drafts.length,
        s.positives,
        cell(s.precision),
        cell(s.recall),
        TARGETS[s.kind] ?? '',
      ])
  }
  return {
    title: 'Pre-publication checker: draft-level precision and recall per kind',
    columns: ['split', 'kind', 'drafts', 'positives', 'precision', 'recall', 'target (test splits)'],
    rows,
    notes,
  }
}
