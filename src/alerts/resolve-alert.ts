import type { Alert } from '../core/index.ts'
import type { AlertStore } from './alert-store.ts'
import { changeAlertStatus } from './change-alert-status.ts'

/** The situation is over. Input: `{ workspaceId, id }`; idempotent. */
export const resolveAlert = ({
  ctx,
  input,
}: {
  ctx: { store: AlertStore }
  input: unknown
}): Promise<Alert> => changeAlertStatus(ctx.store, input, 'resolved')
