import { z } from 'zod'
import { FILE_FORMATS } from './vocabulary.ts'

const Count = z.number().int().nonnegative()

/** A kind of rejection as an import's summary shows it: how many, where, and the first one in full. */
export const RejectionGroup = z.object({
  reason: z.string(),
  count: Count,
  lines: z.array(Count),
  items: z.array(Count),
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
  bytes: Count,
  bytesRead: Count,
  read: Count,
  rejectedCount: Count,
  rejected: z.array(RejectionGroup),
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  error: z.string().nullable(),
})

/** What a published import waits for while the bus (to publish a batch) or the store (to save its cursor) is unreachable. */
export const ImportWaiting = z.object({
  /** `bus`: the batch is not published yet; `store`: it is, its cursor is not saved yet */
  service: z.enum(['bus', 'store']),
  /** the batch's number, from 1 */
  batch: z.number().int().positive(),
  /** the last failure, e.g. `could not publish to vigie.raw.acme: TIMEOUT` */
  reason: z.string(),
  /** when the batch's first try failed */
  since: z.date(),
  /** when the next try is made */
  nextTryAt: z.date(),
  /** when the last try is made: the import fails if the service is still unreachable then */
  until: z.date(),
})
export type ImportWaiting = z.infer<typeof ImportWaiting>

/** An import the server analysed, stored and ran through detection itself (no bus): it has no `mode`. */
export const IngestedImportJob = ImportJobBase.extend({
  stored: Count,
  duplicates: Count,
  skipped: z.record(z.string(), Count),
  alerts: Count,
})
export type IngestedImportJob = z.infer<typeof IngestedImportJob> & { mode?: undefined }

/**
 * An import published on the bus (`raw.<workspace>`) for the analyze workers: the server only read and parsed
 * the file, so what was stored, skipped or alerted is the workers' to know, not counted here.
 */
export const PublishedImportJob = ImportJobBase.extend({
  mode: z.literal('published'),
  /** mentions the bus holds (JetStream confirmed them), for the analyze workers */
  published: Count,
  /** bus messages (batches) the bus holds: the analyze workers take each one */
  batches: Count,
  /** while the bus or the store is unreachable, what the import waits for; null when it flows */
  waiting: ImportWaiting.nullable(),
  /**
   * What the analyze workers reported for this import so far: the batches they handled (of `batches`) and the
   * published mentions they rejected (a date outside the accepted window, an analysis failure, a batch they
   * could not store), which `rejectedCount` and `rejected` include
   */
  workers: z.object({ batches: Count, rejectedCount: Count }),
})
export type PublishedImportJob = z.infer<typeof PublishedImportJob>

/** An import as the API shows it: running with its progress, then done with its summary (or failed). */
export const ImportJob = z.union([IngestedImportJob, PublishedImportJob])
export type ImportJob = IngestedImportJob | PublishedImportJob
