import { Alert, AppError, describeIssues } from '../core/index.ts'
import { deliverAlert } from './alerting.ts'
import type { Runtime } from './runtime.ts'
import { startNotifications } from './start-notifications.ts'

/** The durable consumer every notify worker shares: each alert goes to one of them. */
export const NOTIFY_CONSUMER = 'notify'

export interface NotifyWorkerTotals {
  alerts: number
  /** alerts another process (or an earlier delivery of the same message) had already taken on */
  already: number
}

export interface NotifyWorker {
  readonly totals: NotifyWorkerTotals
  stop(): Promise<void>
}

/**
 * A notify worker: takes the alerts the detect workers publish on `notifications.<workspace>` (shared durable
 * consumer `notify`) and sends each through the alert channels (`alerts.webhook`) and the workspace's alert
 * notification rules, once: it first claims the alert in the store (`Store.claimAlertNotification`), and an
 * alert claimed already is skipped. Claimed before sending, so a process that dies while sending does not
 * send it again (at most once for that alert); a send that fails after its retries is a dead letter.
 */
export const startNotifyWorker = async (o: { rt: Runtime }): Promise<NotifyWorker> => {
  const { rt } = o
  const totals: NotifyWorkerTotals = { alerts: 0, already: 0 }
  const notifications = startNotifications(rt)
  const handle = async (payload: unknown) => {
    const parsed = Alert.safeParse(payload)
    if (!parsed.success)
      throw new AppError(
        'invalid',
        `not an alert: ${describeIssues(parsed.error.issues).slice(0, 5).join('; ')}`,
      )
    const alert = parsed.data
    if (!(await rt.store.claimAlertNotification(alert.workspaceId, alert.id))) {
      totals.already++
      return
    }
    await Promise.all([
      ...rt.channels.map((channel) => deliverAlert(rt, channel, alert)),
      notifications.notifier.onAlert(alert).then((report) => report.deliveries),
    ])
    totals.alerts++
  }
  const subscription = await rt.bus.subscribe('notifications.>', handle, {
    durable: NOTIFY_CONSUMER,
    from: 'start',
    maxInFlight: 4,
  })
  return {
    totals,
    async stop() {
      await subscription.stop()
      await notifications.stop()
    },
  }
}
