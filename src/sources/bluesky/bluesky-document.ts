import { isObject, type MappedPost, mapPost, unknownDocument } from '../map-post.ts'
import { postToMention, repostToMention } from './post-to-mention.ts'
import { BlueskyPostView, BlueskyRepostReason } from './post-view-schema.ts'

const SHAPES =
  'a searchPosts response {"posts": [post views]}, a feed {"feed": [{"post", "reason"}]} (getAuthorFeed, getTimeline), or one post view per line'

const mapView = (raw: unknown) => mapPost('bluesky', BlueskyPostView, raw, postToMention)

/** A feed item: the post, and a repost of it when that is why the feed shows it. */
const mapFeedItem = (item: unknown): MappedPost[] => {
  if (!isObject(item)) return [mapView(item)]
  const reason = BlueskyRepostReason.safeParse(item.reason)
  if (!reason.success) return [mapView(item.post)]
  const repost = mapPost('bluesky', BlueskyPostView, item.post, (post) => repostToMention(post, reason.data))
  return [mapView(item.post), repost]
}

/** Every post of a Bluesky export document: search results, a feed, a list of post views, or one. */
export const blueskyDocument = (document: unknown): MappedPost[] => {
  if (Array.isArray(document)) return document.flatMap((item) => blueskyDocument(item))
  if (!isObject(document)) return [unknownDocument('bluesky', SHAPES, document)]
  if (Array.isArray(document.posts)) return document.posts.map(mapView)
  if (Array.isArray(document.feed)) return document.feed.flatMap(mapFeedItem)
  if ('post' in document) return mapFeedItem(document)
  if ('uri' in document && 'record' in document) return [mapView(document)]
  return [unknownDocument('bluesky', SHAPES, document)]
}
