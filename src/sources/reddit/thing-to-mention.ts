import type { MentionInput } from '../../core/index.ts'
import { decodeEntities } from '../decode-entities.ts'
import { count } from '../map-post.ts'
import type { RedditComment, RedditLink } from './thing-schema.ts'

/** Reddit writes `[deleted]` for a removed account: no author. */
const authorOf = (thing: { author: string; author_fullname?: string | undefined }) =>
  thing.author === '[deleted]'
    ? undefined
    : { id: thing.author_fullname ?? thing.author, handle: thing.author }

const common = (thing: RedditLink | RedditComment) => ({
  id: thing.name,
  source: 'reddit',
  // the permalink names the subreddit: https://www.reddit.com/r/france/comments/…
  url: `https://www.reddit.com${thing.permalink}`,
  createdAt: thing.created_utc,
  ...(authorOf(thing) && { author: authorOf(thing) }),
})

/** A Reddit post (t3) as a mention draft (pure): its title as the title, its self text as the text. */
export const linkToMention = (link: RedditLink): MentionInput & { createdAt: unknown } => ({
  ...common(link),
  // Reddit's JSON escapes &, < and > in the texts it returns
  title: decodeEntities(link.title),
  text: decodeEntities(link.selftext ?? ''),
  metrics: {
    likes: count(link.score) ?? 0,
    reposts: count(link.num_crossposts) ?? 0,
    replies: count(link.num_comments) ?? 0,
  },
})

/**
 * A Reddit comment (t1) as a mention draft (pure): it answers its parent (a post or a comment), and is
 * titled `r/subreddit: the post's title` when the listing gives the title (search results do).
 */
export const commentToMention = (comment: RedditComment): MentionInput & { createdAt: unknown } => ({
  ...common(comment),
  ...(comment.link_title && { title: `r/${comment.subreddit}: ${decodeEntities(comment.link_title)}` }),
  text: decodeEntities(comment.body),
  metrics: { likes: count(comment.score) ?? 0, reposts: 0, replies: 0 },
  replyTo: comment.parent_id,
})
