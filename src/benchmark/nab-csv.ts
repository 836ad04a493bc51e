import { z } from 'zod'
import { AppError, describeIssues } from '../core/index.ts'
import { parseNabTimestamp } from './nab-timestamp.ts'

/** One row of a NAB data file (`timestamp,value`); `at` is the timestamp in ms, read as UTC. */
export interface NabDataRow {
  timestamp: string
  at: number
  value: number
}

/** One row of a detector's output (`timestamp,value,anomaly_score`, extra columns ignored). */
export interface NabResultRow extends NabDataRow {
  anomalyScore: number
}

const NabTimestampText = z.string().refine((text) => parseNabTimestamp(text) !== undefined, {
  message: 'expected a timestamp like 2015-02-26 21:42:53',
})
const NumberText = z
  .string()
  .trim()
  .min(1, 'expected a number')
  .transform(Number)
  .pipe(z.number({ error: 'expected a number' }).refine(Number.isFinite, 'expected a finite number'))
const DataRow = z.object({ timestamp: NabTimestampText, value: NumberText })
const ResultRow = DataRow.extend({
  anomaly_score: NumberText.pipe(z.number().min(0).max(1)),
})

const splitLines = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== '')

/** Reads the header, checks the required columns and yields each line as a record, with its line number. */
const readRecords = (text: string, file: string, required: readonly string[]) => {
  const [header, ...lines] = splitLines(text)
  if (header === undefined) throw new AppError('invalid', `${file}: empty file, expected a CSV header`)
  const columns = header.split(',').map((name) => name.trim())
  const missing = required.filter((name) => !columns.includes(name))
  if (missing.length > 0) {
    throw new AppError('invalid', `${file}: missing column(s) ${missing.join(', ')} in header "${header}"`)
  }
  if (lines.length === 0) throw new AppError('invalid', `${file}: no data rows`)
  return lines.map((line, index) => {
    const cells = line.split(',')
    const record = Object.fromEntries(columns.map((name, i) => [name, cells[i] ?? '']))
    return { record, line: index + 2 }
  })
}

const parseRows = <T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  required: readonly string[],
): { row: T; line: number }[] =>
  readRecords(text, file, required).map(({ record, line }) => {
    const parsed = schema.safeParse(record)
    if (!parsed.success) {
      throw new AppError('invalid', `${file}:${line}: ${describeIssues(parsed.error.issues).join('; ')}`)
    }
    return { row: parsed.data, line }
  })

/** NAB scores rows by position, so timestamps must strictly increase. */
const checkOrder = (rows: { at: number; line: number }[], file: string) => {
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]!.at <= rows[i - 1]!.at) {
      throw new AppError('invalid', `${file}:${rows[i]!.line}: timestamp is not after the previous row`)
    }
  }
}

/** Parses a NAB data file (`timestamp,value`). Throws AppError('invalid') naming the file and line. */
export const parseNabData = (text: string, file: string): NabDataRow[] => {
  const rows = parseRows(text, file, DataRow, ['timestamp', 'value']).map(({ row, line }) => ({
    timestamp: row.timestamp.trim(),
    at: parseNabTimestamp(row.timestamp)!,
    value: row.value,
    line,
  }))
  checkOrder(rows, file)
  return rows.map(({ line: _line, ...row }) => row)
}

/** Parses a detector output (`timestamp,value,anomaly_score,...`); scores must lie in 0..1. */
export const parseNabResults = (text: string, file: string): NabResultRow[] => {
  const required = ['timestamp', 'value', 'anomaly_score']
  const rows = parseRows(text, file, ResultRow, required).map(({ row, line }) => ({
    timestamp: row.timestamp.trim(),
    at: parseNabTimestamp(row.timestamp)!,
    value: row.value,
    anomalyScore: row.anomaly_score,
    line,
  }))
  checkOrder(rows, file)
  return rows.map(({ line: _line, ...row }) => row)
}

/** Writes a detector output in NAB's layout, one row per data row. */
export const formatNabResults = (rows: readonly NabResultRow[]): string =>
  ['timestamp,value,anomaly_score', ...rows.map((r) => `${r.timestamp},${r.value},${r.anomalyScore}`)].join(
    '\n',
  ) + '\n'
