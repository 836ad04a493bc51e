import { createReadStream } from 'node:fs'
import { type FileCursor, parseFileCursor } from './file-cursor.ts'
import { createPrefixHash, emptyPrefix, type PrefixHash } from './prefix-hash.ts'
import type { FilePosition } from './read-lines.ts'

/** What a read found about a file imported before, for the user. */
export type FileNotice =
  /** the file starts with what was read before: only what follows is read (`newBytes` may be 0) */
  | { kind: 'resumed'; path: string; line: number; newBytes: number }
  /** the file is not what was read before (shorter, or other bytes): it is read again from the start */
  | { kind: 'rewritten'; path: string; line: number; why: 'shorter' | 'changed' }
  /** a cursor from an older Vigie (a bare line number): lines up to it are skipped, unchecked */
  | { kind: 'legacy'; path: string; line: number }

export interface ReadPlan {
  /** where reading starts */
  from: FilePosition
  /** the prefix hash, fed up to `from.offset` */
  hash: PrefixHash
  /** the cursor of "nothing read after `from`" */
  start: FileCursor
  /** items on lines up to this one are skipped (legacy cursors only) */
  skipThroughLine: number
  notice?: FileNotice
}

const FROM_START = { offset: 0, line: 0 }

const fromStart = (notice?: FileNotice, skipThroughLine = 0): ReadPlan => {
  const prefix = emptyPrefix()
  const hash = createPrefixHash(prefix)
  return {
    from: FROM_START,
    hash,
    start: { ...FROM_START, sha256: hash.digestAt(0) },
    skipThroughLine,
    notice,
  }
}

/** SHA-256 of the file's first `length` bytes, read again from disk; undefined if the file is shorter. */
const hashPrefix = async (path: string, length: number, signal: AbortSignal) => {
  const prefix = emptyPrefix()
  if (length === 0) return prefix
  let read = 0
  for await (const chunk of createReadStream(path, { start: 0, end: length - 1, signal })) {
    prefix.hash.update(chunk as Buffer)
    read += (chunk as Buffer).length
  }
  return read === length ? { hash: prefix.hash, offset: length } : undefined
}

/**
 * Decides where a read starts from the saved cursor: from the saved position when the file still starts with
 * the bytes read then (it was appended to, or not changed), from the start otherwise. The modification time
 * is not trusted (copies keep it, editors may not change the size): the bytes are compared.
 */
export const planRead = async (
  path: string,
  saved: string | undefined,
  size: number,
  signal: AbortSignal,
): Promise<ReadPlan> => {
  const stored = parseFileCursor(saved)
  if (stored.kind === 'none') return fromStart()
  if (stored.kind === 'legacy') return fromStart({ kind: 'legacy', path, line: stored.line }, stored.line)
  const { cursor } = stored
  if (size < cursor.offset) return fromStart({ kind: 'rewritten', path, line: cursor.line, why: 'shorter' })
  const prefix = await hashPrefix(path, cursor.offset, signal)
  if (prefix === undefined || prefix.hash.copy().digest('hex') !== cursor.sha256)
    return fromStart({ kind: 'rewritten', path, line: cursor.line, why: 'changed' })
  return {
    from: { offset: cursor.offset, line: cursor.line },
    hash: createPrefixHash(prefix),
    start: cursor,
    skipThroughLine: 0,
    notice: { kind: 'resumed', path, line: cursor.line, newBytes: size - cursor.offset },
  }
}
