import type { AnalyzedMention } from '../core/index.ts'
import type { AnalysedNotice } from './detect-partitions.ts'

/** Runs remembered (the oldest forgotten first), and batches held back at most per run. */
const MAX_RUNS = 1000
const MAX_WAITING = 64

interface Run {
  next: number
  waiting: Map<number, (AnalyzedMention[] | undefined)[]>
}

/** Where a run stands: the next batch due, and the parts of later batches held back until it comes. */
export interface RunPlace {
  run: string
  next: number
  held: { n: number; parts: (AnalyzedMention[] | undefined)[] }[]
}

export interface NoticeBatch {
  mentions: AnalyzedMention[]
  /** a batch from before the run's next one (handled already, here or by a previous holder) */
  late: boolean
}

export interface NoticeOrder {
  /** The batches ready after this notice, in order. */
  take(notice: AnalysedNotice): NoticeBatch[]
  /** Where the run stands now (undefined for a run never seen). */
  place(run: string): RunPlace | undefined
  /** Puts a run back where a previous holder of the partition left it, unless this order knows it already. */
  resume(place: RunPlace): void
  /**
   * Moves a run's next batch forward to `next` (the batches before it were handled elsewhere: their held
   * parts are dropped) and returns the batches then ready, in order.
   */
  skipTo(run: string, next: number): NoticeBatch[]
}

/**
 * Puts the notices of a publishing run back in the order of its raw batches: several analyze workers finish
 * batches out of order, and detection, a state machine over event time, must see a brand's mentions in time
 * order. The first notice of a run this order sees sets where it starts, unless the run was resumed from where
 * a previous holder left it (`resume`); a notice from before that (a batch handled again, or handled by the
 * previous holder) comes back at once marked late; past `MAX_WAITING` batches held back, the missing one is
 * given up on (a batch that became a dead letter) and the next held back flows.
 */
export const createNoticeOrder = (): NoticeOrder => {
  const runs = new Map<string, Run>()
  const complete = (run: Run) => run.waiting.get(run.next)?.every((part) => part !== undefined) ?? false
  const remember = (id: string, run: Run) => {
    runs.delete(id) // the latest touched last: the oldest forgotten first
    runs.set(id, run)
    if (runs.size > MAX_RUNS) runs.delete(runs.keys().next().value!)
  }
  const flow = (run: Run) => {
    const ready: NoticeBatch[] = []
    while (complete(run)) {
      const due: (AnalyzedMention[] | undefined)[] = run.waiting.get(run.next) ?? []
      ready.push({ mentions: due.flatMap((part) => part ?? []), late: false })
      run.waiting.delete(run.next)
      run.next++
    }
    return ready
  }
  return {
    take(notice) {
      const order = notice.order
      if (!order) return [{ mentions: notice.mentions, late: false }]
      const run = runs.get(order.run) ?? { next: order.n, waiting: new Map() }
      remember(order.run, run)
      if (order.n < run.next) return [{ mentions: notice.mentions, late: true }]
      const parts = run.waiting.get(order.n) ?? Array.from({ length: order.parts }, () => undefined)
      parts[order.part] = notice.mentions
      run.waiting.set(order.n, parts)
      if (run.waiting.size > MAX_WAITING && !complete(run)) run.next = Math.min(...run.waiting.keys())
      return flow(run)
    },
    place(id) {
      const run = runs.get(id)
      if (!run) return undefined
      const held = [...run.waiting].map(([n, parts]) => ({ n, parts })).sort((a, b) => a.n - b.n)
      return { run: id, next: run.next, held }
    },
    resume(place) {
      if (runs.has(place.run)) return
      remember(place.run, { next: place.next, waiting: new Map(place.held.map((h) => [h.n, [...h.parts]])) })
    },
    skipTo(id, next) {
      const run = runs.get(id)
      if (!run || next <= run.next) return []
      for (const n of run.waiting.keys()) if (n < next) run.waiting.delete(n)
      run.next = next
      return flow(run)
    },
  }
}
