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

interface ImportJobBase {
  id: string
  workspaceId: string
  file: string
  format: FileFormat
  status: 'running' | 'done' | 'failed'
  bytes: number
  bytesRead: number
  read: number
  rejectedCount: number
  rejected: RejectionGroup[]
  startedAt: Date
  finishedAt: Date | null
  error: string | null
}

/** An import the server analysed, stored and ran through detection itself (no bus): it has no `mode`. */
export interface IngestedImportJob extends ImportJobBase {
  mode?: undefined
  stored: number
  duplicates: number
  skipped: Record<string, number>
  alerts: number
}

/**
 * An import published on the bus (`raw.<workspace>`) for the analyze workers: the server only read and parsed
 * the file, so what was stored, skipped or alerted is the workers' to know, not counted here.
 */
export interface PublishedImportJob extends ImportJobBase {
  mode: 'published'
  /** mentions the bus holds (JetStream confirmed them), for the analyze workers */
  published: number
}

/** An import as the API shows it: running with its progress, then done with its summary (or failed). */
export type ImportJob = IngestedImportJob | PublishedImportJob
