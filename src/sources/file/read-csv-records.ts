import { createReadStream } from 'node:fs'
import { pipeline, Transform } from 'node:stream'
import { CsvError, parse } from 'csv-parse'
import type { ProgressListener } from './read-lines.ts'

/** One CSV record with the line it starts on (a quoted field may span several lines). */
export type CsvRecord = { line: number; values: string[] } | { line: number; error: string }

const countNewlines = (values: string[]) =>
  values.reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0)

/**
 * Streams the records of an RFC-4180 CSV file (header row included, as the first record).
 * Start lines are counted from the records themselves, because csv-parse's own line counter
 * points at the record's end. A syntax error (an unclosed quote...) ends the file: it is yielded
 * as the last record, since nothing after it can be trusted.
 */
export async function* readCsvRecords(
  path: string,
  options: { signal: AbortSignal; totalBytes: number; onProgress?: ProgressListener | undefined },
): AsyncGenerator<CsvRecord> {
  let bytesRead = 0
  const countBytes = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytesRead += chunk.length
      options.onProgress?.(bytesRead, options.totalBytes)
      done(null, chunk)
    },
  })
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true })
  const records = pipeline(createReadStream(path, { signal: options.signal }), countBytes, parser, () => {})
  let endLine = 0
  let emptyLines = 0
  try {
    for await (const item of records as AsyncIterable<{ record: string[]; info: { empty_lines: number } }>) {
      const line = endLine + 1 + (item.info.empty_lines - emptyLines)
      emptyLines = item.info.empty_lines
      endLine = line + countNewlines(item.record)
      yield { line, values: item.record }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    yield { line: endLine + 1, error: `${error.message}; the rest of the file was not read` }
  }
}
