import { z } from 'zod'
import { BlueskyPostRecord } from './post-view-schema.ts'

/** Every Jetstream event: who, when (the stream's own clock, in microseconds: the resume point), what kind. */
export const JetstreamEnvelope = z.object({
  did: z.string().startsWith('did:'),
  time_us: z.number().int().positive(),
  kind: z.string(),
})

/** `commit` of a `kind: "commit"` event: a record created, updated or deleted in a repository. */
export const JetstreamCommit = z.object({
  operation: z.enum(['create', 'update', 'delete']),
  collection: z.string(),
  rkey: z.string().min(1),
  record: z.unknown().optional(),
})
export type JetstreamCommit = z.infer<typeof JetstreamCommit>

const StrongRef = z.object({ uri: z.string().startsWith('at://'), cid: z.string().optional() })

/** app.bsky.embed.record (a quote) or recordWithMedia: the quoted post, read to keep quotes of the brand. */
const Embed = z
  .object({
    $type: z.string().optional(),
    record: z.union([StrongRef, z.object({ record: StrongRef })]).optional(),
  })
  .optional()

/** An app.bsky.feed.post record as Jetstream sends it. */
export const JetstreamPostRecord = BlueskyPostRecord.extend({ embed: Embed })
export type JetstreamPostRecord = z.infer<typeof JetstreamPostRecord>

/** An app.bsky.feed.repost or app.bsky.feed.like record: it points at a post. */
export const JetstreamSubjectRecord = z.object({ subject: StrongRef, createdAt: z.string() })
export type JetstreamSubjectRecord = z.infer<typeof JetstreamSubjectRecord>

/** The post a post quotes, if it quotes one. */
export const quotedUri = (record: JetstreamPostRecord): string | undefined => {
  const r = record.embed?.record
  if (!r) return undefined
  return 'uri' in r ? r.uri : r.record.uri
}
