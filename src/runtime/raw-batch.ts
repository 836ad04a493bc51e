import { z } from 'zod'
import { Mention } from '../core/index.ts'

const Rejected = z.object({
  reason: z.string(),
  kind: z.string().optional(),
  payload: z.string(),
  line: z.number().int().positive().optional(),
  item: z.number().int().positive().optional(),
})

/** One item a connector read, as it travels on the bus: a mention, or a row that could not become one. */
const RawItem = z.union([
  z.object({ mention: Mention, cursor: z.string(), line: z.number().int().positive().optional() }),
  z.object({ rejected: Rejected, cursor: z.string() }),
])

/**
 * What `vigie ingest` publishes on `raw.<workspace>` with a bus: the items of a source read in a row, and the
 * source's cursor after the last of them (saved by the publisher once the bus holds the batch).
 */
export const RawBatch = z.object({
  workspaceId: z.string().min(1),
  /** the source the items came from, e.g. `file:/abs/path.jsonl`: dead letters name it */
  sourceKey: z.string().min(1),
  cursor: z.string(),
  items: z.array(RawItem),
  /** the publishing run (random) and the batch's number in it: detection puts batches back in this order */
  order: z.object({ run: z.string().min(1), n: z.number().int().min(0) }).optional(),
  /**
   * the import job of an upload (`imp_…`, `publishImport`): the analyze workers record what they did with the
   * batch (number `order.n`) against it, for the job to count
   */
  job: z.string().min(1).optional(),
})
export type RawBatch = z.infer<typeof RawBatch>
