import { mentionText } from './mention-text.ts'
import type { EmotionModel } from './models/port.ts'
import { ok, type Step } from './step.ts'

/** Sets draft.analysis.emotions (anger, fear, sadness, joy, surprise, disgust, each 0..1). */
export const scoreEmotions = (model: EmotionModel): Step => ({
  name: 'score-emotions',
  run(draft) {
    draft.analysis.emotions = model.score(mentionText(draft.mention), draft.analysis.lang ?? 'und')
    return ok
  },
})
