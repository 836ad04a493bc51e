import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { extname } from 'node:path'
import { createInterface } from 'node:readline'
import { analyzeText } from '../analysis/index.ts'
import { AppError } from '../core/index.ts'
import { readCsvRecords } from '../sources/index.ts'
import { createDefaultModels } from './models.ts'

export interface AnalyzeFileInput {
  input: string
  output: string
  textField: string
  lang: 'auto' | 'fr' | 'en'
  format?: 'jsonl' | 'csv' | 'txt'
  onProgress?: (rows: number, bytesRead: number, totalBytes: number) => void
}

type Row = { line: number; text: string } | { line: number; error: string }

/**
 * Writes one JSON line per input row, in order: `{lang, sentiment: {label, score}, emotions}`. A row that
 * cannot be read gets `{"error": ...}` on its line, so the output stays aligned with the input.
 */
export const analyzeFile = async (
  o: AnalyzeFileInput,
): Promise<{ rows: number; errors: { line: number; error: string }[] }> => {
  const format = o.format ?? formatOf(o.input)
  const models = createDefaultModels()
  const out = createWriteStream(o.output)
  const errors: { line: number; error: string }[] = []
  let rows = 0
  for await (const row of readRows(o.input, format, o.textField)) {
    rows++
    let line: string
    if ('error' in row) {
      errors.push(row)
      line = JSON.stringify({ error: `line ${row.line}: ${row.error}` })
    } else {
      const r = analyzeText(row.text, o.lang, models)
      line = JSON.stringify({
        lang: r.lang,
        sentiment: { label: r.sentiment.label, score: r.sentiment.score },
        emotions: r.emotions,
      })
    }
    if (!out.write(`${line}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return { rows, errors }
}

const formatOf = (path: string): 'jsonl' | 'csv' | 'txt' => {
  const ext = extname(path).toLowerCase()
  if (ext === '.csv') return 'csv'
  if (ext === '.txt') return 'txt'
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl'
  throw new AppError('invalid', `cannot tell the format of ${path}: use .jsonl, .csv or .txt (or --format)`)
}

async function* readRows(path: string, format: 'jsonl' | 'csv' | 'txt', field: string): AsyncGenerator<Row> {
  if (format === 'csv') {
    yield* readCsvRows(path, field)
    return
  }
  let line = 0
  for await (const raw of createInterface({
    input: createReadStream(path),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    line++
    if (format === 'txt') {
      yield { line, text: raw }
      continue
    }
    if (raw.trim() === '') continue
    yield parseJsonRow(line, raw, field)
  }
}

/** CSV rows by the import's reader: lines where records start, every row before a syntax error kept. */
async function* readCsvRows(path: string, field: string): AsyncGenerator<Row> {
  let column: number | undefined
  const signal = new AbortController().signal
  for await (const record of readCsvRecords(path, { offset: 0, line: 0 }, { signal })) {
    if ('error' in record) {
      yield record
      return
    }
    if (column === undefined) {
      column = record.values.map((name) => name.trim()).indexOf(field)
      continue
    }
    const text = record.values[column]
    yield text === undefined
      ? { line: record.line, error: `no column "${field}" (use --text-field)` }
      : { line: record.line, text }
  }
}

const parseJsonRow = (line: number, raw: string, field: string): Row => {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    return { line, error: `invalid JSON (${(error as Error).message})` }
  }
  const text =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined
  if (typeof text !== 'string') return { line, error: `no string field "${field}" (use --text-field)` }
  return { line, text }
}
