import type { Lang } from '../../core/index.ts'
import { createRecentCache, RECENT_TEXTS, type RecentCache } from '../recent-cache.ts'
import {
  DENSE_SIZE,
  extractFeaturesScratch,
  FEATURE_SIZE,
  type FeatureVector,
  HASH_SIZE,
} from './features.ts'
import { modelLang } from './featurise.ts'
import { loadLexicon, loadLinearModel, MODEL_LANGS, type ModelLang } from './model-files.ts'

/** Sentiment (3) then emotion (6) logits. */
export const OUTPUTS = 9

/**
 * Both trained models of a language interleaved feature-major (9 weights per feature), hashed weights kept
 * as int8: one feature pass and one small memory fetch per feature for sentiment and emotions together
 * (2.4 MB per language instead of 9.4 MB of floats, so far fewer cache misses).
 */
interface Table {
  hashed: Int8Array
  scales: Float32Array
  dense: Float32Array
}

const buildTable = (lang: ModelLang): Table => {
  const sentiment = loadLinearModel('sentiment', lang)
  const emotions = loadLinearModel('emotions', lang)
  const hashed = new Int8Array(HASH_SIZE * OUTPUTS)
  const dense = new Float32Array(DENSE_SIZE * OUTPUTS)
  for (let f = 0; f < FEATURE_SIZE; f++) {
    for (let c = 0; c < OUTPUTS; c++) {
      const model = c < 3 ? sentiment : emotions
      const C = c < 3 ? 3 : 6
      const j = f * C + (c < 3 ? c : c - 3)
      if (f < HASH_SIZE) hashed[f * OUTPUTS + c] = model.q[j]!
      else dense[(f - HASH_SIZE) * OUTPUTS + c] = model.w[j]!
    }
  }
  const scales = Float32Array.from([...sentiment.scales, ...emotions.scales])
  return { hashed, scales, dense }
}

let tables: Record<ModelLang, Table> | undefined
const loadTables = () => {
  tables ??= Object.fromEntries(MODEL_LANGS.map((l) => [l, buildTable(l)])) as Record<ModelLang, Table>
  return tables
}

// one cache per model language: the same text may be scored as fr and as en
const recentLogits = Object.fromEntries(
  MODEL_LANGS.map((l) => [l, createRecentCache<Float64Array>(RECENT_TEXTS)]),
) as Record<ModelLang, RecentCache<Float64Array>>

/** Unrolled over the 9 outputs with local accumulators: this loop is most of the scoring time. */
const addLogits = (table: Table, fv: FeatureVector, out: Float64Array) => {
  const { idx, val, n } = fv
  const hashed = table.hashed
  const hashedEnd = n - DENSE_SIZE
  let a0 = 0,
    a1 = 0,
    a2 = 0,
    a3 = 0,
    a4 = 0,
    a5 = 0,
    a6 = 0,
    a7 = 0,
    a8 = 0
  for (let k = 0; k < hashedEnd; k++) {
    const b = idx[k]! * OUTPUTS
    const v = val[k]!
    a0 += hashed[b]! * v
    a1 += hashed[b + 1]! * v
    a2 += hashed[b + 2]! * v
    a3 += hashed[b + 3]! * v
    a4 += hashed[b + 4]! * v
    a5 += hashed[b + 5]! * v
    a6 += hashed[b + 6]! * v
    a7 += hashed[b + 7]! * v
    a8 += hashed[b + 8]! * v
  }
  const sums = [a0, a1, a2, a3, a4, a5, a6, a7, a8]
  const dense = table.dense
  for (let c = 0; c < OUTPUTS; c++) out[c] = sums[c]! * table.scales[c]!
  for (let k = hashedEnd; k < n; k++) {
    const v = val[k]!
    if (v === 0) continue
    const b = (idx[k]! - HASH_SIZE) * OUTPUTS
    for (let c = 0; c < OUTPUTS; c++) out[c]! += dense[b + c]! * v
  }
}

/**
 * The 9 logits of a text, remembered for recent texts: the pipeline asks for sentiment then emotions of the
 * same mention, and reshares repeat their original's text. The returned array is shared: never write to it.
 */
export const scoreLinear = (text: string, lang: Lang): Float64Array => {
  const ml = modelLang(lang)
  return recentLogits[ml](text, () => {
    const out = new Float64Array(OUTPUTS)
    addLogits(loadTables()[ml], extractFeaturesScratch(text, loadLexicon(ml)), out)
    return out
  })
}

/** The 9 logits of already extracted features (a new array): the same arithmetic as scoreLinear. */
export const logitsOfFeatures = (features: FeatureVector, lang: Lang): Float64Array => {
  const out = new Float64Array(OUTPUTS)
  addLogits(loadTables()[modelLang(lang)], features, out)
  return out
}

/** Loads the model files now rather than on the first text. */
export const warmLinearModels = (): void => {
  loadTables()
  for (const l of MODEL_LANGS) loadLexicon(l)
}
