import type { Lang } from '../../core/index.ts'
import { extractFeaturesScratch, FEATURE_SIZE, type FeatureVector } from './features.ts'
import { modelLang } from './featurise.ts'
import { loadLexicon, loadLinearModel, MODEL_LANGS, type ModelLang } from './model-files.ts'

/** Sentiment (3) then emotion (6) logits. */
export const OUTPUTS = 9

/**
 * Both trained models of a language interleaved in one feature-major table (9 weights per feature), so a
 * text costs one feature pass and one memory fetch per feature for sentiment and emotions together.
 */
const buildTable = (lang: ModelLang): Float32Array => {
  const sentiment = loadLinearModel('sentiment', lang).w
  const emotions = loadLinearModel('emotions', lang).w
  const table = new Float32Array(FEATURE_SIZE * OUTPUTS)
  for (let f = 0; f < FEATURE_SIZE; f++) {
    for (let c = 0; c < 3; c++) table[f * OUTPUTS + c] = sentiment[f * 3 + c]!
    for (let c = 0; c < 6; c++) table[f * OUTPUTS + 3 + c] = emotions[f * 6 + c]!
  }
  return table
}

let tables: Record<ModelLang, Float32Array> | undefined
const loadTables = () => {
  tables ??= Object.fromEntries(MODEL_LANGS.map((l) => [l, buildTable(l)])) as Record<ModelLang, Float32Array>
  return tables
}

const lastLogits = new Float64Array(OUTPUTS)
let lastText: string | undefined
let lastLang: ModelLang | undefined

const addLogits = (table: Float32Array, fv: FeatureVector, out: Float64Array) => {
  out.fill(0)
  const { idx, val, n } = fv
  for (let k = 0; k < n; k++) {
    const base = idx[k]! * OUTPUTS
    const v = val[k]!
    for (let c = 0; c < OUTPUTS; c++) out[c]! += table[base + c]! * v
  }
}

/**
 * The 9 logits of a text. A one-entry cache: the pipeline asks for sentiment then emotions of the same
 * mention, and the second call is free. The returned array is shared: read it before the next call.
 */
export const scoreLinear = (text: string, lang: Lang): Float64Array => {
  const ml = modelLang(lang)
  if (text === lastText && ml === lastLang) return lastLogits
  const t = loadTables()
  addLogits(t[ml], extractFeaturesScratch(text, loadLexicon(ml)), lastLogits)
  lastText = text
  lastLang = ml
  return lastLogits
}

/** Loads the model files now rather than on the first text. */
export const warmLinearModels = (): void => {
  loadTables()
  for (const l of MODEL_LANGS) loadLexicon(l)
}
