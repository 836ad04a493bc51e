import { isObject, type MappedPost, mapPost, unknownDocument } from '../map-post.ts'
import { MastodonStatus } from './status-schema.ts'
import { statusToMention } from './status-to-mention.ts'

const SHAPES =
  'a list of Status entities (as /api/v1/timelines return them), a search result {"statuses": […]}, or one Status per line'

const mapStatus = (raw: unknown) => mapPost('mastodon', MastodonStatus, raw, statusToMention)

/** Every status of a Mastodon export document: a list of statuses, a v2 search result, or one status. */
export const mastodonDocument = (document: unknown): MappedPost[] => {
  if (Array.isArray(document)) return document.map(mapStatus)
  if (isObject(document) && Array.isArray(document.statuses)) return document.statuses.map(mapStatus)
  if (isObject(document) && 'content' in document && 'account' in document) return [mapStatus(document)]
  return [unknownDocument('mastodon', SHAPES, document)]
}
