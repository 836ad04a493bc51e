import { z } from 'zod'

/**
 * What a feed's reader remembers between fetches (kept by the runtime as the source's cursor):
 *
 * - which items were delivered (as mentions or rejections): every item dated before `floor`, and the items
 *   in `seen` (their id and date), which are those dated from `floor` on. `floor` trails the newest date
 *   delivered by `SEEN_WINDOW_MS`, so an item that shows up late with a slightly older date (a site that
 *   dates an article when it was drafted) is still delivered, and a feed listing the same items again
 *   delivers nothing. At most `MAX_SEEN` ids are kept: past that, `floor` moves up.
 * - the items handled without a usable date (`undated`), by id: only those still listed by the feed.
 * - the validators of the last feed document read whole (`etag`, `lastModified`), for a conditional GET.
 */
export interface RssCursor {
  floor?: number
  seen: Map<string, number>
  undated: Set<string>
  etag?: string
  lastModified?: string
}

export const SEEN_WINDOW_MS = 24 * 3_600_000
export const MAX_SEEN = 500

const Stored = z.object({
  v: z.literal(1),
  floor: z.number().int().optional(),
  seen: z.array(z.tuple([z.string(), z.number().int()])).default([]),
  undated: z.array(z.string()).default([]),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
})

export type ParsedCursor = { ok: true; cursor: RssCursor } | { ok: false; reason: string }

export const emptyCursor = (): RssCursor => ({ seen: new Map(), undated: new Set() })

export const parseRssCursor = (text: string | undefined): ParsedCursor => {
  if (text === undefined) return { ok: true, cursor: emptyCursor() }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not JSON' }
  }
  const parsed = Stored.safeParse(json)
  if (!parsed.success) return { ok: false, reason: 'not an RSS cursor' }
  const { floor, seen, undated, etag, lastModified } = parsed.data
  return {
    ok: true,
    cursor: {
      ...(floor !== undefined && { floor }),
      seen: new Map(seen),
      undated: new Set(undated),
      ...(etag !== undefined && { etag }),
      ...(lastModified !== undefined && { lastModified }),
    },
  }
}

export const formatRssCursor = (c: RssCursor): string =>
  JSON.stringify({
    v: 1,
    ...(c.floor !== undefined && { floor: c.floor }),
    seen: [...c.seen],
    ...(c.undated.size > 0 && { undated: [...c.undated] }),
    ...(c.etag !== undefined && { etag: c.etag }),
    ...(c.lastModified !== undefined && { lastModified: c.lastModified }),
  })

/** Whether an item was delivered already: by its id and date, or by its id alone when it has no date. */
export const wasDelivered = (c: RssCursor, key: string, time: number | undefined): boolean =>
  time === undefined ? c.undated.has(key) : (c.floor !== undefined && time < c.floor) || c.seen.has(key)

/** Remembers a dated item as delivered, moving `floor` up behind the newest date and past the oldest ids. */
export const rememberDated = (c: RssCursor, key: string, time: number) => {
  c.seen.set(key, time)
  let newest = time
  for (const t of c.seen.values()) if (t > newest) newest = t
  let floor = Math.max(c.floor ?? Number.NEGATIVE_INFINITY, newest - SEEN_WINDOW_MS)
  if (c.seen.size > MAX_SEEN) {
    // drop whole dates, oldest first, so that every id at a date below the floor was delivered
    const times = [...c.seen.values()].sort((a, b) => a - b)
    floor = Math.max(floor, times[c.seen.size - MAX_SEEN - 1]! + 1)
  }
  if (floor > (c.floor ?? Number.NEGATIVE_INFINITY)) {
    c.floor = floor
    for (const [k, t] of c.seen) if (t < floor) c.seen.delete(k)
  }
}

export const rememberUndated = (c: RssCursor, key: string) => {
  c.undated.add(key)
}
