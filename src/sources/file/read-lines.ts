import { createReadStream } from 'node:fs'

/** A place in a file: a byte offset and the count of lines before it (`line` 0 at the start). */
export interface FilePosition {
  offset: number
  line: number
}

export interface NumberedLine {
  /** 1-based */
  line: number
  text: string
  /** the position just after this line's newline (or the end of the file) */
  end: FilePosition
}

export interface ScanOptions {
  signal: AbortSignal
  /** every chunk read, in order (the prefix hash and the progress count them) */
  onChunk?: (chunk: Buffer) => void
}

const decodeLine = (bytes: Buffer, atFileStart: boolean): string => {
  const text = bytes.toString('utf8')
  const clean = atFileStart && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return clean.endsWith('\r') ? clean.slice(0, -1) : clean
}

/**
 * Streams a UTF-8 text file line by line from a position, chunk after chunk, so a file of any size runs in
 * constant memory (one line at a time). Lines are cut on bytes, so each knows where it ends. A leading BOM
 * and the `\r` of CRLF endings are dropped.
 */
export async function* readLines(
  path: string,
  from: FilePosition,
  options: ScanOptions,
): AsyncGenerator<NumberedLine> {
  let parts: Buffer[] = []
  let { offset, line } = from
  const next = (bytes: Buffer, newline: number): NumberedLine => {
    const atFileStart = offset === 0
    offset += bytes.length + newline
    line += 1
    return { line, text: decodeLine(bytes, atFileStart), end: { offset, line } }
  }
  for await (const chunk of createReadStream(path, { start: from.offset, signal: options.signal })) {
    const bytes = chunk as Buffer
    options.onChunk?.(bytes)
    let start = 0
    for (let end = bytes.indexOf(10, start); end >= 0; end = bytes.indexOf(10, start)) {
      const piece = bytes.subarray(start, end)
      const whole = parts.length > 0 ? Buffer.concat([...parts, piece]) : piece
      parts = []
      yield next(whole, 1)
      start = end + 1
    }
    if (start < bytes.length) parts.push(bytes.subarray(start))
  }
  if (parts.length > 0) yield next(Buffer.concat(parts), 0)
}
