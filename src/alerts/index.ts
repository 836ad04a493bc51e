export { acknowledgeAlert } from './acknowledge-alert.ts'
export { type AlertFeed, type AlertHub, type AlertListener, createAlertHub } from './alert-hub.ts'
export { AlertRef, type AlertStore } from './alert-store.ts'
export * from './notifications/index.ts'
export type { AlertChannel } from './port.ts'
export {
  type DeliveryOutcome,
  type RaiseAlertContext,
  type RaiseAlertResult,
  raiseAlert,
} from './raise-alert.ts'
export { resolveAlert } from './resolve-alert.ts'
export { backoffDelay, parseRetryAfter } from './retry-delay.ts'
export { createWebhookChannel, type WebhookChannelOptions } from './webhook-channel.ts'
export { signWebhookBody, verifyWebhookSignature } from './webhook-signature.ts'
