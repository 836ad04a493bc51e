import type { MentionInput } from '../../core/index.ts'
import { count } from '../map-post.ts'
import type { BlueskyPostView, BlueskyProfile, BlueskyRepostReason } from './post-view-schema.ts'

/** `at://did:plc:x/app.bsky.feed.post/3kq…` → `3kq…`, the record key of the post's web address. */
const recordKey = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1)

const authorOf = (profile: BlueskyProfile) => ({
  id: profile.did,
  handle: profile.handle,
  ...(profile.displayName && { name: profile.displayName }),
  ...(profile.followersCount !== undefined && { followers: count(profile.followersCount) }),
})

/**
 * A Bluesky post view as a mention draft (pure). Its id is the post's `at://` URI (unique across the
 * network); a reply points at its parent's URI; the web address is built from the handle and the record key.
 */
export const postToMention = (post: BlueskyPostView): MentionInput & { createdAt: unknown } => ({
  id: post.uri,
  source: 'bluesky',
  url: `https://bsky.app/profile/${post.author.handle}/post/${recordKey(post.uri)}`,
  createdAt: post.record.createdAt,
  text: post.record.text,
  ...(post.record.langs?.[0] && { lang: post.record.langs[0] }),
  author: authorOf(post.author),
  metrics: {
    likes: count(post.likeCount) ?? 0,
    reposts: (count(post.repostCount) ?? 0) + (count(post.quoteCount) ?? 0),
    replies: count(post.replyCount) ?? 0,
  },
  ...(post.record.reply && { replyTo: post.record.reply.parent.uri }),
})

/**
 * A repost seen in a feed (`reason` of a feed item) as its own mention: by the reposter, when it was
 * reposted, with the post's text, pointing at the post. Its id is the repost record's URI when the feed
 * gives it, else one made of the reposter and the post.
 */
export const repostToMention = (
  post: BlueskyPostView,
  reason: BlueskyRepostReason,
): MentionInput & { createdAt: unknown } => ({
  id: reason.uri ?? `repost:${reason.by.did}:${post.uri}`,
  source: 'bluesky',
  url: `https://bsky.app/profile/${reason.by.handle}`,
  createdAt: reason.indexedAt,
  text: post.record.text,
  ...(post.record.langs?.[0] && { lang: post.record.langs[0] }),
  author: authorOf(reason.by),
  repostOf: post.uri,
})
