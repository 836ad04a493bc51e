import { open } from 'node:fs/promises'
import { AppError } from '../../core/index.ts'
import { detectFormat } from './detect-format.ts'
import type { FieldMap } from './field-map.ts'
import type { FileFormat } from './file-connector.ts'
import { readCsvRecords } from './read-csv-records.ts'
import { suggestFieldMap } from './suggest-field-map.ts'

/** What the dashboard shows before an import: the format, and for CSV the header, first rows and a map. */
export interface FilePreview {
  format: FileFormat
  /** the format was guessed from the name and the content, not given */
  detected: boolean
  /** CSV: the header row and up to `rows` rows after it */
  header: string[] | null
  rows: string[][]
  suggestedMap: FieldMap
  /** other formats: the first lines, cut at 300 characters */
  lines: string[]
}

const HEAD_BYTES = 64 * 1024
const LINE_CHARS = 300

const readHead = async (path: string): Promise<string> => {
  const file = await open(path)
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await file.close()
  }
}

const csvPreview = async (path: string, rows: number) => {
  let header: string[] | null = null
  const kept: string[][] = []
  const signal = new AbortController().signal
  for await (const record of readCsvRecords(path, { offset: 0, line: 0 }, { signal })) {
    // a syntax error, or the last record cut short in a partial upload: the preview stops before it
    if ('error' in record) {
      if (header === null) throw new AppError('invalid', `line ${record.line} (the header): ${record.error}`)
      break
    }
    if (header === null) header = record.values.map((v) => v.trim())
    else kept.push(record.values)
    if (kept.length >= rows) break
  }
  if (header === null) throw new AppError('invalid', 'the file is empty: a CSV file starts with a header row')
  return { header, rows: kept, suggestedMap: suggestFieldMap(header) }
}

/**
 * The start of a file as the import would read it, for a person to check the format and map the columns
 * before importing. Reads only the first records (the upload may be only the file's first bytes).
 */
export const previewFile = async (
  path: string,
  options: { name: string; format?: FileFormat; rows?: number },
): Promise<FilePreview> => {
  const head = await readHead(path)
  const format = options.format ?? detectFormat(options.name, head)
  const detected = options.format === undefined
  if (format === 'csv')
    return { format, detected, ...(await csvPreview(path, options.rows ?? 10)), lines: [] }
  const lines = head
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, options.rows ?? 10)
    .map((line) => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)}…` : line))
  return { format, detected, header: null, rows: [], suggestedMap: {}, lines }
}
