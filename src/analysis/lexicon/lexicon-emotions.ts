import type { Emotions, Lang } from '../../core/index.ts'
import type { EmotionModel } from '../models/port.ts'
import { scoreText } from './score-text.ts'

/** Saturation rate: one plain emotion word gives ~0.45, two ~0.7, four ~0.9. */
const RATE = 0.6

const intensity = (weight: number): number => Math.round((1 - Math.exp(-RATE * weight)) * 1000) / 1000

/** Rule-based emotions: FEEL (French) and curated keyword lists (English), emoji, skipping negated words. */
export const createLexiconEmotions = (): EmotionModel => ({
  name: 'lexicon',
  score(text: string, lang: Lang): Emotions {
    const [anger = 0, fear = 0, sadness = 0, joy = 0, surprise = 0, disgust = 0] = scoreText(
      text,
      lang,
    ).emotions
    return {
      anger: intensity(anger),
      fear: intensity(fear),
      sadness: intensity(sadness),
      joy: intensity(joy),
      surprise: intensity(surprise),
      disgust: intensity(disgust),
    }
  },
})
