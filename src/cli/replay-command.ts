import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type Command, InvalidArgumentError } from 'commander'
import type { Alert } from '../core/index.ts'
import type { Runtime } from '../runtime/index.ts'
import { checkBrandQuery, toBrandQuery } from './brand-query.ts'
import { checkOutputFile } from './check-output.ts'
import { configFrom } from './context.ts'
import { type FileInputOptions, formatOption, openFileInput, TIMEZONE_HELP } from './file-input.ts'
import { createLazyOutput } from './lazy-output.ts'
import { watchDataFolder } from './new-folder.ts'
import { printSummary } from './print-summary.ts'
import { createFileProgress } from './progress.ts'
import { refuseSameFile } from './same-file.ts'

interface ReplayOptions extends FileInputOptions {
  brand: string
  query: string
  owned?: string
  speed: 'max' | number
  alerts: string
  store?: string
  lang: 'fr' | 'en'
}

const parseLang = (value: string): 'fr' | 'en' => {
  if (value === 'fr' || value === 'en') return value
  throw new InvalidArgumentError('use fr or en')
}

const parseSpeed = (value: string): 'max' | number => {
  if (value === 'max') return 'max'
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('use "max" or a positive number')
  return n
}

const alertLine = (a: Alert) =>
  `${JSON.stringify({ at: a.at.toISOString(), kind: a.kind, severity: a.severity, score: a.score, explanation: a.explanation, mentions: a.mentions, query: a.queryId, details: a.details })}\n`

export const registerReplay = (program: Command) =>
  program
    .command('replay')
    .description(
      'stream a file through the full pipeline in event-time order and write every alert as a JSON line',
    )
    .requiredOption(
      '--input <file>',
      'JSONL in the mention format, CSV with --map, or a network export (--format)',
    )
    .addOption(formatOption())
    .requiredOption('--brand <name>', 'the brand the query watches')
    .requiredOption('--query <query>', 'the brand query, e.g. \'"Télécomète" OR telecomete\'')
    .option('--owned <handles>', 'the brand’s own accounts: @a,@b')
    .option('--speed <max|N>', 'max, or N event-time seconds per second', parseSpeed, 'max' as const)
    .requiredOption('--alerts <file>', 'where to write the alerts (JSONL)')
    .option('--map <mapping>', 'CSV column mapping (see ingest)')
    .option('--timezone <zone>', TIMEZONE_HELP)
    .option('--lang <fr|en>', 'the language of the alert sentences', parseLang, 'en' as const)
    .option('--store <dir>', 'keep the store in this data folder (default: a temporary one, removed after)')
    .action(async (opts: ReplayOptions, cmd: Command) => {
      const alertsPath = resolve(opts.alerts)
      refuseSameFile({ flag: '--input', path: resolve(opts.input) }, { flag: '--alerts', path: alertsPath })
      checkOutputFile('--alerts', alertsPath)
      const query = toBrandQuery('replay', opts.brand, opts.query, opts.owned)
      await checkBrandQuery(query)
      let progress: ReturnType<typeof createFileProgress> | undefined
      const { path, connector } = await openFileInput(opts, {
        onProgress: (bytes) => progress?.update(bytes, 0),
      })
      const { createRuntime, replay } = await import('../runtime/index.ts')
      const dataDir = opts.store ? resolve(opts.store) : mkdtempSync(join(tmpdir(), 'vigie-replay-'))
      const config = configFrom(cmd, { 'store.dataDir': dataDir })
      const folder = watchDataFolder(config)
      const out = createLazyOutput(alertsPath)
      let rt: Runtime | undefined
      let ok = false
      try {
        rt = await createRuntime(config)
        progress = createFileProgress(path, 'replay')
        const summary = await replay({
          rt,
          workspaceId: 'replay',
          query,
          speed: opts.speed,
          language: opts.lang,
          sourceKey: `file:${path}`,
          connector,
          onAlert: (a) => out.write(alertLine(a)),
        })
        progress.stop()
        await out.finish()
        ok = true
        printSummary(summary)
        process.stderr.write(`${summary.alertsRaised.length} alerts written to ${alertsPath}\n`)
        if (summary.stored === 0 && summary.read > 0) {
          process.stderr.write(
            'warning: no mention matched the query: check --query against a few rows of the file\n',
          )
        }
      } finally {
        progress?.stop()
        if (!ok) await out.abandon()
        await rt?.close()
        if (!opts.store) rmSync(dataDir, { recursive: true, force: true })
        else if (!ok) folder.removeIfCreated()
      }
    })
