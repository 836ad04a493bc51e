import { z } from 'zod'
import { AppError } from '../../core/index.ts'
import type { RedditClient } from './reddit-client.ts'
import { compareMarks, type Mark, markOf } from './reddit-cursor.ts'

/** A Listing page as Reddit sends it; each child is checked later, one by one. */
export const ListingPage = z.object({
  kind: z.literal('Listing'),
  data: z.object({
    after: z.string().nullish(),
    children: z.array(z.unknown()),
  }),
})

/** One child of a listing, as sent (`{kind, data}`), with its position when it has one. */
export interface RawThing {
  raw: unknown
  mark: Mark | undefined
}

/** A listing to follow: `/r/france/new`, `/search?q=…`, `/user/brand/submitted`. */
export interface ListingSpec {
  /** names the listing in the cursor and in errors */
  key: string
  path: string
  query: Record<string, string>
}

const dataOf = (child: unknown) =>
  child !== null && typeof child === 'object' ? (child as { data?: unknown }).data : undefined

export const checkListing = (json: unknown, label: string) => {
  const page = ListingPage.safeParse(json)
  if (!page.success) throw new AppError('unavailable', `${label}: the answer is not a Reddit Listing`)
  return page.data
}

/**
 * The things of a listing newer than `since`, newest first as Reddit lists them: pages are read back with
 * the `after` fullname until a thing at or before `since`, the end of the listing, or `maxPages`.
 * Things without a position (malformed) are kept where they stand: they are newer than what follows them.
 */
export const readNewThings = async (
  client: RedditClient,
  spec: ListingSpec,
  since: Mark | undefined,
  maxPages: number,
  signal: AbortSignal,
): Promise<RawThing[]> => {
  const things: RawThing[] = []
  let after: string | undefined
  for (let page = 0; page < maxPages && !signal.aborted; page++) {
    const query = { ...spec.query, limit: '100', ...(after && { after }) }
    const listing = checkListing(await client.getJson(spec.path, query, spec.key, signal), spec.key)
    for (const raw of listing.data.children) {
      const mark = markOf(dataOf(raw))
      if (since && mark && compareMarks(mark, since) <= 0) return things
      things.push({ raw, mark })
    }
    after = listing.data.after ?? undefined
    if (!after || listing.data.children.length === 0) break
  }
  return things
}
