import type { AnalyzedMention } from '../core/index.ts'
import { dominantEmotion } from './dominant-emotion.ts'

type Cell = string | number | boolean | undefined

/** The columns of a CSV export, in order, and how each is read from a mention. */
const COLUMNS: readonly (readonly [string, (m: AnalyzedMention) => Cell])[] = [
  ['id', (m) => m.id],
  ['created_at', (m) => m.createdAt.toISOString()],
  ['source', (m) => m.source],
  ['url', (m) => m.url],
  ['author_handle', (m) => m.author.handle],
  ['author_name', (m) => m.author.name],
  ['author_followers', (m) => m.author.followers],
  ['author_verified', (m) => m.author.verified],
  ['title', (m) => m.title],
  ['text', (m) => m.text],
  ['lang', (m) => m.analysis.lang],
  ['sentiment', (m) => m.analysis.sentiment.label],
  ['sentiment_score', (m) => m.analysis.sentiment.score],
  ['emotion', (m) => dominantEmotion(m.analysis.emotions)],
  ['cause', (m) => m.analysis.cause],
  ['owned', (m) => m.analysis.owned],
  ['likes', (m) => m.metrics?.likes],
  ['reposts', (m) => m.metrics?.reposts],
  ['replies', (m) => m.metrics?.replies],
  ['queries', (m) => m.analysis.queries.join(';')],
  ['repost_of', (m) => m.repostOf],
  ['reply_to', (m) => m.replyTo],
]

// A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV field: text that a spreadsheet would read as a formula gets a leading apostrophe (numbers written
 * by Vigie, such as a negative score, are left as they are); a field holding a comma, a quote or a line
 * break is quoted, its quotes doubled (RFC 4180).
 */
export const csvField = (cell: Cell): string => {
  if (cell === undefined) return ''
  const text = typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : String(cell)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Lines end with CRLF, as RFC 4180 and spreadsheets expect. */
export const CSV_HEADER = `${COLUMNS.map(([name]) => name).join(',')}\r\n`

export const toCsvLine = (m: AnalyzedMention): string =>
  `${COLUMNS.map(([, read]) => csvField(read(m))).join(',')}\r\n`
