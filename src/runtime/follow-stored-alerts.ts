import type { Runtime } from './runtime.ts'

/** Alerts read from the store per look: a backlog is read in pages of this size. */
const PAGE = 100

export interface AlertFollower {
  /** Publishes the alerts stored since the last look; resolves with how many were new to the hub. */
  poll(): Promise<number>
  stop(): void
}

/**
 * Publishes to the live hub (the page, the SSE stream) and to the notification rules (`rt.notifier`, when
 * notifications run) the alerts other processes store in this runtime's
 * store: `vigie ingest --detect` on the data folder or database that `serve` serves. Every `everyMs` it
 * reads the alerts stored since its last look (from those stored after this call), each once: the hub
 * publishes an alert id once, so this server's own alerts, published when raised, are not sent twice.
 */
export const followStoredAlerts = async (rt: Runtime, everyMs = 2000): Promise<AlertFollower> => {
  let last = (await rt.store.listAlertsStoredAfter({})).last
  const look = async (): Promise<number> => {
    let fresh = 0
    for (;;) {
      const page = await rt.store.listAlertsStoredAfter({ after: last, limit: PAGE })
      for (const alert of page.items) {
        if (!rt.hub.publish(alert)) continue
        fresh++
        // the process that stored it notifies no one (the CLI runs no notification rules): this server does,
        // unless a notify worker took it on first (each alert is notified once, by whoever claims it)
        if (rt.notifier && (await rt.store.claimAlertNotification(alert.workspaceId, alert.id)))
          await rt.notifier.onAlert(alert)
        rt.meter.count('alerts_followed_total', { severity: alert.severity })
      }
      last = page.last
      if (page.items.length < PAGE) return fresh
    }
  }
  // one look at a time: a slow store never gets two overlapping reads of the same alerts
  let turn: Promise<number> = Promise.resolve(0)
  const poll = () => {
    turn = turn.catch(() => 0).then(look)
    return turn
  }
  const timer = setInterval(() => {
    poll().catch((error) => rt.log.error({ error }, 'following stored alerts failed'))
  }, everyMs)
  timer.unref()
  return { poll, stop: () => clearInterval(timer) }
}
