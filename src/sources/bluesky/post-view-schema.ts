import { z } from 'zod'

/** app.bsky.actor.defs#profileViewBasic (fields Vigie reads). */
export const BlueskyProfile = z.object({
  did: z.string(),
  handle: z.string(),
  displayName: z.string().optional(),
  followersCount: z.number().optional(),
})
export type BlueskyProfile = z.infer<typeof BlueskyProfile>

const StrongRef = z.object({ uri: z.string(), cid: z.string().optional() })

/** The app.bsky.feed.post record inside a post view. */
export const BlueskyPostRecord = z.object({
  text: z.string(),
  createdAt: z.string(),
  langs: z.array(z.string()).optional(),
  reply: z.object({ root: StrongRef.optional(), parent: StrongRef }).optional(),
})

/** app.bsky.feed.defs#postView, as searchPosts, getAuthorFeed and getTimeline return it. */
export const BlueskyPostView = z.object({
  uri: z.string().startsWith('at://'),
  author: BlueskyProfile,
  record: BlueskyPostRecord,
  replyCount: z.number().optional(),
  repostCount: z.number().optional(),
  likeCount: z.number().optional(),
  quoteCount: z.number().optional(),
})
export type BlueskyPostView = z.infer<typeof BlueskyPostView>

/** app.bsky.feed.defs#reasonRepost: why a feed shows a post (someone reposted it). */
export const BlueskyRepostReason = z.object({
  $type: z.literal('app.bsky.feed.defs#reasonRepost'),
  by: BlueskyProfile,
  uri: z.string().optional(),
  indexedAt: z.string(),
})
export type BlueskyRepostReason = z.infer<typeof BlueskyRepostReason>
