export { Includes, Tweet, TwitterUser } from './tweet-schema.ts'
export { type TweetContext, tweetToMention } from './tweet-to-mention.ts'
export { twitterV2Document } from './twitter-v2-document.ts'
