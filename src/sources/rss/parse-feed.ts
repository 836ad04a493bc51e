import {
  type AtomFeed,
  DetectError,
  type JsonFeed,
  MalformedError,
  parseAtomFeed,
  parseJsonFeed,
  parseRdfFeed,
  parseRssFeed,
  type RdfFeed,
  type RssFeed,
} from 'feedsmith'
import { AppError } from '../../core/index.ts'

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json'

/** A piece of text as the feed gives it: HTML (to be stripped) or plain text. */
export interface FeedText {
  value: string
  html: boolean
}

/** One item of a feed, whatever its format, with its fields still as written. */
export interface FeedEntry {
  /** 1-based position in the feed */
  position: number
  /** RSS `guid`, Atom `id`, JSON Feed `id`, RDF `rdf:about` */
  id?: string
  /** an RSS guid that is the item's address (`isPermaLink`, true unless said otherwise) */
  idIsLink?: boolean
  link?: string
  /** `xml:base` of the entry, for its relative links */
  base?: string
  title?: FeedText
  /** the fullest text given: content (`content:encoded`, Atom `content`, JSON `content_*`), else the summary */
  body?: FeedText
  date?: string
  author?: string
  lang?: string
  /** the item as feedsmith read it, kept with a rejection */
  raw: unknown
}

export interface FeedDocument {
  format: FeedFormat
  title?: string
  lang?: string
  /** `xml:base` of the feed */
  base?: string
  entries: FeedEntry[]
}

/** More items than any real feed lists: the rest are not read. */
const MAX_ENTRIES = 2000

const notAFeed = (feed: string, why: string) =>
  new AppError('invalid', `${feed} is not an RSS, Atom or JSON feed (${why})`, { feed })

/** A feed that cannot be read: the whole fetch is refused, nothing of it delivered, and read again later. */
const malformed = (feed: string, why: string) =>
  new AppError(
    'unavailable',
    `the feed ${feed} is malformed (${why}): nothing was read from it; it will be read again at the next poll`,
    { feed },
  )

const charsetOf = (contentType: string | undefined) =>
  /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]

/** A decoder for a charset label, or undefined when the label is unknown. */
const decoderFor = (label: string, fatal = false): TextDecoder | undefined => {
  try {
    return new TextDecoder(label, { fatal })
  } catch {
    return undefined
  }
}

/**
 * A feed's bytes as text. JSON is UTF-8. XML: a byte order mark first, then the `charset` of the
 * Content-Type, then the XML declaration's `encoding`, else UTF-8. Many servers label every file UTF-8: when
 * the body is not valid UTF-8 and the declaration names another encoding (ISO-8859-1, Windows-1252),
 * the declaration wins.
 */
export const decodeFeedBody = (body: Uint8Array, contentType?: string): string => {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return new TextDecoder('utf-8').decode(body)
  if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder('utf-16le').decode(body)
  if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder('utf-16be').decode(body)
  const head = new TextDecoder('latin1').decode(body.subarray(0, 512))
  const declared = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]
  const labelled = charsetOf(contentType)
  const first = labelled ?? declared ?? 'utf-8'
  const strict = decoderFor(first, true)
  if (strict) {
    try {
      return strict.decode(body)
    } catch {
      // not what it says it is: the declaration, if it names something else, else the label leniently
    }
  }
  const fallback = (declared && declared !== first && decoderFor(declared)) || decoderFor(first)
  return (fallback ?? new TextDecoder('utf-8')).decode(body)
}

/** The root element's name as written (`rss`, `feed`, `rdf:RDF`), after the prolog; undefined if none. */
const rootElement = (xml: string): string | undefined => {
  /** Just after `end` found from `from`, or -1 when it is not there. */
  const after = (end: string, from: number) => {
    const at = xml.indexOf(end, from)
    return at === -1 ? -1 : at + end.length
  }
  let i = 0
  while (i !== -1) {
    while (i < xml.length && /\s/.test(xml[i]!)) i++
    if (xml.startsWith('<?', i)) i = after('?>', i)
    else if (xml.startsWith('<!--', i)) i = after('-->', i)
    else if (xml.startsWith('<!', i)) {
      // a DOCTYPE, perhaps with an internal subset in brackets
      const bracket = xml.indexOf('[', i)
      const close = xml.indexOf('>', i)
      const subsetEnd = bracket !== -1 && bracket < close ? xml.indexOf(']', bracket) : -2
      i = subsetEnd === -1 ? -1 : after('>', subsetEnd === -2 ? i : subsetEnd)
    } else return /^<([A-Za-z_][\w.:-]*)/.exec(xml.slice(i, i + 128))?.[1]
  }
  return undefined // an unclosed declaration or comment
}

