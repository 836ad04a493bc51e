import type { Cause } from '../../core/index.ts'
import { createRecentCache, RECENT_TEXTS } from '../recent-cache.ts'
import { ok, type Step } from '../step.ts'
import { causeOfText } from './classify-cause.ts'

/** Pipeline step: sets `analysis.cause` from the mention's text (after language detection). */
export const scoreCause = (): Step => {
  // reshares repeat their original's text; the cause depends on the text alone (not on its language)
  const recentCauses = createRecentCache<Cause>(RECENT_TEXTS)
  return {
    name: 'classify-cause',
    run: (draft) => {
      draft.analysis.cause = recentCauses(draft.mention.text, causeOfText)
      return ok
    },
  }
}
