import type { MentionInput } from '../../core/index.ts'
import { count } from '../map-post.ts'
import type { Tweet, TwitterUser } from './tweet-schema.ts'

/** The users and tweets a page includes, by id, for its tweets to refer to. */
export interface TweetContext {
  users: ReadonlyMap<string, TwitterUser>
  tweets: ReadonlyMap<string, Tweet>
}

const LANGS_UNKNOWN = new Set(['und', 'qme', 'qht', 'zxx', 'qam', 'qct'])

const referenced = (tweet: Tweet, type: 'retweeted' | 'replied_to') =>
  tweet.referenced_tweets?.find((r) => r.type === type)?.id

/**
 * A retweet's text in API v2 is cut (`RT @x: …`); when the page includes the original, the full text is
 * written back in the same form, so the analysis reads what was reshared.
 */
const retweetText = (tweet: Tweet, originalId: string | undefined, context: TweetContext): string => {
  const original = originalId === undefined ? undefined : context.tweets.get(originalId)
  if (!original) return tweet.text
  const author = original.author ?? context.users.get(original.author_id ?? '')
  return author?.username ? `RT @${author.username}: ${original.text}` : tweet.text
}

/**
 * An X/Twitter API v2 tweet as a mention draft (pure). The author comes from `author_id` joined to the
 * page's `includes.users` (or a flattened tweet's own `author`); a reply's parent is `replied_to`, or the
 * conversation's first tweet when only `conversation_id` says it is a reply.
 */
export const tweetToMention = (
  tweet: Tweet,
  context: TweetContext,
): MentionInput & { createdAt: unknown } => {
  const user =
    tweet.author ?? (tweet.author_id === undefined ? undefined : context.users.get(tweet.author_id))
  const handle = user?.username
  const repostOf = referenced(tweet, 'retweeted')
  const parent = referenced(tweet, 'replied_to')
  const conversation = tweet.conversation_id !== tweet.id ? tweet.conversation_id : undefined
  const metrics = tweet.public_metrics
  return {
    id: tweet.id,
    source: 'twitter',
    url: handle ? `https://x.com/${handle}/status/${tweet.id}` : `https://x.com/i/web/status/${tweet.id}`,
    createdAt: tweet.created_at,
    text: repostOf ? retweetText(tweet, repostOf, context) : tweet.text,
    ...(tweet.lang && !LANGS_UNKNOWN.has(tweet.lang) && { lang: tweet.lang }),
    ...((user || tweet.author_id) && {
      author: {
        id: user?.id ?? tweet.author_id,
        handle: handle ?? user?.id ?? tweet.author_id,
        ...(user?.name && { name: user.name }),
        ...(user?.public_metrics?.followers_count !== undefined && {
          followers: count(user.public_metrics.followers_count),
        }),
        ...(user?.verified !== undefined && { verified: user.verified }),
      },
    }),
    ...(metrics && {
      metrics: {
        likes: count(metrics.like_count) ?? 0,
        reposts: count(metrics.retweet_count) ?? 0,
        replies: count(metrics.reply_count) ?? 0,
      },
    }),
    ...(repostOf && { repostOf }),
    ...((parent ?? (repostOf ? undefined : conversation)) && { replyTo: parent ?? conversation }),
  }
}
