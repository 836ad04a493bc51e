import { isObject, type MappedPost, mapPost, unknownDocument } from '../map-post.ts'
import { RedditComment, RedditLink } from './thing-schema.ts'
import { commentToMention, linkToMention } from './thing-to-mention.ts'

const SHAPES =
  'a Listing {"kind": "Listing", "data": {"children": [{"kind": "t3" or "t1", "data"}]}} (one per line, or one document), or a thread [post listing, comments listing]'

const isListing = (value: unknown): value is { data: { children: unknown[] } } =>
  isObject(value) && value.kind === 'Listing' && isObject(value.data) && Array.isArray(value.data.children)

/** One child of a listing: a post, or a comment followed by its nested replies; "more" stubs hold no post. */
const mapThing = (thing: unknown): MappedPost[] => {
  if (!isObject(thing)) return [unknownDocument('reddit', SHAPES, thing)]
  if (thing.kind === 't3') return [mapPost('reddit', RedditLink, thing.data, linkToMention)]
  if (thing.kind === 't1') {
    const replies = isObject(thing.data) ? thing.data.replies : undefined
    return [mapPost('reddit', RedditComment, thing.data, commentToMention), ...mapListing(replies)]
  }
  if (thing.kind === 'more') return []
  return [unknownDocument('reddit', SHAPES, thing)]
}

const mapListing = (listing: unknown): MappedPost[] =>
  isListing(listing) ? listing.data.children.flatMap(mapThing) : []

/** Every post and comment of a Reddit export document: a Listing, a thread (a list of listings), or a thing. */
export const redditDocument = (document: unknown): MappedPost[] => {
  if (Array.isArray(document)) return document.flatMap((item) => redditDocument(item))
  if (isListing(document)) return mapListing(document)
  if (isObject(document) && (document.kind === 't3' || document.kind === 't1')) return mapThing(document)
  return [unknownDocument('reddit', SHAPES, document)]
}
