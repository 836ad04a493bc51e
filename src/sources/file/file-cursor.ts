import { AppError } from '../../core/index.ts'
import type { FilePosition } from './read-lines.ts'

/**
 * Where a file was read up to: a position at an item boundary and the SHA-256 of every byte before it, so a
 * later read can tell a file that only grew (resume there) from one rewritten since (read it again).
 */
export interface FileCursor extends FilePosition {
  sha256: string
}

export type StoredCursor =
  | { kind: 'none' }
  /** a bare line number, written by Vigie before file cursors had a position and a hash */
  | { kind: 'legacy'; line: number }
  | { kind: 'position'; cursor: FileCursor }

export const formatFileCursor = (c: FileCursor): string =>
  JSON.stringify({ line: c.line, offset: c.offset, sha256: c.sha256 })

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0

export const parseFileCursor = (text: string | undefined): StoredCursor => {
  if (text === undefined) return { kind: 'none' }
  if (/^\d+$/.test(text)) return { kind: 'legacy', line: Number(text) }
  let value: Partial<FileCursor> | undefined
  try {
    value = JSON.parse(text) as Partial<FileCursor>
  } catch {
    value = undefined
  }
  if (value && isWhole(value.line) && isWhole(value.offset) && /^[0-9a-f]{64}$/.test(String(value.sha256)))
    return {
      kind: 'position',
      cursor: { line: value.line, offset: value.offset, sha256: String(value.sha256) },
    }
  throw new AppError(
    'invalid',
    `the saved file cursor is not understood ("${text.slice(0, 80)}"): use --from-start`,
  )
}
