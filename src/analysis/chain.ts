import type { Draft, Outcome, Step } from './step.ts'

/** An outcome, naming the step that skipped or failed the draft. */
export type ChainOutcome = Outcome & { step?: string }

/** Runs the steps in order on a draft and stops at the first skip or fail, naming that step. */
export const chain =
  (...steps: Step[]) =>
  (draft: Draft): ChainOutcome => {
    for (const step of steps) {
      const outcome = step.run(draft)
      if (outcome.kind !== 'ok') return { ...outcome, step: step.name }
    }
    return { kind: 'ok' }
  }
