import { AppError } from '../core/index.ts'

/** Where the previous page stopped: the last mention's time and id (mentions are listed newest first). */
export interface PagePosition {
  createdAt: number
  id: string
}

export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 500

export const pageSize = (limit: number | undefined): number =>
  Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit ?? DEFAULT_PAGE_SIZE)))

/** Opaque to callers; the same token works on every engine. */
export const encodePageToken = (position: PagePosition): string =>
  Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url')

export const decodePageToken = (token: string): PagePosition => {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    if (Array.isArray(value) && Number.isSafeInteger(value[0]) && typeof value[1] === 'string') {
      return { createdAt: value[0] as number, id: value[1] }
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError('invalid', 'the page token is not one this store gave out')
}

/** Turns `limit + 1` fetched items into a page: the extra one only says there is a next page. */
export const toPage = <T>(
  items: T[],
  limit: number,
  positionOf: (item: T) => PagePosition,
): { items: T[]; next?: string } => {
  if (items.length <= limit) return { items }
  const page = items.slice(0, limit)
  return { items: page, next: encodePageToken(positionOf(page[page.length - 1] as T)) }
}
