/**
 * `npm run train:cause -- <labelled.jsonl> [more.jsonl…]`: learns the crisis-cause model from labelled
 * FR/EN sentences ({text, lang, cause} per line) plus the committed development fixtures, choosing the
 * features, epochs, L2 and the `none` threshold by 5-fold cross-validation on the JSONL rows, then writes
 * src/analysis/cause/data/ (model + TRAINING.md). Deterministic: fixed fold and SGD seeds.
 */
import { basename, join } from 'node:path'
import pino from 'pino'
import type { CauseFeatureOptions } from '../src/analysis/cause/cause-features.ts'
import { causeModelToJson } from '../src/analysis/cause/cause-model.ts'
import { classifyByKeywords } from '../src/analysis/cause/classify-by-keywords.ts'
import { textKey } from '../src/analysis/models/normalise-text.ts'
import { CAUSES } from '../src/core/index.ts'
import { crossValidate, foldsOf, predictedIndex, scoresOf } from './train/cause/cross-validate.ts'
import { examplesOf, type FitSettings, fitCause } from './train/cause/fit-cause.ts'
import { dedupe, type LabelledRow, readCsv, readJsonl } from './train/cause/read-cause-rows.ts'
import { writeCauseReport } from './train/cause/write-cause-report.ts'
import { writeGzipJson } from './train/write-model-files.ts'

const log = pino({ name: 'train-cause' })
const OUT = new URL('../src/analysis/cause/data/', import.meta.url).pathname
const FIXTURES = new URL('../src/analysis/cause/fixtures/', import.meta.url)
/** committed sentences learnt from but never scored here; the blind fixture stays out of training */
const EXTRA_FILES = ['cause-sentences.csv', 'cause-sentences-holdout.csv']

// words = unigrams and word pairs; chars = character 3/4-grams; prefixes = 5-letter stems; cues = keyword rules
const FEATURE_SETS: Record<string, CauseFeatureOptions> = {
  words: { bigrams: true, charGrams: false, cues: false },
  'words+cues': { bigrams: true, charGrams: false, cues: true },
  'words+chars+cues': { bigrams: true, charGrams: true, cues: true },
  'words+chars+prefixes+cues': { bigrams: true, charGrams: true, cues: true, prefixes: true },
}
const EPOCHS = [10, 20, 40]
const L2 = [1e-4, 3e-4]
const LEARNING_RATE = 0.2

const main = () => {
  const paths = process.argv.slice(2)
  if (paths.length === 0) throw new Error('usage: npm run train:cause -- <labelled.jsonl> [more.jsonl…]')
  const data = dedupe(paths.flatMap((p) => readJsonl(p, basename(p))))
  const keys = new Set(data.map((r) => textKey(r.text)))
  const extra = dedupe(EXTRA_FILES.flatMap((f) => readCsv(new URL(f, FIXTURES), f))).filter(
    (r) => !keys.has(textKey(r.text)),
  )
  log.info({ data: data.length, extra: extra.length }, 'rows')
  const folds = foldsOf(data)
  const gold = data.map((r) => CAUSES.indexOf(r.cause))
  const rules = scoresOf(
    gold,
    data.map((r) => CAUSES.indexOf(classifyByKeywords([r.text]).cause)),
  )
  log.info({ macroF1: rules.macroF1, accuracy: rules.accuracy }, 'keyword rules on the data')
  const trials = search(data, extra, folds)
  const best = trials.reduce((a, b) => (b.macroF1 > a.macroF1 + 1e-9 ? b : a))
  const withoutExtra = evaluate(data, [], folds, best.name, best.settings)
  log.info({ ...best, withoutExtra: withoutExtra.macroF1 }, 'chosen')
  const examples = examplesOf([...data, ...extra], best.settings.features)
  const model = causeModelToJson(
    fitCause(examples, best.settings),
    best.settings.features,
    best.minConfidence,
  )
  const bytes = writeGzipJson(join(OUT, 'cause-model.json.gz'), model)
  writeCauseReport(join(OUT, 'TRAINING.md'), {
    data,
    extra,
    rules,
    trials,
    best,
    withoutExtra,
    bytes,
    sources: [...paths.map((p) => basename(p)), ...EXTRA_FILES],
  })
  log.info({ bytes }, 'cause model written')
}

export interface Trial {
  name: string
  settings: FitSettings
  minConfidence: number
  macroF1: number
  accuracy: number
  f1: number[]
  /** macro-F1 with no threshold (the most probable class always answered) */
  unthresholded: number
  /** macro-F1 of French and English rows */
  byLang: Record<'fr' | 'en', number>
}

const evaluate = (
  data: LabelledRow[],
  extra: LabelledRow[],
  folds: number[],
  name: string,
  settings: FitSettings,
): Trial => {
  const cv = crossValidate(
    examplesOf(data, settings.features),
    folds,
    examplesOf(extra, settings.features),
    settings,
  )
  const byLang = (lang: 'fr' | 'en') => {
    const rows = data.map((r, i) => ({ r, i })).filter(({ r }) => r.lang === lang)
    return scoresOf(
      rows.map(({ r }) => CAUSES.indexOf(r.cause)),
      rows.map(({ i }) => predictedIndex(cv.probabilities[i]!, cv.minConfidence)),
    ).macroF1
  }
  return {
    name,
    settings,
    minConfidence: cv.minConfidence,
    unthresholded: cv.unthresholded,
    ...cv.scores,
    byLang: { fr: byLang('fr'), en: byLang('en') },
  }
}

const search = (data: LabelledRow[], extra: LabelledRow[], folds: number[]): Trial[] => {
  const trials: Trial[] = []
  for (const [name, features] of Object.entries(FEATURE_SETS))
    for (const epochs of EPOCHS)
      for (const l2 of L2) {
        const trial = evaluate(data, extra, folds, name, {
          features,
          epochs,
          l2,
          learningRate: LEARNING_RATE,
        })
        log.info({ features: name, epochs, l2, t: trial.minConfidence, macroF1: trial.macroF1 }, 'cv')
        trials.push(trial)
      }
  return trials
}

main()
