import type { Alert } from '../core/index.ts'
import type { AlertStore } from './alert-store.ts'
import { changeAlertStatus } from './change-alert-status.ts'

/** Someone has seen the alert and is on it. Input: `{ workspaceId, id }`; idempotent. */
export const acknowledgeAlert = ({
  ctx,
  input,
}: {
  ctx: { store: AlertStore }
  input: unknown
}): Promise<Alert> => changeAlertStatus(ctx.store, input, 'acknowledged')
