import { type AnalyzedMention, AppError } from '../../core/index.ts'
import { CSV_HEADER, toCsvLine } from '../mention-csv.ts'
import { MAX_PAGE_SIZE } from '../pagination.ts'
import type { ExportFormat, MentionFilter, Page } from '../port.ts'

type ListMentions = (filter: MentionFilter) => Promise<Page<AnalyzedMention>>

const LINE: Record<ExportFormat, (m: AnalyzedMention) => string> = {
  csv: toCsvLine,
  jsonl: (m) => `${JSON.stringify(m)}\n`,
}

/**
 * Every mention of the filter, one chunk per page of the largest size (and the CSV header first): at most
 * one page is held at a time, and the caller's pace sets the reads (an async generator waits for `next`).
 */
export const exportMentions = (
  list: ListMentions,
  filter: MentionFilter,
  format: ExportFormat,
): AsyncIterable<string> => {
  // checked now, not at the first read, so that a bad call fails before a response has begun
  if (!Object.hasOwn(LINE, format)) throw new AppError('invalid', `not an export format: ${String(format)}`)
  return readPages(list, filter, format === 'csv' ? CSV_HEADER : undefined, LINE[format])
}

async function* readPages(
  list: ListMentions,
  filter: MentionFilter,
  header: string | undefined,
  line: (m: AnalyzedMention) => string,
): AsyncGenerator<string> {
  if (header !== undefined) yield header
  let before = filter.before
  do {
    const page = await list({ ...filter, limit: MAX_PAGE_SIZE, ...(before !== undefined && { before }) })
    if (page.items.length > 0) yield page.items.map(line).join('')
    before = page.next
  } while (before !== undefined)
}
