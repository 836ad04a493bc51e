import type { Lang } from '../../core/index.ts'
import { extractFeatures, type FeatureVector } from './features.ts'
import { loadLexicon, type ModelLang } from './model-files.ts'

/** Unsupported or undetermined languages are scored with the English model, at lower confidence. */
export const modelLang = (lang: Lang): ModelLang => (lang === 'fr' ? 'fr' : 'en')

let lastText: string | undefined
let lastLang: ModelLang | undefined
let lastFeatures: FeatureVector | undefined

/**
 * Features of a text, computed once even when sentiment and emotions score the same mention in turn
 * (a one-entry cache: the pipeline scores one mention at a time).
 */
export const featurise = (text: string, lang: Lang): FeatureVector => {
  const ml = modelLang(lang)
  if (text === lastText && ml === lastLang && lastFeatures !== undefined) return lastFeatures
  lastFeatures = extractFeatures(text, loadLexicon(ml))
  lastText = text
  lastLang = ml
  return lastFeatures
}
