import type { AnalyzedMention } from '../core/index.ts'
import type { AnalysedNotice } from './detect-partitions.ts'

/** Runs remembered (the oldest forgotten first), and batches held back at most per run. */
const MAX_RUNS = 1000
const MAX_WAITING = 64

interface Run {
  next: number
  waiting: Map<number, (AnalyzedMention[] | undefined)[]>
}

/**
 * Puts the notices of a publishing run back in the order of its raw batches: several analyze workers finish
 * batches out of order, and detection, a state machine over event time, must see a brand's mentions in time
 * order. Returns the batches (each a list of mentions) that are ready after this notice, in order. The first
 * notice of a run sets where it starts; one from before that (a batch handled again, or the run began before
 * this process took the partition) is returned at once; past `MAX_WAITING` batches held back, the missing one
 * is given up on (a batch that became a dead letter) and the next held back flows.
 */
export const createNoticeOrder = () => {
  const runs = new Map<string, Run>()
  const complete = (run: Run) => run.waiting.get(run.next)?.every((part) => part !== undefined) ?? false
  return (notice: AnalysedNotice): AnalyzedMention[][] => {
    const order = notice.order
    if (!order) return [notice.mentions]
    let run = runs.get(order.run)
    if (!run) {
      run = { next: order.n, waiting: new Map() }
      runs.set(order.run, run)
      if (runs.size > MAX_RUNS) runs.delete(runs.keys().next().value!)
    }
    if (order.n < run.next) return [notice.mentions]
    const parts = run.waiting.get(order.n) ?? Array.from({ length: order.parts }, () => undefined)
    parts[order.part] = notice.mentions
    run.waiting.set(order.n, parts)
    if (run.waiting.size > MAX_WAITING && !complete(run)) run.next = Math.min(...run.waiting.keys())
    const ready: AnalyzedMention[][] = []
    while (complete(run)) {
      ready.push((run.waiting.get(run.next) ?? []).flatMap((part) => part ?? []))
      run.waiting.delete(run.next)
      run.next++
    }
    return ready
  }
}
