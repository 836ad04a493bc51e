import { z } from 'zod'

/** Reddit asks for `<platform>:<app ID>:<version> (by /u/<username>)`; generic agents are throttled hard. */
export const DEFAULT_USER_AGENT =
  'server:vigie-social-listening:0.1 (self-hosted; set userAgent to name your instance)'

const strip = (prefix: RegExp) => (value: unknown) =>
  typeof value === 'string' ? value.trim().replace(prefix, '') : value

/** `france`, `r/france` or `/r/france` */
const Subreddit = z.preprocess(
  strip(/^\/?r\//i),
  z.string().regex(/^[A-Za-z0-9_]{2,21}$/, 'a subreddit name (letters, digits, underscore)'),
)
/** `brand`, `u/brand` or `/user/brand` */
const Username = z.preprocess(
  strip(/^\/?(u|user)\//i),
  z.string().regex(/^[A-Za-z0-9_-]{3,20}$/, 'a Reddit username'),
)

const SearchTerm = z.union([
  z.string().trim().min(1).max(512),
  z.object({ q: z.string().trim().min(1).max(512), subreddit: Subreddit.optional() }).strict(),
])

/** What a user declares for a Reddit source (credentials are values: the config resolves env references). */
export const RedditSourceOptions = z
  .object({
    /** the API root; by default https://oauth.reddit.com with credentials, https://www.reddit.com without */
    baseUrl: z.string().url().optional(),
    tokenUrl: z.string().url().default('https://www.reddit.com/api/v1/access_token'),
    /** every new post of these subreddits (`/r/<sub>/new`) */
    subreddits: z.array(Subreddit).default([]),
    /** a term searched site-wide, or `{ q, subreddit }` searched in one subreddit; newest first */
    search: z.array(SearchTerm).default([]),
    /** also read the comments of the threads delivered (watched for `threadHours`, at most `maxThreads`) */
    comments: z.boolean().default(false),
    /** the brand's own usernames: their submissions and comments */
    accounts: z.array(Username).default([]),
    clientId: z.string().min(1).optional(),
    clientSecret: z.string().min(1).optional(),
    /** with a "script" app: the password grant acts as this user (else the application-only grant) */
    username: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    userAgent: z.string().trim().min(1).default(DEFAULT_USER_AGENT),
    /** pages of 100 read back per listing and read (Reddit serves about 1,000 items of a listing) */
    maxPages: z.number().int().min(1).max(10).default(10),
    maxThreads: z.number().int().min(1).max(500).default(25),
    threadHours: z
      .number()
      .positive()
      .max(24 * 30)
      .default(48),
    timeoutMs: z.number().int().positive().default(20_000),
    maxBytes: z
      .number()
      .int()
      .positive()
      .default(10 * 1024 * 1024),
    /** attempts after the first on a network error, a 5xx or a broken answer */
    retries: z.number().int().min(0).max(10).default(3),
  })
  .strict()
  .refine((o) => o.subreddits.length + o.search.length + o.accounts.length > 0, {
    message: 'nothing to read: give subreddits, search terms or accounts',
  })
  .refine((o) => !o.clientSecret || o.clientId, { message: 'clientSecret needs clientId' })
  .refine((o) => !o.username === !o.password, { message: 'username and password go together' })
  .refine((o) => !o.username || o.clientId, { message: 'the password grant needs clientId and clientSecret' })
export type RedditSourceOptions = z.infer<typeof RedditSourceOptions>
export type RedditSourceInput = z.input<typeof RedditSourceOptions>
