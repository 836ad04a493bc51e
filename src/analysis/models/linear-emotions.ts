import type { Emotions } from '../../core/index.ts'
import { scoreLinear, warmLinearModels } from './linear-scorer.ts'
import type { EmotionModel } from './port.ts'

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x))

/**
 * One-vs-rest logistic regression per emotion and language. Each decision threshold tuned on dev is
 * folded into the bias, so 0.5 is the "present" cut-off for every emotion.
 */
export const createLinearEmotions = (): EmotionModel => {
  warmLinearModels()
  return {
    name: 'linear-emotions',
    score: (text, lang): Emotions => {
      const out = scoreLinear(text, lang)
      return {
        anger: sigmoid(out[3]!),
        fear: sigmoid(out[4]!),
        sadness: sigmoid(out[5]!),
        joy: sigmoid(out[6]!),
        surprise: sigmoid(out[7]!),
        disgust: sigmoid(out[8]!),
      }
    },
  }
}
