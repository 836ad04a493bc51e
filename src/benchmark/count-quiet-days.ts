import type { BacktestEvent } from './backtest-event.ts'

const DAY = 86_400_000
const HOUR = 3_600_000

/**
 * Quiet query-days of a backtest: for each query, the replayed span minus its crisis windows (the time
 * in which any alert is a false alert), summed over queries. Events without a query id apply to all.
 */
export const countQuietDays = (input: {
  start: Date
  end: Date
  queryIds: readonly string[]
  events: readonly BacktestEvent[]
  openEventHours?: number
}): number => {
  const from = input.start.getTime()
  const to = input.end.getTime()
  const openMs = (input.openEventHours ?? 24) * HOUR
  const quietOf = (queryId: string) => {
    const spans = input.events
      .filter((event) => event.kind === 'crisis' && (!event.queryId || event.queryId === queryId))
      .map((event) => {
        const onset = event.onset.getTime()
        return [Math.max(from, onset), Math.min(to, event.end?.getTime() ?? onset + openMs)] as const
      })
      .filter(([a, b]) => b > a)
      .sort((x, y) => x[0] - y[0])
    let covered = 0
    let reach = from
    for (const [a, b] of spans) {
      covered += Math.max(0, b - Math.max(a, reach))
      reach = Math.max(reach, b)
    }
    return Math.max(0, to - from - covered)
  }
  return input.queryIds.reduce((sum, queryId) => sum + quietOf(queryId), 0) / DAY
}
