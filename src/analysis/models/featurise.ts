import type { Lang } from '../../core/index.ts'
import { extractFeatures, type FeatureVector } from './features.ts'
import { loadLexicon, type ModelLang } from './model-files.ts'

/** Unsupported or undetermined languages are scored with the English model, at lower confidence. */
export const modelLang = (lang: Lang): ModelLang => (lang === 'fr' ? 'fr' : 'en')

/** Owned features of a text with its language's lexicon (for adaptation; scoring uses scoreLinear). */
export const featurise = (text: string, lang: Lang): FeatureVector =>
  extractFeatures(text, loadLexicon(modelLang(lang)))
