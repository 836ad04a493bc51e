import type { MentionInput } from '../../core/index.ts'
import type { JetstreamPostRecord, JetstreamSubjectRecord } from './jetstream-event-schema.ts'

/** Who wrote a record: the DID, shown as the brand's handle when it is one of its accounts. */
export interface RecordAuthor {
  did: string
  /** known without a network call (an owned account); else the DID stands for the handle */
  handle?: string
}

/** What Vigie remembers of a post it delivered, to give a repost of it its text. */
export interface KnownPost {
  text: string
  lang?: string
}

const authorOf = (a: RecordAuthor) => ({ id: a.did, handle: a.handle ?? a.did })

/** `at://did/collection/rkey`: the record's address, unique across the network. */
export const recordUri = (did: string, collection: string, rkey: string) =>
  `at://${did}/${collection}/${rkey}`

/**
 * A post created on Jetstream as a mention draft (pure). The web address uses the DID (bsky.app accepts it
 * in place of the handle), so no lookup is needed; a new post has no likes, reposts or replies yet.
 */
export const postRecordToMention = (
  author: RecordAuthor,
  rkey: string,
  record: JetstreamPostRecord,
): MentionInput & { createdAt: unknown } => ({
  id: recordUri(author.did, 'app.bsky.feed.post', rkey),
  source: 'bluesky',
  url: `https://bsky.app/profile/${author.did}/post/${rkey}`,
  createdAt: record.createdAt,
  text: record.text,
  ...(record.langs?.[0] && { lang: record.langs[0] }),
  author: authorOf(author),
  metrics: { likes: 0, reposts: 0, replies: 0 },
  ...(record.reply && { replyTo: record.reply.parent.uri }),
})

/** A repost of a post Vigie delivered, as a mention by the reposter with the post's text (pure). */
export const repostRecordToMention = (
  author: RecordAuthor,
  rkey: string,
  record: JetstreamSubjectRecord,
  original: KnownPost,
): MentionInput & { createdAt: unknown } => ({
  id: recordUri(author.did, 'app.bsky.feed.repost', rkey),
  source: 'bluesky',
  url: `https://bsky.app/profile/${author.did}`,
  createdAt: record.createdAt,
  text: original.text,
  ...(original.lang && { lang: original.lang }),
  author: authorOf(author),
  repostOf: record.subject.uri,
})
