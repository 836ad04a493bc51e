import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { z } from 'zod'
import { textKey } from '../../../src/analysis/models/normalise-text.ts'
import { Cause } from '../../../src/core/index.ts'

export const CauseRow = z.object({
  text: z.string().min(1),
  lang: z.enum(['fr', 'en']),
  cause: Cause,
})
export interface LabelledRow extends z.infer<typeof CauseRow> {
  /** where the row comes from: a file name */
  source: string
}

/** Rows of a JSONL file ({text, lang, cause} per line); a malformed line stops with its line number. */
export const readJsonl = (path: string, source: string): LabelledRow[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return []
      const parsed = CauseRow.safeParse(JSON.parse(line))
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`)
      return [{ ...parsed.data, source }]
    })

/** Rows of a CSV file with the columns text, lang, cause (the committed fixtures). */
export const readCsv = (path: string | URL, source: string): LabelledRow[] =>
  (parse(readFileSync(path), { columns: true }) as unknown[]).map((r) => ({
    ...CauseRow.parse(r),
    source,
  }))

/** One row per normalised text, the first one kept (a text labelled twice is not learnt twice). */
export const dedupe = (rows: LabelledRow[]): LabelledRow[] => {
  const seen = new Set<string>()
  return rows.filter((r) => {
    const key = textKey(r.text)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
