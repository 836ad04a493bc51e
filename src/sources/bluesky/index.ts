export { type BlueskyDeps, createBlueskyConnector } from './bluesky-connector.ts'
export { blueskyDocument } from './bluesky-document.ts'
export {
  type BlueskySourceInput,
  BlueskySourceOptions,
  DEFAULT_JETSTREAM,
} from './bluesky-source-options.ts'
export type { Engagement } from './known-posts.ts'
export { postToMention, repostToMention } from './post-to-mention.ts'
export {
  BlueskyPostRecord,
  BlueskyPostView,
  BlueskyProfile,
  BlueskyRepostReason,
} from './post-view-schema.ts'
