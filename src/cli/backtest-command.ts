import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { type Command, Option } from 'commander'
import { AppError, type BrandQuery } from '../core/index.ts'
import { toBrandQuery } from './brand-query.ts'
import { formatOption, openFileInput, TIMEZONE_HELP } from './file-input.ts'

/** A truth file from `vigie simulate` ({events, queries}) or a plain list of events. */
const readTruth = async (path: string) => {
  const { parseBacktestEvents } = await import('../benchmark/index.ts')
  const text = readFileSync(path, 'utf8')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { events: parseBacktestEvents(text, path), queries: [] as BrandQuery[] }
  }
  if (Array.isArray(parsed)) return { events: parseBacktestEvents(text, path), queries: [] as BrandQuery[] }
  const truth = parsed as {
    events?: unknown
    queries?: { id: string; brand: string; query: string; owned?: string[] }[]
  }
  if (!Array.isArray(truth.events))
    throw new AppError('invalid', `${path}: expected a list of events or {"events": [...]}`)
  const queries = (truth.queries ?? []).map((q) => ({ ...q, workspaceId: 'backtest', owned: q.owned ?? [] }))
  return { events: parseBacktestEvents(JSON.stringify(truth.events), path), queries }
}

export const registerBacktest = (program: Command) =>
  program
    .command('backtest')
    .description(
      'replay history with given detection settings and print recall, false alarms per week and delay per event',
    )
    .requiredOption('--input <file>', 'mentions (JSONL, or CSV with --map)')
    .requiredOption(
      '--events <file>',
      'ground truth: the truth file of `vigie simulate`, or a JSON list of {onset, end?, kind, queryId?}',
    )
    .option('--brand <name>', 'the brand (with --query; default: the queries of the truth file)')
    .option('--query <query>', 'the brand query')
    .option('--owned <handles>', 'the brand’s own accounts: @a,@b')
    .addOption(
      new Option('--sensitivity <level>', 'detection sensitivity').choices(['low', 'medium', 'high']),
    )
    .option('--settings <file>', 'detection settings as JSON (see docs/detection.md)')
    .option('--map <mapping>', 'CSV column mapping')
    .addOption(formatOption())
    .option('--timezone <zone>', TIMEZONE_HELP)
    .action(async (opts) => {
      const { connector } = await openFileInput(opts)
      const truth = await readTruth(resolve(opts.events))
      const queries: BrandQuery[] = opts.query
        ? [toBrandQuery('backtest', opts.brand ?? 'brand', opts.query, opts.owned)]
        : truth.queries
      if (queries.length === 0)
        throw new AppError(
          'invalid',
          'no brand query: give --brand and --query, or a truth file with queries',
        )
      const settings = {
        ...(opts.settings ? JSON.parse(readFileSync(resolve(opts.settings), 'utf8')) : {}),
        ...(opts.sensitivity ? { sensitivity: opts.sensitivity } : {}),
      }
      const { backtest } = await import('../runtime/index.ts')
      const { formatBacktestReport } = await import('../benchmark/index.ts')
      const result = await backtest({
        connector,
        queries,
        events: opts.query ? truth.events.map((e) => ({ ...e, queryId: undefined })) : truth.events,
        settings,
      })
      process.stdout.write(`${formatBacktestReport(result.score)}\n`)
      if (result.rejected > 0)
        process.stderr.write(`${result.rejected} rows could not be read and were skipped\n`)
      if (result.outOfWindow > 0)
        process.stderr.write(
          `${result.outOfWindow} mentions dated before 2000-01-01 or more than 24 h ahead were left out\n`,
        )
    })
