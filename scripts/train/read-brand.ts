import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { Lang, Row } from './read-datasets.ts'

/** One labelled brand or customer-service post of `<shared>/data/brand-sentiment/{fr,en}.jsonl`. */
export const BrandRow = z.object({
  text: z.string(),
  label: z.enum(['negative', 'neutral', 'positive']),
  source: z.string(),
  /** "public" (a public dataset, see the folder's README) or "written" (sentences we wrote) */
  origin: z.enum(['public', 'written']),
  split: z.enum(['train', 'dev', 'test']),
})
export type BrandRow = z.infer<typeof BrandRow>

/**
 * The brand-sentiment folder for a shared-data argument: `<shared>/data/brand-sentiment`, or the sibling
 * of a `.../sentiment` folder, or the folder itself; undefined when none holds fr.jsonl.
 */
export const brandDataDir = (dir: string): string | undefined =>
  [join(dir, 'data', 'brand-sentiment'), join(dirname(dir), 'brand-sentiment'), dir].find((d) =>
    existsSync(join(d, 'fr.jsonl')),
  )

/** Every row of one language's file, parsed; throws naming the file and line of a bad row. */
export const readBrandRows = (dir: string, lang: Lang): BrandRow[] => {
  const path = join(dir, `${lang}.jsonl`)
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = BrandRow.safeParse(JSON.parse(line))
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`)
      return parsed.data
    })
}

/** Brand rows as training rows (dataset `brand-<lang>`), keeping the split fixed in the files. */
export const brandTrainingRows = (dir: string): Row[] =>
  (['en', 'fr'] as const).flatMap((lang) =>
    readBrandRows(dir, lang).map((r) => ({
      dataset: `brand-${lang}`,
      text: r.text,
      lang,
      sentiment: SENTIMENT_INDEX[r.label],
      stratum: r.label,
      split: r.split,
    })),
  )

/** The team-written sentences committed next to this file (`written/<lang>.tsv`, CC0, see its README). */
export const WRITTEN_DIR = fileURLToPath(new URL('./written/', import.meta.url))

/**
 * Parses a written-sentences file: one `label<TAB>text` a line, `#` lines are comments. Every row is
 * declared `origin: written` and kept in the train split: written sentences never score a model.
 */
export const parseWrittenRows = (content: string, name: string): BrandRow[] =>
  content.split('\n').flatMap((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return []
    const [label, text, ...rest] = line.split('\t')
    const parsed = BrandRow.safeParse({
      text: text?.trim(),
      label,
      source: 'written',
      origin: 'written',
      split: 'train',
    })
    if (!parsed.success || rest.length > 0 || parsed.data.text === '')
      throw new Error(`${name}:${i + 1}: expected label<TAB>text`)
    return [parsed.data]
  })

/** The team-written training sentences of both languages as training rows (dataset `brand-written-<lang>`). */
export const writtenTrainingRows = (dir = WRITTEN_DIR): Row[] =>
  (['en', 'fr'] as const).flatMap((lang) => {
    const path = join(dir, `${lang}.tsv`)
    return parseWrittenRows(readFileSync(path, 'utf8'), path).map((r) => ({
      dataset: `brand-written-${lang}`,
      text: r.text,
      lang,
      sentiment: SENTIMENT_INDEX[r.label],
      stratum: r.label,
      split: r.split,
    }))
  })

const SENTIMENT_INDEX = { negative: 0, neutral: 1, positive: 2 } as const
