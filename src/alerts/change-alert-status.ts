import { type Alert, type AlertStatus, AppError } from '../core/index.ts'
import { AlertRef, type AlertStore } from './alert-store.ts'

/**
 * Allowed moves: open → acknowledged → resolved, or open → resolved. Repeating a move is a no-op (a second
 * click, a retried request); going back is a conflict.
 */
const allowed: Record<AlertStatus, readonly AlertStatus[]> = {
  open: ['acknowledged', 'resolved'],
  acknowledged: ['resolved'],
  resolved: [],
}

export const changeAlertStatus = async (
  store: AlertStore,
  input: unknown,
  target: Exclude<AlertStatus, 'open'>,
): Promise<Alert> => {
  const ref = AlertRef.parse(input)
  const alert = await store.getAlert(ref.workspaceId, ref.id)
  if (!alert) throw new AppError('not_found', `no alert ${ref.id} in workspace ${ref.workspaceId}`)
  if (alert.status === target) return alert
  if (!allowed[alert.status].includes(target)) {
    throw new AppError('conflict', `an alert that is ${alert.status} cannot become ${target}`, {
      status: alert.status,
    })
  }
  await store.setAlertStatus(ref.workspaceId, ref.id, target)
  return { ...alert, status: target }
}
