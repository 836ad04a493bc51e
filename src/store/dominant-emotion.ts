import { EMOTIONS, type EmotionName, type Emotions } from '../core/index.ts'
import { DOMINANT_EMOTION_MIN } from './port.ts'

/**
 * The mention's dominant emotion as `MentionFilter.emotion` defines it (highest score, ties to the first in
 * `EMOTIONS` order, at least `DOMINANT_EMOTION_MIN`), or undefined: the SQL of mention-filters.ts in code.
 */
export const dominantEmotion = (emotions: Emotions): EmotionName | undefined => {
  let best: EmotionName | undefined
  for (const emotion of EMOTIONS) {
    if (best === undefined || emotions[emotion] > emotions[best]) best = emotion
  }
  return best !== undefined && emotions[best] >= DOMINANT_EMOTION_MIN ? best : undefined
}
