import { z } from 'zod'
import { AppError } from '../../core/index.ts'

/**
 * Where a Bluesky source stands: Jetstream's clock up to which every event was read (`t`, microseconds),
 * the records delivered within the replay margin before it (`k`: a resumed stream starts a little earlier
 * and skips them), and, while a backfill is under way, the last post it delivered (`b`).
 */
const Position = z.object({
  t: z.number().int().nonnegative(),
  k: z.array(z.string()).default([]),
  b: z.object({ ms: z.number(), uri: z.string() }).optional(),
})
export type BlueskyPosition = z.infer<typeof Position>

export const encodeCursor = (p: BlueskyPosition): string => JSON.stringify(p)

export const decodeCursor = (cursor: string): BlueskyPosition => {
  let raw: unknown
  try {
    raw = JSON.parse(cursor)
  } catch {
    raw = undefined
  }
  const parsed = Position.safeParse(raw)
  if (!parsed.success) throw new AppError('invalid', `not a Bluesky source cursor: ${cursor.slice(0, 200)}`)
  return parsed.data
}
