import { decodeHtmlEntities } from './html-entities.ts'

/**
 * HTML as plain text, without a DOM and without regular expressions that can backtrack: one linear scan
 * turns the markup into tokens (tags, text), and the text is read from them. Nothing is ever executed or
 * fetched; scripts, styles and the like are dropped with their content.
 */

export type HtmlToken =
  | { kind: 'open'; name: string; selfClosing: boolean }
  | { kind: 'close'; name: string }
  /** raw text: character references not yet decoded */
  | { kind: 'text'; text: string }

/** Elements whose content is not markup: it runs to the matching end tag and is dropped. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes'])

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])

/** Never text, whatever the page: their content is dropped. */
const HIDDEN = new Set(['head', 'noscript', 'template', 'svg', 'math', 'object', 'canvas', 'select'])

/** Around a page's article, not of it: dropped when an article is extracted. */
const PAGE_FURNITURE = new Set(['nav', 'aside', 'footer', 'form', 'button', 'figure', 'dialog', 'menu'])

/** These start a new paragraph (a blank line). */
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'table',
  'figure',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'address',
  'details',
  'hr',
])

/** These start a new line. */
const LINE = new Set(['div', 'li', 'dt', 'dd', 'tr', 'figcaption', 'summary', 'caption', 'form'])

/** An open `<p>` ends where one of these starts (HTML's rule, simplified). */
const CLOSES_P = new Set([...PARAGRAPH, 'div', 'li', 'dd', 'dt', 'form', 'figcaption', 'fieldset'])

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 58) || c === 45 || c === 95 // digits, :, -, _

/** Where the name that starts at `from` ends. */
const nameEnd = (html: string, from: number): number => {
  let i = from
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++
  return i
}

/** Where the tag that starts at `from` (just after its name) ends: its `>`, quoted values skipped. */
const tagEnd = (html: string, from: number): number => {
  let quote = 0
  let afterEquals = false
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i)
    if (quote) {
      if (c === quote) quote = 0
    } else if (c === 62)
      return i // >
    else if (afterEquals && (c === 34 || c === 39)) quote = c // " or '
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) afterEquals = !quote && c === 61 // =
  }
  return -1
}

/** The tokens of an HTML document or fragment; malformed markup is read as well as it can be, never refused. */
export const tokenizeHtml = (html: string): HtmlToken[] => {
  const tokens: HtmlToken[] = []
  let lower: string | undefined // made once, only if a raw-text element needs its end tag found
  let i = 0
  const text = (t: string) => {
    if (t) tokens.push({ kind: 'text', text: t })
  }
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt === -1) {
      text(html.slice(i))
      break
    }
    text(html.slice(i, lt))
    const next = html[lt + 1] ?? ''
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      i = end === -1 ? html.length : end + 3
    } else if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9)
      tokens.push({ kind: 'text', text: escapeText(html.slice(lt + 9, end === -1 ? html.length : end)) })
      i = end === -1 ? html.length : end + 3
    } else if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt)
      i = end === -1 ? html.length : end + 1
    } else {
      const closing = next === '/'
      const nameAt = closing ? lt + 2 : lt + 1
      if (!isLetter(html.charCodeAt(nameAt))) {
        text('<')
        i = lt + 1
        continue
      }
      const afterName = nameEnd(html, nameAt)
      const name = html.slice(nameAt, afterName).toLowerCase()
      const end = tagEnd(html, afterName)
      if (end === -1) break // an unfinished tag at the very end: dropped
      i = end + 1
      if (closing) {
        tokens.push({ kind: 'close', name })
        continue
      }
      const selfClosing = html[end - 1] === '/'
      tokens.push({ kind: 'open', name, selfClosing })
      if (RAW_TEXT.has(name) && !selfClosing) {
        lower ??= html.toLowerCase()
        const close = lower.indexOf(`</${name}`, i)
        const closeEnd = close === -1 ? -1 : html.indexOf('>', close)
        i = closeEnd === -1 ? html.length : closeEnd + 1
        tokens.push({ kind: 'close', name })
      }
    }
  }
  return tokens
}

/** CDATA's text is literal: its `&` must not be read as a reference when the tokens are decoded. */
const escapeText = (t: string) => t.replaceAll('&', '&amp;')

/**
 * A stack of open elements that knows how many of each name it holds, so an end tag that matches none costs
 * nothing and one that matches pops what it closes: linear over a document, however it nests.
 */
class OpenElements<T extends { name: string }> {
  readonly items: T[] = []
  private readonly counts = new Map<string, number>()
  push(item: T) {
    this.items.push(item)
    this.counts.set(item.name, (this.counts.get(item.name) ?? 0) + 1)
  }
  pop(): T | undefined {
    const item = this.items.pop()
    if (item) this.counts.set(item.name, this.counts.get(item.name)! - 1)
    return item
  }
  has(name: string) {
    return (this.counts.get(name) ?? 0) > 0
  }
  /** Pops every element above the last `name`, then it, calling `popped` for each (top first). */
  close(name: string, popped: (item: T) => void = () => {}) {
    if (!this.has(name)) return
    for (let item = this.pop(); item; item = this.pop()) {
      popped(item)
      if (item.name === name) return
    }
  }
  get length() {
    return this.items.length
  }
}

