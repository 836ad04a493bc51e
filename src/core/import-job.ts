import { z } from 'zod'
import { FILE_FORMATS } from './vocabulary.ts'

/** A kind of rejection as an import's summary shows it: how many, where, and the first one in full. */
export const RejectionGroup = z.object({
  reason: z.string(),
  count: z.number().int(),
  lines: z.array(z.number().int()),
  items: z.array(z.number().int()),
  /** the first rejection of this kind with its position, e.g. `line 4: text: missing` */
  example: z.string(),
  /** what that row held, cut at 300 characters */
  examplePayload: z.string(),
})
export type RejectionGroup = z.infer<typeof RejectionGroup>

const ImportJobBase = z.object({
  id: z.string(),
  workspaceId: z.string(),
  file: z.string(),
  format: z.enum(FILE_FORMATS),
  status: z.enum(['running', 'done', 'failed']),
  bytes: z.number().int(),
  bytesRead: z.number().int(),
  read: z.number().int(),
  rejectedCount: z.number().int(),
  rejected: z.array(RejectionGroup),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  error: z.string().nullable(),
})

/** An import the server analysed, stored and ran through detection itself (no bus): it has no `mode`. */
export const IngestedImportJob = ImportJobBase.extend({
  stored: z.number().int(),
  duplicates: z.number().int(),
  skipped: z.record(z.string(), z.number().int()),
  alerts: z.number().int(),
})
export type IngestedImportJob = z.infer<typeof IngestedImportJob> & { mode?: undefined }

/**
 * An import published on the bus (`raw.<workspace>`) for the analyze workers: the server only read and parsed
 * the file, so what was stored, skipped or alerted is the workers' to know, not counted here.
 */
export const PublishedImportJob = ImportJobBase.extend({
  mode: z.literal('published'),
  /** mentions the bus holds (JetStream confirmed them), for the analyze workers */
  published: z.number().int(),
})
export type PublishedImportJob = z.infer<typeof PublishedImportJob>

/** An import as the API shows it: running with its progress, then done with its summary (or failed). */
export const ImportJob = z.union([IngestedImportJob, PublishedImportJob])
export type ImportJob = IngestedImportJob | PublishedImportJob
