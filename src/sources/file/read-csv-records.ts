import { createReadStream } from 'node:fs'
import { CsvError, type Parser, parse } from 'csv-parse'
import type { FilePosition, ScanOptions } from './read-lines.ts'

/**
 * One CSV record with the line it starts on (a quoted field may span several lines) and the position just
 * after it; or the syntax error that ended the file, with the line of the record it broke.
 */
export type CsvRecord =
  | { line: number; values: string[]; end: FilePosition }
  | { line: number; error: string }

interface Parsed {
  values: string[]
  /** bytes from the parser's start to the end of the record, its newline included */
  bytes: number
  emptyLines: number
}

/** csv-parse's messages name the line where it stopped, not where the record starts: said our way. */
const QUOTE_ERRORS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quote opened in this record is never closed',
  CSV_INVALID_CLOSING_QUOTE:
    'a closing quote is followed by something other than a comma or the end of the line (write a quote inside a quoted field as "")',
  INVALID_OPENING_QUOTE:
    'a quote inside a field that does not start with one (quote the whole field, and write the quote as "")',
}

const countNewlines = (values: string[]) =>
  values.reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0)

const write = (parser: Parser, chunk: Buffer) =>
  new Promise<unknown>((resolve) => parser.write(chunk, (error) => resolve(error ?? undefined)))
const end = (parser: Parser) =>
  new Promise<unknown>((resolve) => parser.end((error?: unknown) => resolve(error ?? undefined)))

/**
 * Streams the records of an RFC-4180 CSV file from a position (the header row, at the start, is a record
 * like the others). Start lines are counted from the records themselves, because csv-parse's own counter
 * points at the record's end. The parser hands each record over as soon as it is parsed (`on_record`), so
 * a syntax error (a stray or unclosed quote) comes after every good record before it; it ends the file,
 * since nothing after it can be trusted.
 */
export async function* readCsvRecords(
  path: string,
  from: FilePosition,
  options: ScanOptions,
): AsyncGenerator<CsvRecord> {
  const parsed: Parsed[] = []
  let failure: unknown
  const parser = parse({
    bom: from.offset === 0,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (values: string[], info) => {
      parsed.push({ values, bytes: info.bytes, emptyLines: info.empty_lines })
      return null // kept here, not queued in the stream
    },
  })
  parser.on('error', (error) => {
    failure ??= error
  })
  let endLine = from.line
  let emptyLines = 0
  const drain = function* (): Generator<CsvRecord> {
    for (const record of parsed.splice(0)) {
      const line = endLine + 1 + (record.emptyLines - emptyLines)
      emptyLines = record.emptyLines
      endLine = line + countNewlines(record.values)
      yield { line, values: record.values, end: { offset: from.offset + record.bytes, line: endLine } }
    }
  }
  const broken = (error: CsvError): CsvRecord => {
    const skipped = typeof error.empty_lines === 'number' ? error.empty_lines - emptyLines : 0
    const what = QUOTE_ERRORS[error.code] ?? error.message
    return { line: endLine + 1 + skipped, error: `${what}; the rest of the file was not read` }
  }
  try {
    for await (const chunk of createReadStream(path, { start: from.offset, signal: options.signal })) {
      options.onChunk?.(chunk as Buffer)
      failure ??= await write(parser, chunk as Buffer)
      yield* drain()
      if (failure !== undefined) break
    }
    if (failure === undefined) failure = await end(parser)
    yield* drain()
    if (failure instanceof CsvError) yield broken(failure)
    else if (failure !== undefined) throw failure
  } finally {
    parser.destroy()
  }
}
