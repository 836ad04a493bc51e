import { AppError, type Clock, describeIssues, systemClock } from '../../core/index.ts'
import { checkUrl, fetchSafely, type NetPolicy, type SafeResponse } from '../net/index.ts'
import type { Connector, Cursor, MapResult, SourceItem } from '../port.ts'
import {
  entryDate,
  entryKey,
  entryLink,
  entryToMention,
  type FeedContext,
  feedHost,
} from './entry-to-mention.ts'
import { fetchArticle } from './fetch-article.ts'
import { decodeFeedBody, type FeedEntry, parseFeedDocument } from './parse-feed.ts'
import {
  emptyCursor,
  formatRssCursor,
  parseRssCursor,
  type RssCursor,
  rememberDated,
  rememberUndated,
  wasDelivered,
} from './rss-cursor.ts'
import { RssOptions, type RssOptionsInput } from './rss-options.ts'

/** What a feed's reader tells its owner without stopping (to log). */
export type RssNotice =
  /** the item's page could not be read: the mention has the feed's text */
  | { kind: 'article-unread'; feed: string; url: string; reason: string }
  /** more new items than `maxItems`: the rest come with the next fetch */
  | { kind: 'more-items'; feed: string; delivered: number; left: number }
  /** the saved cursor was not understood: the feed is read as new (its items are stored once anyway) */
  | { kind: 'cursor-reset'; feed: string; reason: string }

export interface RssDeps {
  /** which hosts the feed and its pages may be on (`network.allowHosts`) */
  policy: NetPolicy
  /** the fetch time, given to the items of a feed without dates; 24 h past it a date is refused */
  clock?: Clock
  onNotice?: (notice: RssNotice) => void
}

const FEED_TIMEOUT_MS = 30_000
const MAX_FEED_BYTES = 10 * 1024 * 1024
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5'

/** One item of the fetch, in the order it is delivered. */
type Planned =
  | { kind: 'dated'; entry: FeedEntry; key: string; time: number }
  /** a feed without any date: the item is dated when it was fetched */
  | { kind: 'fetch-time'; entry: FeedEntry; key: string }
  /** an item without a usable date in a feed that has dates: refused */
  | { kind: 'no-date'; entry: FeedEntry; key: string; reason: string; why: string }

/**
 * Which items of the feed are new, oldest first: the refused ones, then the dated ones by date (an equal
 * date in the feed's reverse order: feeds list newest first), then those of a feed without dates (dated at
 * the fetch). An id listed twice is read once (its first listing).
 */
const plan = (entries: readonly FeedEntry[], ctx: FeedContext, cursor: RssCursor, now: Date) => {
  const keyed = new Map<string, FeedEntry>()
  for (const entry of entries) {
    const key = entryKey(entry, ctx)
    if (!keyed.has(key)) keyed.set(key, entry)
  }
  const dated = [...keyed].map(([key, entry]) => ({ key, entry, date: entryDate(entry, now) }))
  const feedHasDates = dated.some((d) => d.date.ok)
  const listedUndated = new Set<string>()
  const noDate: Planned[] = []
  const byDate: (Planned & { kind: 'dated' })[] = []
  const atFetch: Planned[] = []
  for (const { key, entry, date } of dated) {
    if (date.ok) {
      if (!wasDelivered(cursor, key, date.date.getTime()))
        byDate.push({ kind: 'dated', entry, key, time: date.date.getTime() })
      continue
    }
    listedUndated.add(key)
    if (wasDelivered(cursor, key, undefined)) continue
    if (feedHasDates) noDate.push({ kind: 'no-date', entry, key, reason: date.reason, why: date.kind })
    else atFetch.push({ kind: 'fetch-time', entry, key })
  }
  const newestLast = (a: Planned, b: Planned) => b.entry.position - a.entry.position
  byDate.sort((a, b) => a.time - b.time || newestLast(a, b))
  return { items: [...noDate.sort(newestLast), ...byDate, ...atFetch.sort(newestLast)], listedUndated }
}

const httpError = (feed: string, res: SafeResponse): AppError => {
  const s = res.status
  const message = `the feed ${feed} answered HTTP ${s}`
  if (s === 404 || s === 410)
    return new AppError('not_found', `${message}: no feed at this address`, { feed })
  if (s === 401 || s === 403)
    return new AppError('forbidden', `${message}: the site refuses to serve it`, { feed })
  if (s === 429) {
    const retry = res.headers['retry-after'] ? ` (retry after ${res.headers['retry-after']})` : ''
    return new AppError('rate_limited', `${message}: too many requests${retry}`, { feed })
  }
  if (s >= 400 && s < 500) return new AppError('invalid', message, { feed })
  return new AppError('unavailable', `${message}: it will be read again at the next poll`, { feed })
}

/**
 * A news site's, blog's or alert service's feed as a source: RSS 2.0 (and 0.9x), Atom 1.0, RSS 1.0 (RDF) or
 * JSON Feed 1.x, parsed by feedsmith. Each `read` fetches the feed once (a conditional GET with the ETag and
 * Last-Modified of the last document read whole: 304 is "nothing new") and yields its new items, oldest
 * first, at most `maxItems`, then ends: the owner polls (`nextPollDelay`). See `entryToMention` for the
 * mapping, `RssCursor` for what is remembered. Dates: an item without a usable date is refused with the
 * reason, except in a feed that has no usable date at all, whose items are dated at the fetch (once each).
 * A malformed document refuses the whole fetch (an `unavailable` AppError naming the feed), so nothing of it
 * is delivered and the next poll reads it again.
 */
