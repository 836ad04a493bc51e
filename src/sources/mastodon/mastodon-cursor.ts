import { AppError } from '../../core/index.ts'
import type { Cursor } from '../port.ts'

/** The newest status id delivered per stream (`tag:panne`, `public`, `search:…`, `account:…`). */
export type Positions = Record<string, string>

/** Mastodon ids are decimal strings, other servers' flake ids fixed-width: longer is newer, then by order. */
export const compareIds = (a: string, b: string): number =>
  a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0

export const newestId = (a: string | undefined, b: string): string =>
  a === undefined || compareIds(b, a) > 0 ? b : a

export const formatCursor = (positions: Positions): Cursor => JSON.stringify({ v: 1, at: positions })

export const parseCursor = (cursor: Cursor | undefined): Positions => {
  if (cursor === undefined || cursor === '') return {}
  try {
    const parsed = JSON.parse(cursor) as { v?: unknown; at?: unknown }
    const at = parsed.at
    if (
      parsed.v === 1 &&
      at !== null &&
      typeof at === 'object' &&
      Object.values(at).every((id) => typeof id === 'string')
    )
      return { ...(at as Positions) }
  } catch {}
  throw new AppError('invalid', `not a Mastodon cursor: ${cursor.slice(0, 200)}`)
}
