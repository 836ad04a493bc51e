import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type Command, InvalidArgumentError } from 'commander'
import { createRuntime, replay } from '../runtime/index.ts'
import { createFileConnector, parseFieldMap } from '../sources/index.ts'
import { toBrandQuery } from './brand-query.ts'
import { configFrom } from './context.ts'
import { printSummary } from './print-summary.ts'
import { createFileProgress } from './progress.ts'

const parseSpeed = (value: string): 'max' | number => {
  if (value === 'max') return 'max'
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('use "max" or a positive number')
  return n
}

export const registerReplay = (program: Command) =>
  program
    .command('replay')
    .description(
      'stream a file through the full pipeline in event-time order and write every alert as a JSON line',
    )
    .requiredOption('--input <file>', 'JSONL in the mention format, or CSV with --map')
    .requiredOption('--brand <name>', 'the brand the query watches')
    .requiredOption('--query <query>', 'the brand query, e.g. \'"Télécomète" OR telecomete\'')
    .option('--owned <handles>', 'the brand’s own accounts: @a,@b')
    .option('--speed <max|N>', 'max, or N event-time seconds per second', parseSpeed, 'max' as const)
    .requiredOption('--alerts <file>', 'where to write the alerts (JSONL)')
    .option('--map <mapping>', 'CSV column mapping (see ingest)')
    .option('--store <dir>', 'keep the store in this data folder (default: a temporary one, removed after)')
    .action(async (opts, cmd: Command) => {
      const dataDir = opts.store ? resolve(opts.store) : mkdtempSync(join(tmpdir(), 'vigie-replay-'))
      const rt = await createRuntime(configFrom(cmd, { 'store.dataDir': dataDir }))
      const out = createWriteStream(resolve(opts.alerts))
      try {
        const path = resolve(opts.input)
        const progress = createFileProgress(path, 'replay')
        const query = toBrandQuery('replay', opts.brand, opts.query, opts.owned)
        const summary = await replay({
          rt,
          workspaceId: 'replay',
          query,
          speed: opts.speed,
          sourceKey: `file:${path}`,
          connector: createFileConnector({
            path,
            map: opts.map ? parseFieldMap(opts.map) : undefined,
            onProgress: (bytes) => progress.update(bytes, 0),
          }),
          onAlert: (a) => {
            out.write(
              `${JSON.stringify({ at: a.at.toISOString(), kind: a.kind, severity: a.severity, score: a.score, explanation: a.explanation, mentions: a.mentions, query: a.queryId, details: a.details })}\n`,
            )
          },
        })
        progress.stop()
        printSummary(summary)
        process.stderr.write(`${summary.alertsRaised.length} alerts written to ${resolve(opts.alerts)}\n`)
        if (summary.stored === 0 && summary.read > 0) {
          process.stderr.write(
            'warning: no mention matched the query: check --query against a few rows of the file\n',
          )
        }
      } finally {
        out.end()
        await rt.close()
        if (!opts.store) rmSync(dataDir, { recursive: true, force: true })
      }
    })
