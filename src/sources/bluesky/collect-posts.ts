import { AppError, isAppError } from '../../core/index.ts'
import { isObject } from '../map-post.ts'
import type { XrpcClient } from './xrpc-client.ts'

/** A raw post view with the time it sorts at (the search's `sortAt`: the earlier of creation and indexing). */
export interface RawPost {
  raw: unknown
  uri: string
  ms: number
}

export interface CollectOptions {
  xrpc: XrpcClient
  /** base URL of the AppView, or of the PDS when logged in (it forwards app.bsky calls) */
  base: string
  token?: string
  sinceMs: number
  untilMs: number
  maxPages: number
  signal: AbortSignal
}

const timeOf = (raw: unknown, fallback: number): number => {
  const post = isObject(raw) ? raw : {}
  const record = isObject(post.record) ? post.record : {}
  const times = [post.indexedAt, record.createdAt]
    .map((t) => (typeof t === 'string' ? Date.parse(t) : Number.NaN))
    .filter(Number.isFinite)
  return times.length > 0 ? Math.min(...times) : fallback
}

export const rawPost = (raw: unknown, fallback: number): RawPost => ({
  raw,
  uri: isObject(raw) && typeof raw.uri === 'string' ? raw.uri : '',
  ms: timeOf(raw, fallback),
})

/** Pages of one XRPC list, newest first, until the window's start, the last page or the page limit. */
const collectPages = async (
  o: CollectOptions,
  endpoint: string,
  params: Record<string, string>,
  postsOf: (page: Record<string, unknown>) => unknown[] | undefined,
): Promise<RawPost[]> => {
  const found: RawPost[] = []
  let cursor: string | undefined
  for (let page = 0; page < o.maxPages; page++) {
    const url = new URL(`xrpc/${endpoint}`, o.base.endsWith('/') ? o.base : `${o.base}/`)
    for (const [k, v] of Object.entries({ ...params, limit: '100', ...(cursor && { cursor }) }))
      url.searchParams.set(k, v)
    let body: unknown
    try {
      body = await o.xrpc.call(url.toString(), { token: o.token, signal: o.signal })
    } catch (error) {
      // the public AppView refuses anonymous searches (always past the first page): keep what was read
      if (!o.token && isAppError(error) && (error.details as { status?: number })?.status === 403) break
      throw error
    }
    const posts = isObject(body) ? postsOf(body) : undefined
    if (!posts) throw new AppError('unavailable', `${endpoint}: the answer is not a page of posts`)
    const raws = posts.map((p) => rawPost(p, o.sinceMs))
    found.push(...raws)
    cursor = isObject(body) && typeof body.cursor === 'string' ? body.cursor : undefined
    if (!cursor || posts.length === 0 || raws.every((r) => r.ms < o.sinceMs)) break
  }
  return found
}

/** Posts matching a term between `sinceMs` and `untilMs`, newest first (searchPosts, sort=latest). */
export const searchPosts = (o: CollectOptions, q: string) =>
  collectPages(
    o,
    'app.bsky.feed.searchPosts',
    {
      q,
      sort: 'latest',
      since: new Date(o.sinceMs).toISOString(),
      until: new Date(o.untilMs).toISOString(),
    },
    (page) => (Array.isArray(page.posts) ? page.posts : undefined),
  )

/** An account's own posts and replies (not its reposts), newest first (getAuthorFeed). */
export const authorPosts = (o: CollectOptions, actor: string) =>
  collectPages(o, 'app.bsky.feed.getAuthorFeed', { actor, filter: 'posts_with_replies' }, (page) =>
    Array.isArray(page.feed)
      ? page.feed
          .filter((item) => isObject(item) && item.reason === undefined)
          .map((item) => (item as { post?: unknown }).post)
      : undefined,
  )
