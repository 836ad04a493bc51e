import { z } from 'zod'

export const DEFAULT_JETSTREAM = 'wss://jetstream2.us-east.bsky.network/subscribe'
/** The collections read from Jetstream when the URL names none. */
export const JETSTREAM_COLLECTIONS = ['app.bsky.feed.post', 'app.bsky.feed.repost', 'app.bsky.feed.like']

/**
 * What a user declares for a Bluesky source. The live stream is Jetstream; the search API seeds a new
 * source's history (`backfillHours`) and fills a gap longer than Jetstream keeps.
 */
export const BlueskySourceOptions = z.strictObject({
  /** a Jetstream `/subscribe` URL; `wantedCollections` are added when it names none */
  jetstream: z.string().url().default(DEFAULT_JETSTREAM),
  /** terms searched (searchPosts) for the backfill; none: no search backfill */
  search: z.array(z.string().trim().min(1)).default([]),
  /** the brand's own handles or DIDs: their posts are kept whatever the filter */
  accounts: z.array(z.string().trim().min(1)).default([]),
  /** how far back a new source's history is searched */
  backfillHours: z
    .number()
    .min(0)
    .max(24 * 30)
    .default(24),
  /** beyond this gap since the last event, Jetstream no longer replays it: the search fills it */
  jetstreamRetentionHours: z.number().positive().default(20),
  /** the AppView answering searchPosts, getAuthorFeed and resolveHandle */
  appView: z.string().url().default('https://public.api.bsky.app'),
  /**
   * an account to log in with (searchPosts often refuses anonymous calls): its handle and an app password,
   * given as a value or as the name of an environment variable
   */
  login: z
    .strictObject({
      identifier: z.string().min(1),
      appPassword: z.string().min(1).optional(),
      appPasswordEnv: z.string().min(1).optional(),
      service: z.string().url().default('https://bsky.social'),
    })
    .refine((l) => (l.appPassword === undefined) !== (l.appPasswordEnv === undefined), {
      message: 'give appPassword or appPasswordEnv, one of them',
    })
    .optional(),
  /** pages read per search term or account during one backfill (100 posts a page) */
  maxPages: z.number().int().positive().default(20),
})
export type BlueskySourceOptions = z.infer<typeof BlueskySourceOptions>
export type BlueskySourceInput = z.input<typeof BlueskySourceOptions>

/** The Jetstream URL to connect to: the user's, with the collections Vigie reads, from `cursor` on. */
export const jetstreamUrl = (base: string, cursor: number | undefined): string => {
  const url = new URL(base)
  if (!url.searchParams.has('wantedCollections'))
    for (const c of JETSTREAM_COLLECTIONS) url.searchParams.append('wantedCollections', c)
  url.searchParams.delete('cursor')
  if (cursor !== undefined) url.searchParams.set('cursor', String(cursor))
  return url.toString()
}
