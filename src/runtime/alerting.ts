import { createHash } from 'node:crypto'
import type { AlertChannel } from '../alerts/index.ts'
import type { Alert } from '../core/index.ts'
import type { DetectedAlert } from '../detection/index.ts'
import type { Logger } from './logger.ts'
import type { Runtime } from './runtime.ts'

/** A stable id: the same detection replayed twice is the same alert, stored once. */
export const alertId = (a: DetectedAlert): string =>
  createHash('sha256')
    .update(`${a.workspaceId}|${a.queryId}|${a.kind}|${a.severity}|${a.at.toISOString()}`)
    .digest('hex')
    .slice(0, 20)

export const toAlert = (a: DetectedAlert): Alert => ({
  ...a,
  id: alertId(a),
  status: 'open',
  details: a.details ?? {},
})

/**
 * Raises detected alerts: stored first (so nothing is lost), then pushed live to the dashboard, then
 * delivered to the channels in the background; a delivery that finally fails becomes a dead letter.
 */
export const raiseAlerts = async (rt: Runtime, detected: readonly DetectedAlert[]): Promise<Alert[]> => {
  const alerts = detected.map(toAlert)
  for (const alert of alerts) {
    await rt.store.saveAlert(alert)
    rt.meter.count('alerts_raised_total', { severity: alert.severity, kind: alert.kind })
    rt.hub.publish(alert)
    for (const channel of rt.channels) void deliver(rt, channel, alert, rt.log)
  }
  return alerts
}

const deliver = async (rt: Runtime, channel: AlertChannel, alert: Alert, log: Logger) => {
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
