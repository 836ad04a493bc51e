import { z } from 'zod'

/** The Mastodon Account entity (fields Vigie reads). */
export const MastodonAccount = z.object({
  id: z.string(),
  username: z.string(),
  acct: z.string(),
  display_name: z.string().optional(),
  followers_count: z.number().optional(),
})

const statusFields = {
  id: z.string(),
  uri: z.string().optional(),
  url: z.string().nullish(),
  created_at: z.string(),
  content: z.string(),
  spoiler_text: z.string().optional(),
  language: z.string().nullish(),
  in_reply_to_id: z.string().nullish(),
  replies_count: z.number().optional(),
  reblogs_count: z.number().optional(),
  favourites_count: z.number().optional(),
  account: MastodonAccount,
}

/** The Mastodon Status entity, as /api/v1/timelines/* and /api/v2/search return it; `reblog` is a status. */
export const MastodonStatus = z.object({
  ...statusFields,
  reblog: z.object(statusFields).nullish(),
})
export type MastodonStatus = z.infer<typeof MastodonStatus>
