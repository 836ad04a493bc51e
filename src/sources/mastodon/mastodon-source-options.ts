import { z } from 'zod'

const list = (strip: RegExp, what: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .transform((s) => s.replace(strip, ''))
        .pipe(z.string().min(1, `an empty ${what}`)),
    )
    .default([])

/** What a user declares for one Mastodon instance (one source per instance). */
export const MastodonSourceOptions = z
  .object({
    /** the instance's base URL, e.g. `https://piaille.fr` */
    instance: z
      .string()
      .url()
      .regex(/^https?:\/\//i, 'an http(s) URL')
      .transform((url) => url.replace(/\/+$/, '')),
    /** hashtag timelines to read, without `#` */
    hashtags: list(/^#/, 'hashtag').pipe(
      z.array(z.string().regex(/^[\p{L}\p{N}_]+$/u, 'letters, digits or underscore')),
    ),
    /** keyword searches (`/api/v2/search`): most instances want an access token for them */
    terms: list(/^$/, 'term'),
    /** the brand's own accounts on this network (`name` or `name@instance`), whose statuses are read too */
    accounts: list(/^@/, 'account'),
    /** read the instance's whole public timeline (every public status it knows: a firehose on a large one) */
    public: z.boolean().default(false),
    /** only statuses posted on this instance (public timeline, hashtags and their streams) */
    local: z.boolean().default(false),
    /** only statuses from other instances (public timeline and its stream) */
    remote: z.boolean().default(false),
    /** an access token (scope `read:statuses`, or `read`): search and some instances' timelines need one */
    accessToken: z.string().min(1).optional(),
    /** keep reading live through the streaming API (hashtags, public timeline) instead of ending when caught up */
    stream: z.boolean().default(false),
    /** how many statuses of a timeline, search or account the first read goes back for */
    backfill: z.number().int().min(1).max(1000).default(40),
    /** in a live read, how often searches and accounts (which have no stream) are read again */
    pollSeconds: z.number().int().min(10).max(3600).default(60),
  })
  .strict()
  .refine((o) => !(o.local && o.remote), { message: 'local and remote exclude each other', path: ['remote'] })
  .refine((o) => o.hashtags.length + o.terms.length + o.accounts.length > 0 || o.public, {
    message: 'nothing to read: give hashtags, terms, accounts or public: true',
  })
export type MastodonSourceOptions = z.infer<typeof MastodonSourceOptions>
export type MastodonSourceInput = z.input<typeof MastodonSourceOptions>
