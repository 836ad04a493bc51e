import type { MapResult, SourceItem } from '../port.ts'
import { type FileCursor, formatFileCursor } from './file-cursor.ts'
import type { PrefixHash } from './prefix-hash.ts'
import type { FilePosition } from './read-lines.ts'

/** What a format reader makes of one post of the file, and where the file is done once it is delivered. */
export interface Positioned {
  result: MapResult
  /** the raw input, kept with a rejection */
  payload: string
  /** the line the post starts on (JSONL, CSV, a JSON document per line) */
  line?: number
  /** its rank in a JSON document read whole, which has no line per post */
  item?: number
  /** every post before this position has been delivered once this one is */
  done: FilePosition
}

/** How many bytes a resumed read may go over again after an interrupted import (a checkpoint's spacing). */
export const CHECKPOINT_BYTES = 64 * 1024

const toSourceItem = (p: Positioned, cursor: string): SourceItem => {
  if (p.result.ok)
    return p.line === undefined
      ? { mention: p.result.mention, cursor }
      : { mention: p.result.mention, cursor, line: p.line }
  const { reason, kind } = p.result
  return {
    rejected: {
      reason,
      payload: p.payload,
      ...(kind !== undefined && { kind }),
      ...(p.line !== undefined && { line: p.line }),
      ...(p.item !== undefined && { item: p.item }),
    },
    cursor,
  }
}

export interface CheckpointPlan {
  /** the cursor of "nothing read yet" (the start, or the saved position a resumed read starts from) */
  start: FileCursor
  hash: PrefixHash
  /** posts on lines up to this one are read but not delivered (a cursor of an older Vigie) */
  skipThroughLine: number
}

/**
 * Gives each post a cursor: the last checkpoint at or before its end. A checkpoint (a position and the hash
 * of every byte before it) is taken every `CHECKPOINT_BYTES` and after the last post, so a file read to its
 * end resumes exactly there, and an interrupted import goes over at most one spacing again (stored once,
 * ids being stable). Hashing at checkpoints only keeps it off the per-post cost. The last post is held back
 * until the next one (or the end) shows it is the last.
 */
export async function* withCheckpoints(
  posts: AsyncIterable<Positioned>,
  plan: CheckpointPlan,
  every = CHECKPOINT_BYTES,
): AsyncGenerator<SourceItem> {
  const { hash } = plan
  let checkpoint = plan.start
  let cursor = formatFileCursor(checkpoint)
  const skipping = plan.skipThroughLine > 0
  const skipped = (p: Positioned) => skipping && p.line !== undefined && p.line <= plan.skipThroughLine
  const cursorOf = (p: Positioned, force: boolean): string => {
    const gap = p.done.offset - checkpoint.offset
    if (gap > 0 && (force || gap >= every)) {
      checkpoint = { ...p.done, sha256: hash.digestAt(p.done.offset) }
      cursor = formatFileCursor(checkpoint)
    }
    hash.advanceTo(p.done.offset)
    return cursor
  }
  let held: Positioned | undefined
  for await (const post of posts) {
    if (held && skipped(held)) cursorOf(held, !skipped(post))
    else if (held) yield toSourceItem(held, cursorOf(held, false))
    held = post
  }
  if (held && skipped(held)) cursorOf(held, true)
  else if (held) yield toSourceItem(held, cursorOf(held, true))
}
