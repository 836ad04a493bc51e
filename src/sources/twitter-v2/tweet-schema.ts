import { z } from 'zod'

/** The X/Twitter API v2 user object, as `includes.users` or a flattened tweet's `author` carry it. */
export const TwitterUser = z.object({
  id: z.string(),
  username: z.string().optional(),
  name: z.string().optional(),
  verified: z.boolean().optional(),
  public_metrics: z.object({ followers_count: z.number().optional() }).optional(),
})
export type TwitterUser = z.infer<typeof TwitterUser>

export const ReferencedTweet = z.object({
  type: z.enum(['retweeted', 'quoted', 'replied_to']),
  id: z.string(),
})

/** The API v2 tweet object (fields Vigie reads; the others are ignored). */
export const Tweet = z.object({
  id: z.string(),
  text: z.string(),
  created_at: z.string(),
  author_id: z.string().optional(),
  conversation_id: z.string().optional(),
  lang: z.string().optional(),
  public_metrics: z
    .object({
      retweet_count: z.number().optional(),
      reply_count: z.number().optional(),
      like_count: z.number().optional(),
      quote_count: z.number().optional(),
    })
    .optional(),
  referenced_tweets: z.array(ReferencedTweet).optional(),
  /** twarc2's flattened tweets embed their author */
  author: TwitterUser.optional(),
})
export type Tweet = z.infer<typeof Tweet>

/** What a response page carries beside its tweets: the users and tweets they refer to. */
export const Includes = z.object({
  users: z.array(TwitterUser).optional(),
  tweets: z.array(z.unknown()).optional(),
})
export type Includes = z.infer<typeof Includes>
