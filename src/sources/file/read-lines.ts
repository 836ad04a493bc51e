import { createReadStream } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'

export type ProgressListener = (bytesRead: number, totalBytes: number) => void

export interface NumberedLine {
  /** 1-based */
  line: number
  text: string
}

/**
 * Streams a UTF-8 text file line by line, chunk after chunk, so a file of any size runs in constant
 * memory (one line at a time). A leading BOM and the `\r` of CRLF endings are dropped.
 */
export async function* readLines(
  path: string,
  options: { signal: AbortSignal; totalBytes: number; onProgress?: ProgressListener | undefined },
): AsyncGenerator<NumberedLine> {
  const decoder = new StringDecoder('utf8')
  let pending = ''
  let line = 0
  let bytesRead = 0
  const next = (text: string): NumberedLine => {
    line += 1
    const clean = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    return { line, text: clean.endsWith('\r') ? clean.slice(0, -1) : clean }
  }
  for await (const chunk of createReadStream(path, { signal: options.signal })) {
    bytesRead += (chunk as Buffer).length
    options.onProgress?.(bytesRead, options.totalBytes)
    pending += decoder.write(chunk as Buffer)
    let start = 0
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      yield next(pending.slice(start, end))
      start = end + 1
    }
    pending = pending.slice(start)
  }
  pending += decoder.end()
  if (pending !== '') yield next(pending)
}
