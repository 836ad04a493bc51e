import { type Command, Option } from 'commander'
import type { Config } from '../config/index.ts'
import { AppError } from '../core/index.ts'
import { configFrom } from './context.ts'

/** The roles a worker process can take; only `analyze` is built (listen, detect, notify: issue 15). */
const ROLES = ['analyze'] as const

/** A worker shares its work with other processes: it needs the bus and the shared store. */
const checkDistributed = (config: Config) => {
  const missing = [
    ...(config.bus.url === undefined ? ['a NATS JetStream bus (VIGIE_BUS_URL=nats://host:4222)'] : []),
    ...(config.store.kind !== 'postgres'
      ? ['the shared PostgreSQL store (VIGIE_STORE=postgres and VIGIE_DATABASE_URL)']
      : []),
  ]
  if (missing.length > 0)
    throw new AppError(
      'invalid',
      `vigie worker needs ${missing.join(' and ')}; see the README, Distributed mode`,
    )
}

const count = (n: number) => n.toLocaleString('en-US')

export const registerWorker = (program: Command) =>
  program
    .command('worker')
    .description('run one stage of the pipeline as a stateless process on the bus and the PostgreSQL store')
    .addOption(
      new Option('--role <role>', 'the stage this process runs').choices(ROLES).makeOptionMandatory(),
    )
    .option(
      '--detect',
      'also run detection on what this worker stores (one analyze worker only: see the README)',
    )
    .action(async (opts: { role: (typeof ROLES)[number]; detect?: boolean }, cmd: Command) => {
      const config = configFrom(cmd)
      checkDistributed(config)
      // SIGTERM or SIGINT: the batch being handled is stored and acknowledged, then the process ends
      const stopped = new Promise<void>((resolve) => {
        process.once('SIGTERM', () => resolve())
        process.once('SIGINT', () => resolve())
      })
      const { createRuntime, startAnalyzeWorker, ANALYZE_CONSUMER } = await import('../runtime/index.ts')
      const rt = await createRuntime(config)
      let worker: Awaited<ReturnType<typeof startAnalyzeWorker>>
      try {
        worker = await startAnalyzeWorker({ rt, detect: Boolean(opts.detect) })
      } catch (error) {
        await rt.close()
        throw error
      }
      process.stderr.write(
        `vigie worker: ${opts.role} ready, taking raw.> as the durable consumer "${ANALYZE_CONSUMER}"${opts.detect ? ', with detection' : ''}\n`,
      )
      await stopped
      await worker.stop()
      await rt.close()
      const t = worker.totals
      process.stderr.write(
        `vigie worker: stopped after ${count(t.batches)} batches: ${count(t.stored)} stored, ${count(t.duplicates)} already stored, ${count(t.rejected)} rejected, ${count(t.alerts)} alerts\n`,
      )
    })
