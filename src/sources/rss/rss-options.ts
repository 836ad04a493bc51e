import { z } from 'zod'

/** The options of one feed source. */
export const RssOptions = z
  .object({
    /** the feed's address (RSS 2.0, Atom 1.0, RSS 1.0 or JSON Feed 1.x); http or https only */
    url: z.url({ protocol: /^https?$/, error: 'an http or https address' }),
    /**
     * also fetch each new item's page and take its readable text as the mention's text (2 MiB at most per
     * page; the feed's text is kept when the page cannot be read)
     */
    fetchArticle: z.boolean().default(false),
    /** at most this many items per fetch, oldest first: the rest come with the next fetches */
    maxItems: z.number().int().min(1).max(1000).default(100),
  })
  .strict()
export type RssOptions = z.infer<typeof RssOptions>
export type RssOptionsInput = z.input<typeof RssOptions>