/** Whether the document ends with its root's end tag (comments and spaces after it aside): not cut short. */
const endsWithRoot = (xml: string, root: string): boolean => {
  let end = xml.trimEnd()
  while (end.endsWith('-->')) {
    const start = end.lastIndexOf('<!--')
    if (start === -1) return false
    end = end.slice(0, start).trimEnd()
  }
  return new RegExp(`</${root.replace(/[.]/g, '\\.')}\\s*>$`).test(end.slice(-(root.length + 64)))
}

const first = <T>(values: readonly T[] | undefined): T | undefined => values?.[0]

const htmlText = (value: string | undefined): FeedText | undefined =>
  value ? { value, html: true } : undefined

const plainText = (value: string | undefined): FeedText | undefined =>
  value ? { value, html: false } : undefined

/** Atom text constructs: `text` (the default) is plain, `html` and `xhtml` (or an HTML media type) are HTML. */
const atomText = (text: { value?: string; type?: string } | undefined): FeedText | undefined =>
  text?.value ? { value: text.value, html: /html/i.test(text.type ?? '') } : undefined

const rssEntry = (item: RssFeed.Item<string>, position: number): FeedEntry => ({
  position,
  id: item.guid?.value,
  idIsLink: item.guid !== undefined && item.guid.isPermaLink !== false,
  link: item.link,
  base: item.xml?.base,
  title: htmlText(item.title),
  body: htmlText(item.content?.encoded ?? item.description),
  date:
    item.pubDate ??
    first(item.dc?.dates) ??
    first(item.dcterms?.issued) ??
    first(item.dcterms?.created) ??
    item.atom?.published ??
    item.atom?.updated,
  author: first(item.dc?.creators) ?? first(item.authors)?.name ?? first(item.authors)?.email,
  lang: item.xml?.lang ?? first(item.dc?.languages),
  raw: item,
})

const atomEntry = (
  entry: AtomFeed.Entry<string>,
  position: number,
  feedAuthor: string | undefined,
): FeedEntry => ({
  position,
  id: entry.id,
  link: entry.links?.find((l) => !l.rel || l.rel === 'alternate')?.href,
  base: entry.xml?.base,
  title: atomText(entry.title),
  body: (entry.content?.src ? undefined : atomText(entry.content)) ?? atomText(entry.summary),
  date: entry.published ?? entry.updated ?? first(entry.dc?.dates),
  author: first(entry.authors)?.name ?? first(entry.dc?.creators) ?? feedAuthor,
  lang: entry.xml?.lang,
  raw: entry,
})

const rdfEntry = (item: RdfFeed.Item<string>, position: number): FeedEntry => ({
  position,
  id: item.rdf?.about,
  link: item.link,
  base: item.xml?.base,
  title: htmlText(item.title),
  body: htmlText(item.content?.encoded ?? item.description),
  date: first(item.dc?.dates) ?? first(item.dcterms?.issued) ?? first(item.dcterms?.created),
  author: first(item.dc?.creators),
  lang: item.xml?.lang ?? first(item.dc?.languages),
  raw: item,
})

const jsonEntry = (item: JsonFeed.Item<string>, position: number, feedAuthor?: string): FeedEntry => ({
  position,
  id: item.id,
  link: item.url ?? item.external_url,
  title: plainText(item.title),
  body: plainText(item.content_text) ?? htmlText(item.content_html) ?? plainText(item.summary),
  date: item.date_published ?? item.date_modified,
  author: first(item.authors)?.name ?? feedAuthor,
  lang: item.language,
  raw: item,
})

