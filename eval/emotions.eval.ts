/**
 * Emotions on our test split: GoEmotions (English Reddit, Ekman six + neutral) and XED (French subtitle
 * lines, Plutchik → the six). Macro-F1 over labels of a multi-label task; an emotion is present at ≥ 0.5.
 */

import { binaryScores, multiLabelMacroF1 } from '../scripts/train/metrics.ts'
import { readTestRows } from '../scripts/train/test-split.ts'
import {
  createCoupledEmotions,
  createLexiconEmotions,
  createLinearEmotions,
  type EmotionModel,
} from '../src/analysis/index.ts'
import { EMOTIONS } from '../src/core/index.ts'
import { createDefaultModels } from '../src/runtime/index.ts'

const DATASETS = [
  { folder: 'goemotions', lang: 'en', column: 'labels_ekman', withNeutral: true },
  { folder: 'xed-fr', lang: 'fr', column: 'labels', withNeutral: false },
] as const

const round = (x: number) => Math.round(x * 1000) / 1000

/** 0/1 per emotion (EMOTIONS order), then neutral = no emotion. */
const withNeutral = (flags: number[]) => [...flags, flags.some((f) => f === 1) ? 0 : 1]

export default async (sharedDir: string) => {
  const models: [string, EmotionModel][] = [
    ['linear', createLinearEmotions()],
    ['lexicon', createLexiconEmotions()],
    ['shipped', createCoupledEmotions(createDefaultModels().emotions, createDefaultModels().sentiment)],
  ]
  const rows: (string | number)[][] = []
  for (const [name, model] of models) rows.push(...scoreModel(sharedDir, name, model))
  return {
    title: 'Emotions on our test split (macro-F1), and false emotions on neutral tweets',
    columns: ['model', 'dataset', 'lang', 'n', 'macro-F1', `F1 per label (${EMOTIONS.join(' ')} [neutral])`],
    rows,
    notes: [
      'GoEmotions: six emotions + neutral (neutral = no emotion ≥ 0.5). XED-fr: six emotions (anticipation, trust dropped).',
      'neutral tweets: share of the sentiment test split labelled neutral where the model finds an emotion ≥ 0.5 (lower is better).',
      'shipped = what the product stores: linear, made to agree with the linear sentiment (coupleEmotions: an emotion is 0 while its polarity is no likelier than 1/3, whole from 2/3, and 0 while it is no likelier than the opposite polarity, whole from twice as likely; docs/models.md).',
      'No npm emotion baseline exists (sentiment and vader-sentiment score polarity only). Published GoEmotions Ekman BERT: 0.624.',
    ],
  }
}

const NEUTRAL_SETS = [
  { folder: 'semeval2017-task4a-tweeteval', lang: 'en' },
  { folder: 'xlmt-umsab-fr-deft2017', lang: 'fr' },
] as const

const scoreModel = (sharedDir: string, name: string, model: EmotionModel): (string | number)[][] => {
  const rows: (string | number)[][] = []
  for (const { folder, lang, column, withNeutral: neutral } of DATASETS) {
    const data = readTestRows(sharedDir, folder)
    const gold = data.map((r) => {
      const labels = (r[column] ?? '').split(',')
      const flags = EMOTIONS.map((e) => (labels.includes(e) ? 1 : 0))
      return neutral ? withNeutral(flags) : flags
    })
    const predicted = data.map((r) => {
      const scores = model.score(r.text ?? '', lang)
      const flags = EMOTIONS.map((e) => (scores[e] >= 0.5 ? 1 : 0))
      return neutral ? withNeutral(flags) : flags
    })
    const labels = neutral ? 7 : 6
    const perLabel = Array.from({ length: labels }, (_, l) => round(labelF1(gold, predicted, l)))
    rows.push([
      name,
      folder,
      lang,
      data.length,
      round(multiLabelMacroF1(gold, predicted, labels)),
      perLabel.join(' '),
    ])
  }
  for (const { folder, lang } of NEUTRAL_SETS) {
    const neutral = readTestRows(sharedDir, folder).filter((r) => r.label === 'neutral')
    const fired = neutral.filter((r) =>
      EMOTIONS.some((e) => model.score(r.text ?? '', lang)[e] >= 0.5),
    ).length
    rows.push([
      name,
      `${folder} (neutral tweets)`,
      lang,
      neutral.length,
      round(fired / Math.max(neutral.length, 1)),
      'share with an emotion ≥ 0.5',
    ])
  }
  return rows
}

const labelF1 = (gold: number[][], predicted: number[][], l: number) => {
  let tp = 0
  let fp = 0
  let fn = 0
  gold.forEach((g, i) => {
    const p = predicted[i]![l]
    if (g[l] === 1 && p === 1) tp++
    else if (p === 1) fp++
    else if (g[l] === 1) fn++
  })
  return binaryScores(tp, fp, fn).f1
}
