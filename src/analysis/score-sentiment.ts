import { mentionText } from './mention-text.ts'
import type { SentimentModel } from './models/port.ts'
import { ok, type Step } from './step.ts'

/** Sets draft.analysis.sentiment; runs after language detection, as models are per language. */
export const scoreSentiment = (model: SentimentModel): Step => ({
  name: 'score-sentiment',
  run(draft) {
    draft.analysis.sentiment = model.score(mentionText(draft.mention), draft.analysis.lang ?? 'und')
    return ok
  },
})
