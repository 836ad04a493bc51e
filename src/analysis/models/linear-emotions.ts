import type { Emotions } from '../../core/index.ts'
import { featurise, modelLang } from './featurise.ts'
import { addLogits } from './linear-model.ts'
import { loadLinearModel } from './model-files.ts'
import type { EmotionModel } from './port.ts'

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))

/**
 * One-vs-rest logistic regression per emotion and language. Each decision threshold tuned on dev is
 * folded into the bias, so 0.5 is the "present" cut-off for every emotion.
 */
export const createLinearEmotions = (): EmotionModel => {
  const models = { en: loadLinearModel('emotions', 'en'), fr: loadLinearModel('emotions', 'fr') }
  const out = new Float64Array(6)
  return {
    name: 'linear-emotions',
    score: (text, lang): Emotions => {
      out.fill(0)
      addLogits(models[modelLang(lang)].w, 6, featurise(text, lang), out)
      return {
        anger: sigmoid(out[0]!),
        fear: sigmoid(out[1]!),
        sadness: sigmoid(out[2]!),
        joy: sigmoid(out[3]!),
        surprise: sigmoid(out[4]!),
        disgust: sigmoid(out[5]!),
      }
    },
  }
}
