import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'

export type Lang = 'en' | 'fr'
/** One labelled text; emotion targets are 1/0, or -1 where the dataset says nothing about that emotion. */
export interface Row {
  dataset: string
  text: string
  lang: Lang
  /** 0 negative, 1 neutral, 2 positive */
  sentiment?: number
  /** anger, fear, sadness, joy, surprise, disgust */
  emotions?: number[]
  /** the stratification label */
  stratum: string
  /** the dataset's own emotion labels (for weak sentiment labels) */
  rawLabels?: string[]
  /** a split fixed by the dataset itself (the brand-sentiment files), not drawn by assignSplits */
  split?: 'train' | 'dev' | 'test'
}

export const SENTIMENTS = ['negative', 'neutral', 'positive']
export const SIX = ['anger', 'fear', 'sadness', 'joy', 'surprise', 'disgust']

const readCsv = (dir: string, folder: string): Record<string, string>[] => {
  const path = join(dir, folder, 'data.csv')
  try {
    return parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true })
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`)
  }
}

const sentimentRows = (dir: string, folder: string, lang: Lang): Row[] =>
  readCsv(dir, folder).map((r) => ({
    dataset: folder,
    text: r.text ?? '',
    lang,
    sentiment: SENTIMENTS.indexOf(r.label ?? ''),
    stratum: r.label ?? '',
  }))

/** Multi-label emotion rows; `known` lists the emotions the dataset annotates (others get -1). */
const emotionRows = (dir: string, folder: string, lang: Lang, column: string, known: string[]): Row[] =>
  readCsv(dir, folder).map((r) => {
    const labels = (r[column] ?? '').split(',').map((l) => (l === 'optimism' ? 'joy' : l))
    return {
      dataset: folder,
      text: r.text ?? '',
      lang,
      emotions: SIX.map((e) => (known.includes(e) ? (labels.includes(e) ? 1 : 0) : -1)),
      stratum: labels[0] ?? '',
      rawLabels: labels,
    }
  })

/** Every labelled dataset, in the fixed order the split procedure visits them. */
export const readDatasets = (dir: string): Row[] => [
  ...sentimentRows(dir, 'semeval2017-task4a-tweeteval', 'en'),
  ...sentimentRows(dir, 'xlmt-umsab-en-semeval2017', 'en'),
  ...sentimentRows(dir, 'vader-tweets-groundtruth', 'en'),
  ...sentimentRows(dir, 'xlmt-umsab-fr-deft2017', 'fr'),
  ...emotionRows(dir, 'goemotions', 'en', 'labels_ekman', SIX),
  ...emotionRows(dir, 'tweeteval-emotion-semeval2018', 'en', 'label', ['anger', 'joy', 'sadness']),
  ...emotionRows(dir, 'xed-fr', 'fr', 'labels', SIX),
]
