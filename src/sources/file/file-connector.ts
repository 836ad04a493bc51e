import { extname } from 'node:path'
import { AppError, FILE_FORMATS, type FileFormat } from '../../core/index.ts'
import { blueskyDocument } from '../bluesky/index.ts'
import { checkTimeZone } from '../dates/index.ts'
import { mastodonDocument } from '../mastodon/index.ts'
import type { Connector } from '../port.ts'
import { redditDocument } from '../reddit/index.ts'
import { twitterV2Document } from '../twitter-v2/index.ts'
import { checkFieldMap } from './field-map.ts'
import { checkInputFile } from './open-input.ts'
import { type FileNotice, planRead } from './plan-read.ts'
import type { ReadContext } from './read-context.ts'
import { indexColumns, readCsv, readCsvHeader } from './read-csv.ts'
import { readJsonDocuments } from './read-json-documents.ts'
import { readJsonl } from './read-jsonl.ts'
import { type Positioned, withCheckpoints } from './with-checkpoints.ts'

export { FILE_FORMATS, type FileFormat }

export type ProgressListener = (bytesRead: number, totalBytes: number) => void

export interface FileConnectorOptions {
  path: string
  /** by default from the extension: `.csv` is CSV, anything else JSONL; a network's export is named */
  format?: FileFormat
  /** mention field → CSV column (or dotted path in a JSONL object), e.g. `{ text: 'tweet_text' }` */
  map?: Record<string, string>
  defaults?: { source?: string }
  /** IANA zone of dates written without one (default UTC) */
  timeZone?: string
  onProgress?: ProgressListener
  /** what a read found about a file imported before: resumed, rewritten since, or an old cursor */
  onNotice?: (notice: FileNotice) => void
}

export interface FileConnector extends Connector {
  /** Checks what can be checked before reading (the file, the CSV header against the map); throws an AppError. */
  check(): Promise<void>
}

const READERS: Record<FileFormat, (c: ReadContext) => AsyncIterable<Positioned>> = {
  jsonl: readJsonl,
  csv: readCsv,
  'twitter-v2': readJsonDocuments(twitterV2Document),
  mastodon: readJsonDocuments(mastodonDocument),
  bluesky: readJsonDocuments(blueskyDocument),
  reddit: readJsonDocuments(redditDocument),
}

/** Formats whose fields are named by the file (and `--map`), not by a network's API. */
const MAPPED_FORMATS: readonly FileFormat[] = ['jsonl', 'csv']

/**
 * A connector over a file, streamed (constant memory whatever the size). Each item's cursor is a checkpoint
 * (position and hash of what comes before it): a file that only grew since is resumed, a rewritten one is
 * read again from the start and said so (`onNotice`). See docs/mention-format.md.
 */
export const createFileConnector = (options: FileConnectorOptions): FileConnector => {
  const format: FileFormat =
    options.format ?? (extname(options.path).toLowerCase() === '.csv' ? 'csv' : 'jsonl')
  if (!(FILE_FORMATS as readonly string[]).includes(format))
    throw new AppError('invalid', `unknown format "${format}": use ${FILE_FORMATS.join(', ')}`)
  const map = checkFieldMap(options.map ?? {})
  if (Object.keys(map).length > 0 && !MAPPED_FORMATS.includes(format))
    throw new AppError(
      'invalid',
      `a map applies to csv and jsonl files; a ${format} export has its own fields`,
    )
  const timeZone = options.timeZone === undefined ? undefined : checkTimeZone(options.timeZone)
  const row = { defaultSource: options.defaults?.source ?? 'file', timeZone }
  return {
    kind: 'file',
    async check() {
      await checkInputFile(options.path)
      if (format === 'csv') {
        const scan = { signal: new AbortController().signal }
        indexColumns(await readCsvHeader({ path: options.path, scan }), map)
      }
    },
    async *read(cursor, signal) {
      const size = await checkInputFile(options.path)
      const plan = await planRead(options.path, cursor, size, signal)
      if (plan.notice) options.onNotice?.(plan.notice)
      let bytesRead = plan.from.offset
      const onChunk = (chunk: Buffer) => {
        plan.hash.feed(chunk)
        bytesRead += chunk.length
        options.onProgress?.(bytesRead, size)
      }
      const context: ReadContext = {
        path: options.path,
        from: plan.from,
        scan: { signal, onChunk },
        map,
        row,
      }
      yield* withCheckpoints(READERS[format](context), plan)
    },
  }
}
