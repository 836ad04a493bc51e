import cliProgress from 'cli-progress'
import type { Command } from 'commander'
import { AppError } from '../core/index.ts'
import { configFrom } from './context.ts'

const count = (n: number) => n.toLocaleString('en-US')

/** A bar per table on a terminal; a line per finished table otherwise (logs, CI). */
const tableProgress = () => {
  const tty = process.stderr.isTTY
  let bar: cliProgress.SingleBar | undefined
  let current = ''
  return (p: { table: string; copied: number; total: number; done: boolean }) => {
    if (tty && p.table !== current) {
      bar?.stop()
      current = p.table
      bar = new cliProgress.SingleBar(
        { format: `${p.table.padEnd(22)} [{bar}] {value}/{total} rows`, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
      bar.start(p.total, 0)
    }
    bar?.update(p.copied)
    if (p.done) {
      bar?.stop()
      bar = undefined
      current = ''
      if (!tty) process.stderr.write(`${p.table}: ${count(p.copied)} of ${count(p.total)} rows\n`)
    }
  }
}

export const registerMigrate = (program: Command) =>
  program
    .command('migrate')
    .description(
      "move the data folder's embedded store to PostgreSQL (an empty schema); the folder is only read",
    )
    .requiredOption('--to <url>', 'the PostgreSQL database, postgres://user@host:5432/database')
    .option('--schema <name>', 'the schema that receives the tables', 'public')
    .action(async (opts: { to: string; schema: string }, cmd: Command) => {
      const config = configFrom(cmd)
      if (config.store.kind !== 'sqlite')
        throw new AppError(
          'invalid',
          'vigie migrate reads the embedded store of the data folder: unset VIGIE_STORE (or store.kind) to run it',
        )
      if (!/^postgres(ql)?:\/\//.test(opts.to))
        throw new AppError('invalid', `--to must be a postgres:// URL, not ${opts.to}`)
      const { copyToPostgres } = await import('../store/index.ts')
      const { sqliteFileOf } = await import('../runtime/index.ts')
      const from = sqliteFileOf(config.store.dataDir)
      const copied = await copyToPostgres({
        from,
        to: opts.to,
        schema: opts.schema,
        onProgress: tableProgress(),
      })
      const rows = copied.reduce((sum, c) => sum + c.target, 0)
      const mentions = copied.find((c) => c.table === 'mentions')?.target ?? 0
      process.stdout.write(
        `copied ${count(rows)} rows in ${copied.length} tables (${count(mentions)} mentions) from ${from} to schema "${opts.schema}"; counts checked\n`,
      )
      process.stderr.write(
        `next: run Vigie on PostgreSQL with VIGIE_STORE=postgres VIGIE_DATABASE_URL=<url>${opts.schema === 'public' ? '' : ` VIGIE_DATABASE_SCHEMA=${opts.schema}`}\n`,
      )
    })
