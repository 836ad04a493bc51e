import { open } from 'node:fs/promises'
import { AppError } from '../../core/index.ts'
import { type FieldMap, MENTION_FIELDS, type MentionField } from './field-map.ts'
import type { ReadContext } from './read-context.ts'
import { readCsvRecords } from './read-csv-records.ts'
import { rowToMention } from './row-to-mention.ts'
import type { Positioned } from './with-checkpoints.ts'

const toCsvLine = (values: string[]) =>
  values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')

/** Column index per mention field: the map's column, or a column named after the field itself. */
export const indexColumns = (header: string[], map: FieldMap): Map<MentionField, number> => {
  const names = header.map((name) => name.trim())
  const missing = Object.entries(map).filter(([, column]) => !names.includes(column))
  if (missing.length > 0) {
    const list = missing.map(([field, column]) => `"${column}" (for ${field})`).join(', ')
    throw new AppError('invalid', `not in the CSV header: ${list}; the header has ${names.join(', ')}`)
  }
  const columns = new Map<MentionField, number>()
  for (const field of MENTION_FIELDS) {
    const index = names.indexOf(map[field] ?? field)
    if (index >= 0) columns.set(field, index)
  }
  return columns
}

const UNREAD_KEPT = 64 * 1024

/** What follows a position (up to 64 KiB): the part of the file a syntax error left unread, for its dead letter. */
const readFrom = async (path: string, offset: number): Promise<string> => {
  const file = await open(path)
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(UNREAD_KEPT), 0, UNREAD_KEPT, offset)
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^[\r\n]+/, '')
  } finally {
    await file.close()
  }
}

/** The header row, read from the top of the file (a resumed read starts after it). */
export const readCsvHeader = async (c: Pick<ReadContext, 'path' | 'scan'>): Promise<string[]> => {
  const scan = { signal: c.scan.signal }
  for await (const record of readCsvRecords(c.path, { offset: 0, line: 0 }, scan)) {
    if ('error' in record) throw new AppError('invalid', `line ${record.line} (the header): ${record.error}`)
    return record.values
  }
  throw new AppError('invalid', `${c.path} is empty: a CSV file starts with a header row`)
}

/** A CSV file with a header, its columns mapped to mention fields. */
export async function* readCsv(c: ReadContext): AsyncGenerator<Positioned> {
  const header = c.from.offset === 0 ? undefined : await readCsvHeader(c)
  let columns = header && indexColumns(header, c.map)
  let width = header?.length ?? 0
  let done = c.from
  for await (const record of readCsvRecords(c.path, c.from, c.scan)) {
    if ('error' in record) {
      // a resumed read starts again after the last good record, so a fixed file is read from there
      const kind = 'CSV syntax error (the rest of the file was not read)'
      const payload = await readFrom(c.path, done.offset)
      yield { line: record.line, payload, done, result: { ok: false, reason: record.error, kind } }
      return
    }
    done = record.end
    if (columns === undefined) {
      columns = indexColumns(record.values, c.map)
      width = record.values.length
      continue
    }
    const { line, values, end } = record
    const at = { line, payload: toCsvLine(values), done: end }
    if (values.length !== width) {
      const reason = `expected ${width} columns, found ${values.length}`
      yield { ...at, result: { ok: false, reason, kind: 'wrong number of columns' } }
      continue
    }
    const read = (field: MentionField) => {
      const index = columns?.get(field)
      return index === undefined ? undefined : values[index]
    }
    yield { ...at, result: rowToMention(read, c.row) }
  }
}
