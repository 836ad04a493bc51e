/**
 * The customer posts of `eval/data/written-check/` (FR and EN, synthetic, written by a helper who never saw the
 * model; see its README): macro-F1 of a sentiment predictor on each half. Odd ids are development rows (their
 * errors may be read while working on the model), even ids are the check half, read once per model change.
 */
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { LABELS, type Lang, presentClassScores, type Scores } from './brand-figures.ts'

const Row = z.object({
  id: z.string().regex(/^(fr|en)-\d+$/),
  text: z.string().min(1),
  label: z.enum(LABELS),
  category: z.string(),
})
export type WrittenRow = z.infer<typeof Row>
export const HALVES = ['development', 'check'] as const
export type Half = (typeof HALVES)[number]

export const writtenCheckRows = (lang: Lang): WrittenRow[] =>
  readFileSync(new URL(`./data/written-check/${lang}-customer.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = Row.safeParse(JSON.parse(line))
      if (!parsed.success)
        throw new Error(`written-check/${lang}-customer.jsonl:${i + 1}: ${parsed.error.message}`)
      return parsed.data
    })

export const halfOf = (row: WrittenRow): Half =>
  Number(row.id.split('-')[1]) % 2 === 1 ? 'development' : 'check'

/** Scores of `predict` (0 negative, 1 neutral, 2 positive) per language and half. */
export const writtenCheckFigures = (
  predict: (text: string, lang: Lang) => number,
): Record<Lang, Record<Half, Scores>> => {
  const score = (lang: Lang) => {
    // each file read once: both halves come from it
    const rows = writtenCheckRows(lang)
    const half = (h: Half) => {
      const of = rows.filter((r) => halfOf(r) === h)
      return presentClassScores(
        of.map((r) => LABELS.indexOf(r.label)),
        of.map((r) => predict(r.text, lang)),
      )
    }
    return { development: half('development'), check: half('check') }
  }
  return { fr: score('fr'), en: score('en') }
}