export const createRssConnector = (options: RssOptionsInput, deps: RssDeps): Connector => {
  const parsed = RssOptions.safeParse(options)
  if (!parsed.success)
    throw new AppError('invalid', `RSS source: ${describeIssues(parsed.error.issues).join('; ')}`)
  const { url, fetchArticle: withArticles, maxItems } = parsed.data
  checkUrl(url, deps.policy)
  const clock = deps.clock ?? systemClock
  const notify = deps.onNotice ?? (() => {})
  const host = feedHost(url)
  /**
   * The validators of a document that had nothing new, with the cursor it was compared with: nothing was
   * delivered, so no cursor carries them, but the next read from that same cursor may still send them.
   */
  let quiet: { cursor: Cursor | undefined; etag?: string; lastModified?: string } | undefined

  const readCursor = (text: Cursor | undefined): RssCursor => {
    const parsedCursor = parseRssCursor(text)
    if (parsedCursor.ok) return parsedCursor.cursor
    notify({ kind: 'cursor-reset', feed: url, reason: parsedCursor.reason })
    return emptyCursor()
  }

  const conditionalHeaders = (text: Cursor | undefined, cursor: RssCursor) => {
    const v = quiet && quiet.cursor === text ? quiet : cursor
    return {
      accept: ACCEPT,
      ...(v.etag && { 'if-none-match': v.etag }),
      ...(v.lastModified && { 'if-modified-since': v.lastModified }),
    }
  }

  const toMention = async (
    p: Planned,
    ctx: FeedContext,
    fetchedAt: Date,
    signal: AbortSignal,
  ): Promise<MapResult> => {
    if (p.kind === 'no-date') return { ok: false, reason: `createdAt: ${p.reason}`, kind: p.why }
    let articleText: string | undefined
    const link = withArticles ? entryLink(p.entry, ctx) : undefined
    if (link) {
      const article = await fetchArticle(link, deps.policy, signal)
      if (article.ok) articleText = article.text
      else notify({ kind: 'article-unread', feed: url, url: link, reason: article.reason })
    }
    const createdAt = p.kind === 'dated' ? new Date(p.time) : fetchedAt
    return entryToMention(p.entry, p.key, createdAt, ctx, articleText)
  }

  return {
    kind: 'rss',
    async *read(text, signal): AsyncGenerator<SourceItem> {
      const cursor = readCursor(text)
      const fetchedAt = clock.now()
      let res: SafeResponse
      try {
        res = await fetchSafely(url, {
          policy: deps.policy,
          headers: conditionalHeaders(text, cursor),
          timeoutMs: FEED_TIMEOUT_MS,
          maxBytes: MAX_FEED_BYTES,
          signal,
        })
      } catch (error) {
        if (signal.aborted) return // stopped by its owner: not a failure of the feed
        throw error
      }
      if (res.status === 304) return
      if (res.status < 200 || res.status > 299) throw httpError(url, res)
      const document = parseFeedDocument(decodeFeedBody(res.body, res.headers['content-type']), url)
      const ctx: FeedContext = {
        url: res.url,
        host,
        ...(document.title && { title: document.title }),
        ...(document.lang && { lang: document.lang }),
        ...(document.base && { base: document.base }),
      }
      const validators = {
        ...(res.headers.etag && { etag: res.headers.etag }),
        ...(res.headers['last-modified'] && { lastModified: res.headers['last-modified'] }),
      }
      const { items, listedUndated } = plan(document.entries, ctx, cursor, fetchedAt)
      // ids of undated items the feed no longer lists are forgotten: the cursor stays the feed's size
      for (const key of cursor.undated) if (!listedUndated.has(key)) cursor.undated.delete(key)
      if (items.length === 0) {
        quiet = { cursor: text, ...validators }
        return
      }
      const delivered = items.slice(0, maxItems)
      const whole = delivered.length === items.length
      if (!whole)
        notify({ kind: 'more-items', feed: url, delivered: maxItems, left: items.length - maxItems })
      for (const [i, p] of delivered.entries()) {
        if (signal.aborted) return
        const result = await toMention(p, ctx, fetchedAt, signal)
        if (p.kind === 'dated') rememberDated(cursor, p.key, p.time)
        else rememberUndated(cursor, p.key)
        // the validators move to the cursor of the last item only, and only when every new item was read:
        // a later 304 must not hide items left for the next fetch
        const last = i === delivered.length - 1
        const next = formatRssCursor(
          last && whole
            ? { ...cursor, etag: validators.etag, lastModified: validators.lastModified }
            : cursor,
        )
        yield result.ok
          ? { mention: result.mention, cursor: next }
          : {
              rejected: {
                reason: `${p.key}: ${result.reason}`,
                ...(result.kind && { kind: result.kind }),
                payload: JSON.stringify(p.entry.raw).slice(0, 100_000),
                item: p.entry.position,
              },
              cursor: next,
            }
      }
    },
  }
}
