import type { FileFormat } from './vocabulary.ts'

/** A kind of rejection as an import's summary shows it: how many, where, and the first one in full. */
export interface RejectionGroup {
  reason: string
  count: number
  lines: number[]
  items: number[]
  /** the first rejection of this kind with its position, e.g. `line 4: text: missing` */
  example: string
  /** what that row held, cut at 300 characters */
  examplePayload: string
}

/** An import as the API shows it: running with its progress, then done with its summary (or failed). */
export interface ImportJob {
  id: string
  workspaceId: string
  file: string
  format: FileFormat
  status: 'running' | 'done' | 'failed'
  bytes: number
  bytesRead: number
  read: number
  stored: number
  duplicates: number
  skipped: Record<string, number>
  rejectedCount: number
  rejected: RejectionGroup[]
  alerts: number
  startedAt: Date
  finishedAt: Date | null
  error: string | null
}