/** Renders tokens as text: paragraphs separated by a blank line, line breaks kept, spaces collapsed. */
const renderTokens = (tokens: readonly HtmlToken[], skip: ReadonlySet<string>): string => {
  const parts: string[] = []
  const skipping = new OpenElements<{ name: string }>()
  // line breaks asked for since the last text: 1 a new line, 2 a blank line (two blocks in a row ask once)
  let breaks = 0
  for (const token of tokens) {
    if (token.kind === 'text') {
      if (skipping.length > 0) continue
      const text = decodeHtmlEntities(token.text).replace(/[ \t\n\r\f]+/g, ' ')
      if (text === ' ' && breaks > 0) continue
      if (breaks > 0 && parts.length > 0) parts.push('\n'.repeat(breaks))
      breaks = 0
      parts.push(text)
      continue
    }
    const { name } = token
    if (
      token.kind === 'open' &&
      !token.selfClosing &&
      !VOID.has(name) &&
      (skip.has(name) || RAW_TEXT.has(name))
    )
      skipping.push({ name })
    else if (token.kind === 'close') skipping.close(name)
    if (skipping.length > 0) continue
    if (name === 'br') breaks = Math.min(2, breaks + 1)
    else if (PARAGRAPH.has(name)) breaks = 2
    else if (LINE.has(name)) breaks = Math.max(breaks, 1)
    else if ((name === 'td' || name === 'th') && token.kind === 'open') parts.push(' ')
  }
  // each pattern consumes what it matches: linear, whatever the input
  return parts
    .join('')
    .replace(/ {2,}/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim()
}

/**
 * An HTML fragment (a feed item's description or content) as plain text: tags removed, character
 * references decoded, paragraphs separated by a blank line and `<br>` kept as a line break; scripts,
 * styles, templates and SVG dropped with their content. A lone `<` that starts no tag (`a < b`, `<3`) stays.
 */
export const htmlToText = (html: string): string => renderTokens(tokenizeHtml(html), HIDDEN)

interface Range {
  start: number
  end: number
}

const ARTICLE_SKIP = new Set([...HIDDEN, ...PAGE_FURNITURE])

/** Below this many characters an `<article>` or `<main>` is taken for a teaser, not the page's text. */
const MIN_ARTICLE_CHARS = 200

/**
 * The readable text of an article page, simply: the text of its `<article>` (the longest, when there are
 * several), else of its `<main>`, else its largest block of paragraphs (the `<p>`s that share a parent,
 * the parent with the most text winning); navigation, asides, footers, forms, figures, scripts and styles
 * left out. An `<article>` or `<main>` shorter than 200 characters is passed over for the paragraphs.
 * Empty when the page has no text.
 */
export const extractArticleText = (html: string): string => {
  const tokens = tokenizeHtml(html)
  const stack = new OpenElements<{ name: string; id: number; start: number; hidden: boolean }>()
  const ranges: { article: Range[]; main: Range[] } = { article: [], main: [] }
  const paragraphs = new Map<number, Range[]>() // by the id of the element that holds them
  let nextId = 1
  let index = 0
  /** Records an element that closed at `index`, once popped (its parent is then the stack's top). */
  const closed = (el: { name: string; start: number; hidden: boolean }) => {
    if (el.hidden) return
    const range = { start: el.start + 1, end: index }
    if (el.name === 'article' || el.name === 'main') ranges[el.name].push(range)
    else if (el.name === 'p') {
      const parent = stack.items.at(-1)?.id ?? 0 // `el` is already off the stack
      const group = paragraphs.get(parent)
      if (group) group.push(range)
      else paragraphs.set(parent, [range])
    }
  }
  for (; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'text') continue
    const { name } = token
    if (token.kind === 'close') {
      stack.close(name, closed)
      continue
    }
    if (CLOSES_P.has(name)) stack.close('p', closed)
    if (token.selfClosing || VOID.has(name)) continue
    const hidden = (stack.items.at(-1)?.hidden ?? false) || ARTICLE_SKIP.has(name) || RAW_TEXT.has(name)
    stack.push({ name, id: nextId++, start: index, hidden })
  }
  while (stack.length > 0) closed(stack.pop()!)
  const text = (r: Range) => renderTokens(tokens.slice(r.start, r.end), ARTICLE_SKIP)
  const longest = (rs: Range[]) => rs.map(text).reduce((best, t) => (t.length > best.length ? t : best), '')
  const article = longest(ranges.article)
  if (article.length >= MIN_ARTICLE_CHARS) return article
  const main = longest(ranges.main)
  if (main.length >= MIN_ARTICLE_CHARS) return main
  let block = ''
  for (const group of paragraphs.values()) {
    const joined = group
      .map(text)
      .filter((t) => t.length > 0)
      .join('\n\n')
    if (joined.length > block.length) block = joined
  }
  return [block, article, main].reduce((best, t) => (t.length > best.length ? t : best), '')
}
