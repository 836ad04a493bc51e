export { createBlueskyPublisher } from './bluesky-publisher.ts'
export type { HttpPost } from './http-post.ts'
export { createMastodonPublisher } from './mastodon-publisher.ts'
export { createWebhookPublisher } from './webhook-publisher.ts'
