export { redditDocument } from './reddit-document.ts'
export { RedditComment, RedditLink } from './thing-schema.ts'
export { commentToMention, linkToMention } from './thing-to-mention.ts'
