import { ok, type Step } from '../step.ts'
import { classifyCause } from './classify-cause.ts'

/** Pipeline step: sets `analysis.cause` from the mention's text (after language detection). */
export const scoreCause = (): Step => ({
  name: 'classify-cause',
  run: (draft) => {
    draft.analysis.cause = classifyCause(draft.mention.text, draft.analysis.lang ?? 'und').cause
    return ok
  },
})
