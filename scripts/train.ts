/**
 * `npm run train -- <sharedDataDir>`: builds the lexicon tables and trains the sentiment and emotion
 * models (fr, en) from the shared data, tuning on dev only, then writes src/analysis/models/data/.
 * Reproducible: fixed split seed and SGD seeds, deterministic order.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import pino from 'pino'
import { lexiconFromJson } from '../src/analysis/models/lexicon-table.ts'
import { linearToJson } from '../src/analysis/models/linear-model.ts'
import { textKey } from '../src/analysis/models/normalise-text.ts'
import { buildLexicons } from './train/build-lexicons.ts'
import { type Corpus, examplesOf } from './train/examples.ts'
import { fitEmotions } from './train/fit-emotions.ts'
import { fitSentiment } from './train/fit-sentiment.ts'
import { type Lang, readDatasets, SENTIMENTS, SIX } from './train/read-datasets.ts'
import { assignSplits, SPLIT_SEED } from './train/split.ts'
import { weakSentiment } from './train/weak-sentiment.ts'
import { writeGzipJson } from './train/write-model-files.ts'
import { writeTrainingReport } from './train/write-training-report.ts'

const log = pino({ name: 'train' })
const OUT = new URL('../src/analysis/models/data/', import.meta.url).pathname

export const resolveSentimentDir = (dir: string): string => {
  const nested = join(dir, 'data', 'sentiment')
  const resolved = existsSync(nested) ? nested : dir
  if (!existsSync(join(resolved, 'lexicon-vader'))) throw new Error(`missing shared data: ${resolved}`)
  return resolved
}

const main = () => {
  const dir = resolveSentimentDir(process.argv[2] ?? '../shared')
  const lexiconJson = buildLexicons(dir)
  const rows = readDatasets(dir)
  const corpus: Corpus = {
    rows,
    splits: assignSplits(rows),
    lexicons: { en: lexiconFromJson(lexiconJson.en), fr: lexiconFromJson(lexiconJson.fr) },
  }
  const sizes: Record<string, number> = {}
  for (const lang of ['en', 'fr'] as const) {
    sizes[`lexicon-${lang}`] = writeGzipJson(join(OUT, `lexicon-${lang}.json.gz`), lexiconJson[lang])
  }
  const report: Record<string, unknown> = {}
  for (const lang of ['en', 'fr'] as const) {
    const sentiment = trainSentiment(corpus, lang)
    sizes[`sentiment-${lang}`] = writeGzipJson(
      join(OUT, `sentiment-${lang}.json.gz`),
      linearToJson(lang, SENTIMENTS, sentiment.weights),
    )
    const emotions = trainEmotions(corpus, lang)
    sizes[`emotions-${lang}`] = writeGzipJson(
      join(OUT, `emotions-${lang}.json.gz`),
      linearToJson(lang, SIX, emotions.weights),
    )
    report[lang] = {
      sentiment: { ...sentiment, weights: undefined },
      emotions: { ...emotions, weights: undefined },
    }
  }
  const test = rows.filter((r) => corpus.splits.get(textKey(r.text)) === 'test').map((r) => textKey(r.text))
  sizes.split = writeGzipJson(join(OUT, 'split.json.gz'), {
    seed: SPLIT_SEED,
    test: [...new Set(test)].sort(),
  })
  writeTrainingReport(join(OUT, 'TRAINING.md'), report, sizes, corpus)
  log.info({ sizes }, 'model files written')
}

const isSentimentRow = (lang: Lang) => (r: { lang: Lang; sentiment?: number }) =>
  r.lang === lang && r.sentiment !== undefined
const isEmotionRow = (lang: Lang) => (r: { lang: Lang; emotions?: number[] }) =>
  r.lang === lang && r.emotions !== undefined

const trainSentiment = (corpus: Corpus, lang: Lang) => {
  const target = (r: { sentiment?: number }) => r.sentiment
  const train = examplesOf(corpus, 'train', isSentimentRow(lang), target)
  const dev = examplesOf(corpus, 'dev', isSentimentRow(lang), target)
  const weak = examplesOf(corpus, 'train', isEmotionRow(lang), weakSentiment)
  log.info({ lang, train: train.length, dev: dev.length, weak: weak.length }, 'sentiment')
  const metric = lang === 'en' ? 'macroRecall' : 'macroF1'
  return fitSentiment(train, weak, dev, metric, (m) => log.info({ lang, ...m }, 'sentiment dev'))
}

const trainEmotions = (corpus: Corpus, lang: Lang) => {
  const target = (r: { emotions?: number[] }) => r.emotions
  const train = examplesOf(corpus, 'train', isEmotionRow(lang), target)
  const selectDev = (r: { lang: Lang; emotions?: number[]; dataset: string }) =>
    isEmotionRow(lang)(r) && r.dataset !== 'tweeteval-emotion-semeval2018'
  const dev = examplesOf(corpus, 'dev', selectDev, target)
  log.info({ lang, train: train.length, dev: dev.length }, 'emotions')
  return fitEmotions(train, dev, (m) => log.info({ lang, ...m }, 'emotions dev'))
}

main()
