export { blueskyDocument } from './bluesky-document.ts'
export { postToMention, repostToMention } from './post-to-mention.ts'
export {
  BlueskyPostRecord,
  BlueskyPostView,
  BlueskyProfile,
  BlueskyRepostReason,
} from './post-view-schema.ts'
