import { createHash } from 'node:crypto'
import { safeParseMention } from '../../core/index.ts'
import type { DateResult } from '../dates/index.ts'
import type { MapResult } from '../port.ts'
import { parseFeedDate } from './feed-date.ts'
import { htmlToText } from './html-text.ts'
import type { FeedEntry, FeedText } from './parse-feed.ts'

/** What the mapping knows of the feed an entry comes from. */
export interface FeedContext {
  /** the address the feed was read from (after redirects): relative links resolve against it */
  url: string
  /** the feed's host without `www.` (`lequotidien.fr`): scopes ids, and is the author when none is named */
  host: string
  title?: string
  lang?: string
  /** `xml:base` of the feed */
  base?: string
}

/** A text longer than this is cut: a feed item is an article, not a book. */
export const MAX_TEXT_CHARS = 100_000
const MAX_TITLE_CHARS = 1_000
const MAX_KEY_CHARS = 512

/** Dates more than this after the fetch are not usable: one item dated 2099 would hide every later one. */
export const MAX_FUTURE_MS = 24 * 3_600_000

/** `https://www.LeQuotidien.fr/rss` → `lequotidien.fr`. */
export const feedHost = (url: string): string => new URL(url).hostname.toLowerCase().replace(/^www\./, '')

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** The address an entry's links resolve against: its `xml:base`, the feed's, then the feed's own address. */
const baseOf = (entry: FeedEntry, ctx: FeedContext): string => {
  let base = ctx.url
  for (const b of [ctx.base, entry.base]) {
    if (!b) continue
    try {
      base = new URL(b, base).href
    } catch {
      // an unusable base is ignored
    }
  }
  return base
}

/** A web address (http or https) resolved against `base`, or undefined (`javascript:`, `mailto:`, junk). */
const webUrl = (raw: string | undefined, base: string): string | undefined => {
  if (!raw?.trim()) return undefined
  try {
    const url = new URL(raw.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** The item's web address: its link, else a guid that is a permalink. Only http and https. */
export const entryLink = (entry: FeedEntry, ctx: FeedContext): string | undefined => {
  const base = baseOf(entry, ctx)
  return webUrl(entry.link, base) ?? (entry.idIsLink ? webUrl(entry.id, base) : undefined)
}

/** Ids that are already global: URLs, `urn:` (`urn:uuid:…`) and `tag:` URIs. */
const GLOBAL_ID = /^(?:https?:\/\/|urn:|tag:)/i

const scoped = (key: string, ctx: FeedContext) => {
  const global = GLOBAL_ID.test(key) ? key : `${ctx.host}/${key}`
  return global.length > MAX_KEY_CHARS ? `${ctx.host}/sha256-${sha256(global).slice(0, 32)}` : global
}

/**
 * The entry's stable native id (the mention's is `rss:` and it): its guid (RSS), id (Atom, JSON Feed) or
 * `rdf:about`, else its link, else a hash of its title and date (of its text when it has no title). Ids that
 * are not URLs or URNs (`12345`, `abc-123`) are scoped by the feed's host (`lequotidien.fr/12345`), so two
 * sites numbering their items alike do not collide, while two feeds of one site (its front page and a
 * section) listing the same article give it the same id.
 */
export const entryKey = (entry: FeedEntry, ctx: FeedContext): string => {
  const id = entry.id?.trim()
  if (id) return scoped(id, ctx)
  const link = entryLink(entry, ctx)
  if (link) return scoped(link, ctx)
  const basis = [entry.title?.value ?? '', entry.date ?? '', entry.title ? '' : (entry.body?.value ?? '')]
  return `${ctx.host}/sha256-${sha256(JSON.stringify(basis)).slice(0, 32)}`
}

/**
 * The entry's date: RFC 822 or ISO 8601, and not more than 24 hours after `now` (the fetch); the reason
 * otherwise.
 */
export const entryDate = (entry: FeedEntry, now: Date): DateResult => {
  if (!entry.date)
    return {
      ok: false,
      kind: 'createdAt: no date',
      reason: 'the item has no date (pubDate, dc:date, published, updated or date_published)',
    }
  const date = parseFeedDate(entry.date)
  if (date.ok && date.date.getTime() > now.getTime() + MAX_FUTURE_MS)
    return {
      ok: false,
      kind: 'createdAt: more than 24 h ahead',
      reason: `"${entry.date}" is more than 24 h after the fetch (${now.toISOString()}): a wrong date or time zone?`,
    }
  return date
}

const plain = (text: FeedText | undefined): string => {
  if (!text) return ''
  return text.html ? htmlToText(text.value) : text.value.replace(/\r\n?/g, '\n').trim()
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/** A declared language tag a mention can carry (`fr`, `fr-FR`, `en_GB` → `en-GB`), else its primary subtag. */
export const languageTag = (raw: string | undefined): string | undefined => {
  const tag = raw?.trim().replace(/_/g, '-')
  if (!tag || !/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return undefined
  if (tag.length <= 8) return tag
  return tag.split('-')[0]!.toLowerCase()
}

/**
 * A feed entry as a mention (pure). `text` is the item's content, else its summary or description, as
 * plain text (or `articleText`, the page's own text, when it was fetched); `title` the item's title. An item
 * with neither is refused. The author is the item's `dc:creator` / `author` by name, else the feed's host
 * (named after the feed's title); `lang` is the item's declared language, else the feed's.
 */
export const entryToMention = (
  entry: FeedEntry,
  key: string,
  createdAt: Date,
  ctx: FeedContext,
  articleText?: string,
): MapResult => {
  const title = cut(plain(entry.title).replace(/\s+/g, ' '), MAX_TITLE_CHARS)
  const text = cut(articleText || plain(entry.body), MAX_TEXT_CHARS)
  if (!title && !text)
    return { ok: false, reason: 'the item has neither a title nor a text', kind: 'no title or text' }
  const url = entryLink(entry, ctx)
  const name = entry.author?.replace(/\s+/g, ' ').trim()
  const lang = languageTag(entry.lang) ?? languageTag(ctx.lang)
  const result = safeParseMention({
    id: key,
    source: 'rss',
    ...(url && { url }),
    createdAt,
    text,
    ...(title && { title }),
    ...(lang && { lang }),
    author: name
      ? { id: `${ctx.host}/${name}`, handle: name, name }
      : { id: ctx.host, handle: ctx.host, ...(ctx.title && { name: ctx.title }) },
  })
  return result.ok ? result : { ...result, kind: 'not a mention' }
}
