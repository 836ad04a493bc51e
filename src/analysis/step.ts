import type { Analysis, Mention } from '../core/index.ts'

/** A mention on its way through the pipeline; steps fill `analysis` in order. */
export interface Draft {
  workspaceId: string
  mention: Mention
  analysis: Partial<Analysis>
}

/** Expected outcomes are values: `skip` (duplicate, no query matched) and `fail` (broken input) carry a reason. */
export type Outcome = { kind: 'ok' } | { kind: 'skip'; reason: string } | { kind: 'fail'; reason: string }

/** A named pipeline step. Synchronous on purpose: the hot path does no I/O (dedupe against the store happens per batch). */
export interface Step {
  readonly name: string
  run(draft: Draft): Outcome
}

export const ok: Outcome = Object.freeze({ kind: 'ok' })
export const skip = (reason: string): Outcome => ({ kind: 'skip', reason })
export const fail = (reason: string): Outcome => ({ kind: 'fail', reason })
