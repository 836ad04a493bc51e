import type { KnownPost } from './commit-to-mention.ts'

/** How a delivered post spreads while the stream runs (the mention schema's metrics). */
export interface Engagement {
  /** the mention's id (`bluesky:at://…`) */
  id: string
  likes: number
  reposts: number
  replies: number
}

interface Entry extends KnownPost {
  likes: number
  reposts: number
  replies: number
}

/**
 * The posts delivered lately (the newest `max`), so that a repost of one can carry its text and its likes,
 * reposts and replies can be counted. Kept in memory only: a restarted source starts counting afresh.
 */
export const createKnownPosts = (max: number, onEngagement?: (e: Engagement) => void) => {
  const posts = new Map<string, Entry>()
  const bump = (uri: string, metric: 'likes' | 'reposts' | 'replies') => {
    const post = posts.get(uri)
    if (!post) return false
    post[metric]++
    onEngagement?.({ id: `bluesky:${uri}`, likes: post.likes, reposts: post.reposts, replies: post.replies })
    return true
  }
  return {
    remember(uri: string, post: KnownPost, counts = { likes: 0, reposts: 0, replies: 0 }) {
      posts.delete(uri)
      posts.set(uri, { ...post, ...counts })
      if (posts.size > max) posts.delete(posts.keys().next().value!)
    },
    get: (uri: string): KnownPost | undefined => posts.get(uri),
    /** counts a like, repost or reply of a known post; false when the post is not known */
    bump,
  }
}
export type KnownPosts = ReturnType<typeof createKnownPosts>
