import { z } from 'zod'
import type { Alert, AlertStatus } from '../core/index.ts'
import { Id } from '../core/index.ts'

/** The part of the Store the alert verbs need (typed here: components do not import each other). */
export interface AlertStore {
  saveAlert(alert: Alert): Promise<void>
  getAlert(workspaceId: string, id: string): Promise<Alert | undefined>
  setAlertStatus(workspaceId: string, id: string, status: AlertStatus): Promise<void>
}

/** Which alert a verb acts on. */
export const AlertRef = z.object({ workspaceId: Id, id: z.string().min(1).max(200) })
export type AlertRef = z.infer<typeof AlertRef>
