import { fetchSafely, type NetPolicy } from '../net/index.ts'
import { extractArticleText } from './html-text.ts'

/** An article page longer than this is not read (the feed's text is kept). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024
const ARTICLE_TIMEOUT_MS = 15_000

export type ArticleResult = { ok: true; text: string } | { ok: false; reason: string }

/** The page's charset: its Content-Type's, else its `<meta charset>` (in the first 2 KiB), else UTF-8. */
const pageCharset = (body: Uint8Array, contentType: string | undefined): string => {
  const labelled = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1]
  if (labelled) return labelled
  const head = new TextDecoder('latin1').decode(body.subarray(0, 2048))
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? 'utf-8'
}

const decode = (body: Uint8Array, charset: string): string => {
  try {
    return new TextDecoder(charset).decode(body)
  } catch {
    return new TextDecoder('utf-8').decode(body)
  }
}

/**
 * Fetches an item's page and extracts its readable text (`extractArticleText`): through `fetchSafely`
 * (no private addresses, redirects checked), 2 MiB and 15 s at most, HTML only. Never throws: a page that
 * cannot be read says why, and the item keeps the feed's text.
 */
export const fetchArticle = async (
  url: string,
  policy: NetPolicy,
  signal: AbortSignal,
): Promise<ArticleResult> => {
  try {
    const res = await fetchSafely(url, {
      policy,
      signal,
      timeoutMs: ARTICLE_TIMEOUT_MS,
      maxBytes: MAX_ARTICLE_BYTES,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    })
    if (res.status < 200 || res.status > 299) return { ok: false, reason: `the page answered ${res.status}` }
    const type = res.headers['content-type']
    if (type && !/html/i.test(type))
      return { ok: false, reason: `the page is ${type.split(';')[0]}, not HTML` }
    const text = extractArticleText(decode(res.body, pageCharset(res.body, type)))
    return text ? { ok: true, text } : { ok: false, reason: 'the page has no readable text' }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}
