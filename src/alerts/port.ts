import type { Alert } from '../core/index.ts'

/** Where alerts go: the dashboard (SSE), a webhook, later Slack and email. */
export interface AlertChannel {
  readonly kind: string
  deliver(alert: Alert, signal?: AbortSignal): Promise<void>
}
