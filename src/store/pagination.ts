import { AppError } from '../core/index.ts'
import type { MentionSort } from './port.ts'

/**
 * Where the previous page stopped: the last mention's time and id, and for the orders by a number (reach,
 * engagement) that number as the list sorted on it.
 */
export interface PagePosition {
  createdAt: number
  id: string
  key?: number
}

export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 500

export const pageSize = (limit: number | undefined): number =>
  Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(limit ?? DEFAULT_PAGE_SIZE)))

/**
 * Opaque to callers; the same token works on every engine. A token of the default order keeps its first
 * form (`[createdAt, id]`); the others say their order, so a token is refused under another one.
 */
export const encodePageToken = (position: PagePosition, sort: MentionSort = 'newest'): string => {
  const value =
    sort === 'newest'
      ? [position.createdAt, position.id]
      : [position.createdAt, position.id, sort, position.key ?? null]
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

const readToken = (token: string): unknown => {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
}

export const decodePageToken = (token: string, sort: MentionSort = 'newest'): PagePosition => {
  const value = readToken(token)
  if (Array.isArray(value) && Number.isSafeInteger(value[0]) && typeof value[1] === 'string') {
    const [createdAt, id, tokenSort = 'newest', key = null] = value as [number, string, unknown, unknown]
    const keyOk = key === null || (typeof key === 'number' && Number.isFinite(key))
    if (tokenSort === sort && keyOk && value.length <= 4)
      return { createdAt, id, ...(typeof key === 'number' && { key }) }
  }
  throw new AppError('invalid', 'the page token is not one this store gave out for this order')
}

/** Where a page of alerts stopped: its last alert's time and id. */
export interface AlertPagePosition {
  at: number
  id: string
}

/** An alert page's token says it is one (`alert`), so that it is never taken for a mention page's. */
export const encodeAlertPageToken = (position: AlertPagePosition): string =>
  Buffer.from(JSON.stringify([position.at, position.id, 'alert'])).toString('base64url')

export const decodeAlertPageToken = (token: string): AlertPagePosition => {
  const value = readToken(token)
  if (
    Array.isArray(value) &&
    value.length === 3 &&
    Number.isSafeInteger(value[0]) &&
    typeof value[1] === 'string' &&
    value[2] === 'alert'
  )
    return { at: value[0] as number, id: value[1] }
  throw new AppError('invalid', 'the page token is not one this store gave out for a list of alerts')
}

/** Turns `limit + 1` fetched items into a page: the extra one only says there is a next page. */
export const toPage = <T>(
  items: T[],
  limit: number,
  positionOf: (item: T) => PagePosition,
  sort: MentionSort = 'newest',
): { items: T[]; next?: string } => {
  if (items.length <= limit) return { items }
  const page = items.slice(0, limit)
  return { items: page, next: encodePageToken(positionOf(page[page.length - 1] as T), sort) }
}
