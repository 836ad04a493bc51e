import type { Clock, Mention } from '../core/index.ts'

export interface DateWindowSettings {
  /** ISO date: mentions dated before it are refused */
  notBefore: string
  /** mentions dated more than this many hours after the clock's now are refused */
  maxFutureHours: number
}

/** The config's defaults (`ingest.notBefore`, `ingest.maxFutureHours`), for callers without a config. */
export const DEFAULT_DATE_WINDOW: DateWindowSettings = { notBefore: '2000-01-01', maxFutureHours: 24 }

/**
 * Why a mention's date is not plausible, or undefined when it is. One post dated 2099 would carry event time
 * past every real post (they would all count as late), and one dated 1970 would start the baselines decades
 * early: both are quarantined as dead letters instead of reaching detection.
 */
export const createDateWindow = (settings: DateWindowSettings, clock: Clock) => {
  const earliest = Date.parse(`${settings.notBefore}T00:00:00Z`)
  const aheadMs = settings.maxFutureHours * 3_600_000
  return (m: Mention): { reason: string; kind: string } | undefined => {
    const t = m.createdAt.getTime()
    if (t < earliest)
      return {
        reason: `createdAt ${m.createdAt.toISOString()} is before ${settings.notBefore} (ingest.notBefore): a wrong or zero date?`,
        kind: `createdAt: before ${settings.notBefore}`,
      }
    const now = clock.now().getTime()
    if (t > now + aheadMs)
      return {
        reason: `createdAt ${m.createdAt.toISOString()} is more than ${settings.maxFutureHours} h after now (${new Date(now).toISOString()}, ingest.maxFutureHours): a wrong date or time zone?`,
        kind: `createdAt: more than ${settings.maxFutureHours} h ahead`,
      }
    return undefined
  }
}
