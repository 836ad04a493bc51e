import { createHash } from 'node:crypto'
import { isObject, type MappedPost, mapPost } from '../map-post.ts'
import type { SourceItem } from '../port.ts'
import type { RawThing } from './read-new-things.ts'
import {
  compareMarks,
  type Progress,
  type RedditState,
  SKIP_KEPT,
  serializeRedditCursor,
} from './reddit-cursor.ts'
import { RedditComment, RedditLink } from './thing-schema.ts'
import { commentToMention, linkToMention } from './thing-to-mention.ts'

const mapThing = (raw: unknown): MappedPost => {
  const kind = isObject(raw) ? raw.kind : undefined
  if (kind === 't3') return mapPost('reddit', RedditLink, (raw as { data: unknown }).data, linkToMention)
  if (kind === 't1')
    return mapPost('reddit', RedditComment, (raw as { data: unknown }).data, commentToMention)
  return {
    payload: (JSON.stringify(raw) ?? String(raw)).slice(0, 100_000),
    result: {
      ok: false,
      reason: `not a Reddit post (t3) or comment (t1): kind ${JSON.stringify(kind) ?? 'missing'}`,
      kind: 'not a reddit thing',
    },
  }
}

/** A thing without a usable position is told apart by its fullname, or by a hash of its payload. */
const tagOf = (thing: RawThing): string => {
  const data = isObject(thing.raw) ? thing.raw.data : undefined
  if (isObject(data) && typeof data.name === 'string') return data.name
  return createHash('sha256')
    .update(JSON.stringify(thing.raw) ?? '')
    .digest('hex')
    .slice(0, 16)
}

export interface DeliverContext {
  state: RedditState
  /** fullnames delivered in this read: a post found by two listings is delivered once */
  seen: Set<string>
  /** called with each post delivered, before its cursor is written (to watch its thread) */
  onLink?: (data: { id: string; created_utc: number }) => void
}

/**
 * Yields things (oldest first) as mentions or rejections, moving the listing's or thread's progress with
 * each: every item carries the cursor of the whole state after it, so a restart resumes right after it.
 */
export function* deliverThings(
  things: RawThing[],
  progress: Progress,
  ctx: DeliverContext,
): Generator<SourceItem> {
  for (const thing of things) {
    if (thing.mark && progress.mark && compareMarks(thing.mark, progress.mark) <= 0) continue
    const tag = thing.mark ? undefined : tagOf(thing)
    if (tag && progress.skip.includes(tag)) continue
    if (thing.mark) progress.mark = thing.mark
    else progress.skip = [...progress.skip, tag!].slice(-SKIP_KEPT)
    const mapped = mapThing(thing.raw)
    if (!mapped.result.ok) {
      const { reason, kind } = mapped.result
      yield {
        rejected: { reason, ...(kind && { kind }), payload: mapped.payload },
        cursor: serializeRedditCursor(ctx.state),
      }
      continue
    }
    const mention = mapped.result.mention
    if (ctx.seen.has(mention.id)) continue
    ctx.seen.add(mention.id)
    if (mention.id.startsWith('reddit:t3_'))
      ctx.onLink?.((thing.raw as { data: { id: string; created_utc: number } }).data)
    yield { mention, cursor: serializeRedditCursor(ctx.state) }
  }
}
