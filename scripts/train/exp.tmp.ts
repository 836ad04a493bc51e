import { DENSE, FEATURE_SIZE, HASH_SIZE } from '../../src/analysis/models/features.ts'
import { lexiconFromJson } from '../../src/analysis/models/lexicon-table.ts'
import { buildLexicons } from './build-lexicons.ts'
import { examplesOf } from './examples.ts'
import { macroScores } from './metrics.ts'
import { readDatasets } from './read-datasets.ts'
import { type Example, predict, trainLinear } from './sgd.ts'
import { assignSplits } from './split.ts'
import { weakSentiment } from './weak-sentiment.ts'
const dir = '/work/shared/data/sentiment'
const lj = buildLexicons(dir); const rows = readDatasets(dir)
const corpus = { rows, splits: assignSplits(rows), lexicons: { en: lexiconFromJson(lj.en), fr: lexiconFromJson(lj.fr) } }
const balance = (examples: Example[]): Example[] => {
  const counts = [0, 0, 0]
  for (const e of examples) counts[e.target as number]! += e.weight
  const total = counts.reduce((a, b) => a + b, 0)
  return examples.map((e) => ({ ...e, weight: (e.weight * total) / (3 * counts[e.target as number]!) }))
}
for (const lang of ['en', 'fr'] as const) {
  const sel = (r: any) => r.lang === lang && r.sentiment !== undefined
  const train = examplesOf(corpus, 'train', sel, (r) => r.sentiment)
  const dev = examplesOf(corpus, 'dev', sel, (r) => r.sentiment)
  const weak = lang === 'fr' ? examplesOf(corpus, 'train', (r) => r.lang === lang && r.emotions !== undefined, weakSentiment).map((e) => ({ ...e, weight: 0.5 })) : []
  for (const lr of [0.05, 0.1, 0.3]) for (const epochs of [4, 8]) {
    const init = new Float32Array(FEATURE_SIZE * 3); const si = HASH_SIZE + DENSE.sarcasm
    init[si * 3] = 1.2; init[si * 3 + 2] = -1.2
    const w = trainLinear(balance([...train, ...weak]), { classes: 3, loss: 'softmax', epochs, learningRate: lr, l2: 0, seed: 7, frozen: new Set([si]), init })
    const pred = dev.map((e) => { const o = new Float64Array(3); predict(w, 3, e.fv, o, 'softmax'); return o[0]! >= o[1]! && o[0]! >= o[2]! ? 0 : o[2]! > o[1]! ? 2 : 1 })
    console.log(lang, lr, epochs, macroScores(dev.map((e) => e.target as number), pred, 3))
  }
}
