import { mentionText } from './mention-text.ts'
import { coupleEmotions } from './models/couple-emotions.ts'
import type { EmotionModel } from './models/port.ts'
import { ok, type Step } from './step.ts'

/**
 * Sets draft.analysis.emotions (anger, fear, sadness, joy, surprise, disgust, each 0..1). After sentiment:
 * the emotions are made to agree with the sentiment already set (coupleEmotions), so a complaint is not
 * joyful and a neutral post is not fearful.
 */
export const scoreEmotions = (model: EmotionModel): Step => ({
  name: 'score-emotions',
  run(draft) {
    const emotions = model.score(mentionText(draft.mention), draft.analysis.lang ?? 'und')
    const sentiment = draft.analysis.sentiment
    draft.analysis.emotions = sentiment ? coupleEmotions(emotions, sentiment) : emotions
    return ok
  },
})
