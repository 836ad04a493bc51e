import { Alert } from '../core/index.ts'
import type { AlertStore } from './alert-store.ts'
import type { AlertChannel } from './port.ts'

export type DeliveryOutcome = { channel: string; ok: true } | { channel: string; ok: false; reason: string }

export type RaiseAlertResult =
  | { status: 'raised'; alert: Alert; deliveries: Promise<DeliveryOutcome[]> }
  | { status: 'duplicate'; alert: Alert }

export interface RaiseAlertContext {
  store: AlertStore
  channels?: readonly AlertChannel[]
}

/**
 * Stores a new alert (status `open`) then hands it to every channel. An alert whose id is already stored
 * is a duplicate (detectors re-emit on replay) and is not delivered again. Delivery runs in the
 * background: `deliveries` never rejects, it tells per channel what happened, so a slow webhook
 * never holds up detection.
 */
export const raiseAlert = async ({
  ctx,
  input,
}: {
  ctx: RaiseAlertContext
  input: unknown
}): Promise<RaiseAlertResult> => {
  const alert = Alert.parse({ ...(input as object), status: 'open' })
  const existing = await ctx.store.getAlert(alert.workspaceId, alert.id)
  if (existing) return { status: 'duplicate', alert: existing }
  await ctx.store.saveAlert(alert)
  return { status: 'raised', alert, deliveries: deliverToAll(ctx.channels ?? [], alert) }
}

const deliverToAll = (channels: readonly AlertChannel[], alert: Alert): Promise<DeliveryOutcome[]> =>
  Promise.all(
    channels.map(async (channel): Promise<DeliveryOutcome> => {
      try {
        await channel.deliver(alert)
        return { channel: channel.kind, ok: true }
      } catch (error) {
        return {
          channel: channel.kind,
          ok: false,
          reason: error instanceof Error ? error.message : String(error),
        }
      }
    }),
  )
