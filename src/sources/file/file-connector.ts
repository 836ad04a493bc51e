import { stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { AppError } from '../../core/index.ts'
import type { Connector, Cursor, SourceItem } from '../port.ts'
import { checkFieldMap, type FieldMap, MENTION_FIELDS, type MentionField } from './field-map.ts'
import { readCsvRecords } from './read-csv-records.ts'
import { type ProgressListener, readLines } from './read-lines.ts'
import { type RowResult, rowToMention } from './row-to-mention.ts'

export type FileFormat = 'jsonl' | 'csv'

export interface FileConnectorOptions {
  path: string
  /** by default from the extension: `.csv` is CSV, anything else JSONL */
  format?: FileFormat
  /** mention field → CSV column (or dotted path in a JSONL object), e.g. `{ text: 'tweet_text' }` */
  map?: Record<string, string>
  defaults?: { source?: string }
  onProgress?: ProgressListener
}

interface ReadPlan {
  path: string
  map: FieldMap
  defaultSource: string
  after: number
  signal: AbortSignal
  totalBytes: number
  onProgress?: ProgressListener | undefined
}

/** Cursor = the line on which the item starts (a number as text); a resumed read skips up to it. */
const parseCursor = (cursor: Cursor | undefined): number => {
  if (cursor === undefined) return 0
  if (!/^\d+$/.test(cursor))
    throw new AppError('invalid', `file cursor must be a line number, got "${cursor}"`)
  return Number(cursor)
}

const toItem = (line: number, result: RowResult, payload: string): SourceItem =>
  result.ok
    ? { mention: result.mention, cursor: String(line) }
    : { rejected: { reason: `line ${line}: ${result.reason}`, payload, line }, cursor: String(line) }

const readPath = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
      value,
    )

async function* readJsonl(plan: ReadPlan): AsyncGenerator<SourceItem> {
  for await (const { line, text } of readLines(plan.path, plan)) {
    if (line <= plan.after || text.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      const reason = `invalid JSON (${error instanceof Error ? error.message : String(error)})`
      yield toItem(line, { ok: false, reason }, text)
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield toItem(line, { ok: false, reason: 'expected a JSON object' }, text)
      continue
    }
    const read = (field: MentionField) => readPath(value, plan.map[field] ?? field)
    yield toItem(line, rowToMention(read, { content: text, defaultSource: plan.defaultSource }), text)
  }
}

const toCsvLine = (values: string[]) =>
  values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')

/** Column index per mention field: the map's column, or a column named after the field itself. */
const indexColumns = (header: string[], map: FieldMap): Map<MentionField, number> => {
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

async function* readCsv(plan: ReadPlan): AsyncGenerator<SourceItem> {
  let columns: Map<MentionField, number> | undefined
  let width = 0
  for await (const record of readCsvRecords(plan.path, plan)) {
    if ('error' in record) {
      yield toItem(record.line, { ok: false, reason: record.error }, '')
      return
    }
    if (columns === undefined) {
      columns = indexColumns(record.values, plan.map)
      width = record.values.length
      continue
    }
    if (record.line <= plan.after) continue
    const { line, values } = record
    const payload = toCsvLine(values)
    if (values.length !== width) {
      yield toItem(line, { ok: false, reason: `expected ${width} columns, found ${values.length}` }, payload)
      continue
    }
    const read = (field: MentionField) => {
      const index = columns?.get(field)
      return index === undefined ? undefined : values[index]
    }
    yield toItem(line, rowToMention(read, { content: payload, defaultSource: plan.defaultSource }), payload)
  }
}

/**
 * A connector over a JSONL or CSV file, streamed (constant memory whatever the size). Each item's
 * cursor is its 1-based start line; rejections say `line N: reason`. See docs/mention-format.md.
 */
export const createFileConnector = (options: FileConnectorOptions): Connector => {
  const format: FileFormat =
    options.format ?? (extname(options.path).toLowerCase() === '.csv' ? 'csv' : 'jsonl')
  const map = checkFieldMap(options.map ?? {})
  return {
    kind: 'file',
    async *read(cursor, signal) {
      const after = parseCursor(cursor)
      const totalBytes = await stat(options.path).then(
        (s) => s.size,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') throw new AppError('not_found', `file not found: ${options.path}`)
          throw error
        },
      )
      const defaultSource = options.defaults?.source ?? 'file'
      const plan: ReadPlan = { ...options, map, defaultSource, after, signal, totalBytes }
      yield* format === 'csv' ? readCsv(plan) : readJsonl(plan)
    },
  }
}
