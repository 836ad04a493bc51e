import { type Command, Option } from 'commander'
import type { Config } from '../config/index.ts'
import { AppError } from '../core/index.ts'
import { configFrom } from './context.ts'

/** The roles a worker process can take. */
const ROLES = ['listen', 'analyze', 'detect', 'notify'] as const
type Role = (typeof ROLES)[number]

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

type Runtime = Awaited<ReturnType<typeof import('../runtime/index.ts')['createRuntime']>>

interface Started {
  ready: string
  stop(): Promise<void>
  summary(): string
}

/** Starts the role's work on the runtime; what it says when ready and when stopped. */
const startRole = async (role: Role, rt: Runtime, detect: boolean): Promise<Started> => {
  const runtime = await import('../runtime/index.ts')
  if (role === 'listen') {
    if (detect) throw new AppError('invalid', '--detect goes with --role analyze only')
    // the sources of the config file join the store's, as `vigie serve` adds them (webhooks: serve receives them)
    for (const { workspace, ...declared } of rt.config.sources)
      if (declared.kind !== 'webhook') await runtime.addSource(rt, workspace, declared)
    const totals = { reads: 0, mentions: 0, rejected: 0 }
    // each source is read by one live listener at a time, under a lease on the bus; each takes its share
    const share = await runtime.createSourceShare(rt.bus, rt.log)
    const sources = runtime.startSources(rt, {
      share,
      policy: { allowHosts: rt.config.network.allowHosts },
      // credentials named by a source option (appPasswordEnv…) are read from the environment here
      env: process.env,
      reloadEveryMs: rt.config.runner.reloadSeconds * 1000,
      publish: true,
      onRead: (_source, read) => {
        totals.reads++
        totals.mentions += read.mentions
        totals.rejected += read.rejected
      },
    })
    await sources.reload()
    const running = sources.running().length
    const all = (await rt.store.listSources()).filter((s) => s.enabled && s.kind !== 'webhook').length
    return {
      ready: `reading ${count(running)} of ${count(all)} source${all === 1 ? '' : 's'} (its share) onto raw.<workspace> for the analyze workers`,
      async stop() {
        await sources.stop()
        await share.stop()
      },
      summary: () =>
        `${count(totals.reads)} reads: ${count(totals.mentions)} mentions published, ${count(totals.rejected)} rejected`,
    }
  }
  if (role === 'analyze') {
    const w = await runtime.startAnalyzeWorker({ rt, detect })
    return {
      ready: `taking raw.> as the durable consumer "${runtime.ANALYZE_CONSUMER}"${detect ? ', with detection' : ', publishing stored mentions for the detect workers'}`,
      stop: w.stop,
      summary: () =>
        `${count(w.totals.batches)} batches: ${count(w.totals.stored)} stored, ${count(w.totals.duplicates)} already stored, ${count(w.totals.rejected)} rejected, ${count(w.totals.alerts)} alerts`,
    }
  }
  if (detect) throw new AppError('invalid', '--detect goes with --role analyze only')
  if (role === 'detect') {
    const w = await runtime.startDetectWorker({ rt })
    return {
      ready: `holding detection partitions ${w.held().join(',') || 'none yet'} of ${runtime.DETECT_PARTITIONS}`,
      stop: w.stop,
      summary: () =>
        `${count(w.totals.notices)} notices: ${count(w.totals.mentions)} mentions, ${count(w.totals.alerts)} alerts`,
    }
  }
  const w = await runtime.startNotifyWorker({ rt })
  return {
    ready: `taking notifications.> as the durable consumer "${runtime.NOTIFY_CONSUMER}"`,
    stop: w.stop,
    summary: () => `${count(w.totals.alerts)} alerts notified, ${count(w.totals.already)} already notified`,
  }
}

export const registerWorker = (program: Command) =>
  program
    .command('worker')
    .description('run one stage of the pipeline as a stateless process on the bus and the PostgreSQL store')
    .addOption(
      new Option('--role <role>', 'the stage this process runs').choices(ROLES).makeOptionMandatory(),
    )
    .option(
      '--detect',
      'analyze only: also run detection on what this worker stores (one analyze worker, no detect workers: see the README)',
    )
    .action(async (opts: { role: Role; detect?: boolean }, cmd: Command) => {
      const config = configFrom(cmd)
      checkDistributed(config)
      if (opts.detect && opts.role !== 'analyze')
        throw new AppError('invalid', '--detect goes with --role analyze only')
      // SIGTERM or SIGINT: the message being handled is finished and acknowledged, then the process ends
      const stopped = new Promise<void>((resolve) => {
        process.once('SIGTERM', () => resolve())
        process.once('SIGINT', () => resolve())
      })
      const { createRuntime } = await import('../runtime/index.ts')
      const rt = await createRuntime(config)
      let worker: Started
      try {
        worker = await startRole(opts.role, rt, Boolean(opts.detect))
      } catch (error) {
        await rt.close()
        throw error
      }
      process.stderr.write(`vigie worker: ${opts.role} ready, ${worker.ready}\n`)
      await stopped
      await worker.stop()
      await rt.close()
      process.stderr.write(`vigie worker: stopped after ${worker.summary()}\n`)
    })
