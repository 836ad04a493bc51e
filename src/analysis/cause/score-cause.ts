import type { Cause } from '../../core/index.ts'
import { createRecentCache, RECENT_TEXTS } from '../recent-cache.ts'
import { ok, type Step } from '../step.ts'
import { classifyCause } from './classify-cause.ts'

/** Pipeline step: sets `analysis.cause` from the mention's text (after language detection). */
export const scoreCause = (): Step => {
  // reshares repeat their original's text; the cause depends on the text alone
  const recentCauses = createRecentCache<Cause>(RECENT_TEXTS)
  return {
    name: 'classify-cause',
    run: (draft) => {
      const lang = draft.analysis.lang ?? 'und'
      draft.analysis.cause = recentCauses(draft.mention.text, (text) => classifyCause(text, lang).cause)
      return ok
    },
  }
}
