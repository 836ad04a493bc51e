import { isObject, type MappedPost, mapPost, unknownDocument } from '../map-post.ts'
import { Includes, Tweet, type TwitterUser } from './tweet-schema.ts'
import { type TweetContext, tweetToMention } from './tweet-to-mention.ts'

const SHAPES =
  'an API v2 response page {"data": [tweets], "includes": {"users": […]}} (one per line as twarc writes them, or one document), a tweet object, or a list of tweets'

const contextOf = (includes: unknown): TweetContext => {
  const parsed = Includes.safeParse(includes ?? {})
  const users = new Map<string, TwitterUser>()
  const tweets = new Map<string, Tweet>()
  if (parsed.success) {
    for (const user of parsed.data.users ?? []) users.set(user.id, user)
    for (const raw of parsed.data.tweets ?? []) {
      const tweet = Tweet.safeParse(raw)
      if (tweet.success) tweets.set(tweet.data.id, tweet.data)
    }
  }
  return { users, tweets }
}

const NO_CONTEXT: TweetContext = { users: new Map(), tweets: new Map() }

const mapTweets = (tweets: unknown[], context: TweetContext): MappedPost[] =>
  tweets.map((raw) => mapPost('twitter-v2', Tweet, raw, (tweet) => tweetToMention(tweet, context)))

/** Every tweet of an X/Twitter API v2 export document: a response page, a tweet, or a list of either. */
export const twitterV2Document = (document: unknown): MappedPost[] => {
  if (Array.isArray(document)) return document.flatMap((item) => twitterV2Document(item))
  if (!isObject(document)) return [unknownDocument('twitter-v2', SHAPES, document)]
  if (Array.isArray(document.data)) return mapTweets(document.data, contextOf(document.includes))
  if (isObject(document.data)) return mapTweets([document.data], contextOf(document.includes))
  if ('meta' in document && !('data' in document)) return [] // a page with no results
  if ('text' in document && 'id' in document) return mapTweets([document], NO_CONTEXT)
  return [unknownDocument('twitter-v2', SHAPES, document)]
}