const readJson = (text: string, feed: string): FeedDocument => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw malformed(feed, `not valid JSON: ${(error as Error).message}`)
  }
  let parsed: JsonFeed.Feed<string>
  try {
    parsed = parseJsonFeed(value, { maxItems: MAX_ENTRIES })
  } catch {
    throw notAFeed(feed, 'JSON, but not a JSON Feed: no "version" and "items"')
  }
  const feedAuthor = first(parsed.authors)?.name
  return {
    format: 'json',
    title: parsed.title,
    lang: parsed.language,
    entries: (parsed.items ?? []).map((item, i) => jsonEntry(item, i + 1, feedAuthor)),
  }
}

/** Runs a feedsmith XML parser, telling a malformed document from one that is not this kind of feed. */
const parseXml = <T>(parse: () => T, feed: string, root: string): T => {
  try {
    return parse()
  } catch (error) {
    if (error instanceof MalformedError) {
      const cause = error.cause instanceof Error ? error.cause.message : String(error.cause ?? '')
      throw malformed(feed, `not well-formed XML: ${cause.split('\n')[0]?.slice(0, 200)}`)
    }
    if (error instanceof DetectError) throw notAFeed(feed, `a <${root}> document without a feed's elements`)
    throw notAFeed(feed, `a <${root}> document without a channel`)
  }
}

const readXml = (xml: string, feed: string): FeedDocument => {
  const root = rootElement(xml)
  if (root === undefined) throw notAFeed(feed, 'neither XML nor JSON')
  const local = root.slice(root.indexOf(':') + 1).toLowerCase()
  if (local !== 'rss' && local !== 'feed' && local !== 'rdf')
    throw notAFeed(feed, local === 'html' ? 'an HTML page' : `an XML document whose root is <${root}>`)
  const options = { maxItems: MAX_ENTRIES }
  let document: FeedDocument
  if (local === 'rss') {
    const f = parseXml(() => parseRssFeed(xml, options), feed, root)
    document = {
      format: 'rss',
      title: f.title,
      lang: f.language ?? first(f.dc?.languages) ?? f.xml?.lang,
      base: f.xml?.base,
      entries: (f.items ?? []).map((item, i) => rssEntry(item, i + 1)),
    }
  } else if (local === 'feed') {
    const f = parseXml(() => parseAtomFeed(xml, options), feed, root)
    const feedAuthor = first(f.authors)?.name
    document = {
      format: 'atom',
      title: f.title?.value,
      lang: f.xml?.lang ?? first(f.dc?.languages),
      base: f.xml?.base,
      entries: (f.entries ?? []).map((entry, i) => atomEntry(entry, i + 1, feedAuthor)),
    }
  } else {
    const f = parseXml(() => parseRdfFeed(xml, options), feed, root)
    document = {
      format: 'rdf',
      title: f.title,
      lang: first(f.dc?.languages) ?? f.xml?.lang,
      base: f.xml?.base,
      entries: (f.items ?? []).map((item, i) => rdfEntry(item, i + 1)),
    }
  }
  // the XML parser reads a document cut short (a dropped connection) as if it ended there
  if (!endsWithRoot(xml, root)) throw malformed(feed, `not well-formed XML: it ends before </${root}>`)
  return document
}

/**
 * Reads a feed document: RSS 0.9x/2.0, Atom 1.0, RSS 1.0 (RDF) or JSON Feed 1.x, told apart by the document
 * itself (JSON, or the XML root element), not by the server's Content-Type. A malformed document (bad XML,
 * cut short, bad JSON) is an `unavailable` AppError naming the feed; a document that is no feed (an HTML
 * page) an `invalid` one. Every item is kept, even one without a date or text: the mapping decides.
 */
export const parseFeedDocument = (text: string, feed: string): FeedDocument => {
  const start = text.replace(/^\ufeff/, '').trimStart()
  if (start.startsWith('{') || start.startsWith('[')) return readJson(start, feed)
  if (start.startsWith('<')) return readXml(start, feed)
  throw notAFeed(feed, start ? 'neither XML nor JSON' : 'an empty document')
}
