import type { Mention } from '../core/index.ts'
import { simulate } from './simulate.ts'
import type { CrisisCause } from './story.ts'
import type { Truth } from './truth.ts'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

export interface DemoStream {
  /** a week of ordinary chatter before `start`, oldest first: store it at start-up */
  backlog: Mention[]
  /** from the crisis onset (= `start`), oldest first; `offsetMs` is the time since the onset */
  crisis: { offsetMs: number; mention: Mention }[]
  truth: Truth
}

/**
 * The demo feed: the `demo` scenario laid out so that its crisis starts exactly at `start`.
 * The runtime stores `backlog` at once, then replays `crisis` in accelerated time, publishing each
 * mention after `offsetMs / speedup`. Mentions keep their own `createdAt` (event time), so detectors
 * see the crisis unfold as it would live. The stream covers 30 hours after the onset.
 */
export const createDemoStream = (options: {
  seed: string | number
  start: Date
  /** what the crisis is about: an employee's insulting post by default */
  cause?: CrisisCause
}): DemoStream => {
  const onset = options.start.getTime()
  const { mentions, truth } = simulate({
    seed: options.seed,
    scenario: 'demo',
    start: new Date(onset - 7 * DAY_MS),
    days: 7 + 30 / 24,
    onset: options.start,
    ...(options.cause ? { cause: options.cause } : {}),
  })
  const split = mentions.findIndex((m) => m.createdAt.getTime() >= onset)
  const at = split < 0 ? mentions.length : split
  return {
    backlog: mentions.slice(0, at),
    crisis: mentions.slice(at).map((mention) => ({ offsetMs: mention.createdAt.getTime() - onset, mention })),
    truth,
  }
}
