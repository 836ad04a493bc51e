import { createHmac } from 'node:crypto'
import type { AlertChannel } from '../alerts/index.ts'
import type { Alert } from '../core/index.ts'
import type { DetectedAlert } from '../detection/index.ts'
import type { Runtime } from './runtime.ts'

/**
 * The same detection in the same installation is the same alert, stored once (a replay, or `serve` and
 * `ingest --detect` on one store); keyed by the installation's secret (`Store.installationSecret`), so that
 * no one outside can work an id out (a forged acknowledge needs one): 128 bits of HMAC-SHA256.
 */
export const alertId = (a: DetectedAlert, key: string): string =>
  createHmac('sha256', key)
    .update(`${a.workspaceId}|${a.queryId}|${a.kind}|${a.severity}|${a.at.toISOString()}`)
    .digest('hex')
    .slice(0, 32)

export const toAlert = (a: DetectedAlert, key: string): Alert => ({
  ...a,
  id: alertId(a, key),
  status: 'open',
  details: a.details ?? {},
})

/**
 * Raises detected alerts: stored first (so nothing is lost), then pushed live to the dashboard, then
 * delivered to the channels in the background; a delivery that finally fails becomes a dead letter.
 */
export const raiseAlerts = async (rt: Runtime, detected: readonly DetectedAlert[]): Promise<Alert[]> => {
  const alerts = detected.map((a) => toAlert(a, rt.alertKey))
  for (const alert of alerts) {
    await rt.store.saveAlert(alert)
    rt.meter.count('alerts_raised_total', { severity: alert.severity, kind: alert.kind })
    rt.hub.publish(alert)
    for (const channel of rt.channels) void deliverAlert(rt, channel, alert)
    // the workspace's notification rules (sent in the background; failures become dead letters)
    void rt.notifier?.onAlert(alert)
  }
  return alerts
}

/** Sends an alert through one channel (with the channel's retries); a final failure becomes a dead letter. */
export const deliverAlert = async (rt: Runtime, channel: AlertChannel, alert: Alert) => {
  const log = rt.log
  try {
    await channel.deliver(alert)
    rt.meter.count('alert_deliveries_total', { channel: channel.kind, outcome: 'ok' })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    rt.meter.count('alert_deliveries_total', { channel: channel.kind, outcome: 'failed' })
    log.warn({ channel: channel.kind, alert: alert.id, error: reason }, 'alert delivery failed')
    await rt.store.addDeadLetter({
      workspaceId: alert.workspaceId,
      source: `alerts:${channel.kind}`,
      stage: 'deliver',
      reason,
      payload: JSON.stringify(alert),
    })
  }
}
