import type { z } from 'zod'
import { mapPost } from '../map-post.ts'
import type { SourceItem } from '../port.ts'
import {
  postRecordToMention,
  type RecordAuthor,
  recordUri,
  repostRecordToMention,
} from './commit-to-mention.ts'
import {
  JetstreamCommit,
  JetstreamEnvelope,
  JetstreamPostRecord,
  JetstreamSubjectRecord,
  quotedUri,
} from './jetstream-event-schema.ts'
import type { StreamState } from './jetstream-state.ts'
import type { KnownPosts } from './known-posts.ts'

export interface EventContext {
  state: StreamState
  known: KnownPosts
  /** the brand's accounts: DID → the handle the user declared (or none when declared by DID) */
  owned: ReadonlyMap<string, string | undefined>
  matches: (text: string) => boolean
}

/** What one message did: an item to deliver, and whether it was newer than anything read before. */
export interface Handled {
  item?: SourceItem
  fresh: boolean
}

const didOf = (uri: string | undefined) => uri?.split('/')[2]

const reject = (ctx: EventContext, raw: string, reason: string, kind: string): SourceItem => ({
  rejected: { reason, kind, payload: raw.slice(0, 100_000) },
  cursor: ctx.state.cursor(),
})

const issues = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')

/**
 * One Jetstream message → at most one item. Posts are kept when they match, are the brand's, or answer or
 * quote the brand; a repost of a delivered post is delivered too; likes, reposts and replies of delivered
 * posts are counted. A message already delivered or counted (a replay after reconnecting) is skipped.
 */
export const handleJetstreamEvent = (raw: string, ctx: EventContext): Handled => {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { fresh: false, item: reject(ctx, raw, 'not JSON', 'bluesky event: not JSON') }
  }
  const envelope = JetstreamEnvelope.safeParse(json)
  if (!envelope.success)
    return {
      fresh: false,
      item: reject(
        ctx,
        raw,
        `not a Jetstream event: ${issues(envelope.error)}`,
        'bluesky event: not a Jetstream event',
      ),
    }
  const { did, time_us, kind } = envelope.data
  const fresh = ctx.state.advance(time_us)
  if (kind !== 'commit') return { fresh }
  const commit = JetstreamCommit.safeParse((json as { commit?: unknown }).commit)
  // a replayed event (no newer than what was read) that cannot be keyed was rejected the first time
  if (!commit.success && !fresh) return { fresh }
  if (!commit.success)
    return {
      fresh,
      item: reject(ctx, raw, `not a Jetstream commit: ${issues(commit.error)}`, 'bluesky event: commit'),
    }
  const { operation, collection, rkey, record } = commit.data
  const key = recordUri(did, collection, rkey)
  if (operation !== 'create') return { fresh }
  if (ctx.state.seen(key)) {
    // a post delivered before a restart, replayed: remembered again so that its reposts are delivered
    if (collection === 'app.bsky.feed.post' && ctx.state.wasDelivered(key)) relearn(ctx, key, record)
    return { fresh }
  }
  const author = { did, handle: ctx.owned.get(did) }
  if (collection === 'app.bsky.feed.post')
    return { fresh, item: handlePost(ctx, raw, key, author, rkey, record) }
  if (collection === 'app.bsky.feed.repost')
    return { fresh, item: handleRepost(ctx, raw, key, author, rkey, record) }
  if (collection === 'app.bsky.feed.like') handleLike(ctx, key, record)
  return { fresh }
}

const handlePost = (
  ctx: EventContext,
  raw: string,
  key: string,
  author: RecordAuthor,
  rkey: string,
  record: unknown,
): SourceItem | undefined => {
  const parsed = JetstreamPostRecord.safeParse(record)
  if (parsed.success) {
    const post = parsed.data
    if (post.reply && ctx.known.bump(post.reply.parent.uri, 'replies')) ctx.state.count(key)
    const touched = [post.reply?.parent.uri, post.reply?.root?.uri, quotedUri(post)].map(didOf)
    const keep =
      ctx.owned.has(author.did) || touched.some((d) => d && ctx.owned.has(d)) || ctx.matches(post.text)
    if (!keep) return undefined
  }
  ctx.state.deliver(key)
  const mapped = mapPost('bluesky', JetstreamPostRecord, record, (post) =>
    postRecordToMention(author, rkey, post),
  )
  if (!mapped.result.ok) return reject(ctx, raw, mapped.result.reason, mapped.result.kind ?? 'bluesky post')
  const { mention } = mapped.result
  ctx.known.remember(key, { text: mention.text, ...(mention.lang && { lang: mention.lang }) })
  return { mention, cursor: ctx.state.cursor() }
}

const handleRepost = (
  ctx: EventContext,
  raw: string,
  key: string,
  author: RecordAuthor,
  rkey: string,
  record: unknown,
): SourceItem | undefined => {
  const parsed = JetstreamSubjectRecord.safeParse(record)
  if (!parsed.success)
    return reject(ctx, raw, `not a repost record: ${issues(parsed.error)}`, 'bluesky event: repost')
  const original = ctx.known.get(parsed.data.subject.uri)
  if (!original) return undefined // a repost of a post Vigie did not keep says nothing about the brand
  ctx.known.bump(parsed.data.subject.uri, 'reposts')
  ctx.state.deliver(key)
  const mapped = mapPost('bluesky', JetstreamSubjectRecord, record, (r) =>
    repostRecordToMention(author, rkey, r, original),
  )
  if (!mapped.result.ok) return reject(ctx, raw, mapped.result.reason, mapped.result.kind ?? 'bluesky repost')
  return { mention: mapped.result.mention, cursor: ctx.state.cursor() }
}

const handleLike = (ctx: EventContext, key: string, record: unknown) => {
  const parsed = JetstreamSubjectRecord.safeParse(record)
  // a malformed like is dropped, not a dead letter: likes are counted, never delivered
  if (parsed.success && ctx.known.bump(parsed.data.subject.uri, 'likes')) ctx.state.count(key)
}

const relearn = (ctx: EventContext, key: string, record: unknown) => {
  const post = JetstreamPostRecord.safeParse(record)
  if (post.success && !ctx.known.get(key))
    ctx.known.remember(key, {
      text: post.data.text,
      ...(post.data.langs?.[0] && { lang: post.data.langs[0] }),
    })
}
