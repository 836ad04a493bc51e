import { type Command, InvalidArgumentError } from 'commander'
import { AppError, type BrandQuery } from '../core/index.ts'
import type { OutageWait, PublishSummary, Runtime } from '../runtime/index.ts'
import type { Connector } from '../sources/index.ts'
import { checkBrandQuery, toBrandQuery } from './brand-query.ts'
import { configFrom } from './context.ts'
import { type FileInputOptions, formatOption, openFileInput, TIMEZONE_HELP } from './file-input.ts'
import { watchDataFolder } from './new-folder.ts'
import { printSummary } from './print-summary.ts'
import { createFileProgress } from './progress.ts'

interface IngestOptions extends FileInputOptions {
  workspace: string
  brand?: string
  query?: string
  owned?: string
  fromStart?: boolean
  detect?: boolean
  busWait?: number
}

const seconds = (value: string) => {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError('expected a number of seconds, 0 or more')
  return n
}

/** Saves the brand query; the returned undo puts back what was there (for a command that then fails). */
const saveQuery = async (rt: Runtime, query: BrandQuery) => {
  const before = (await rt.store.listQueries(query.workspaceId)).find((q) => q.id === query.id)
  const { saveBrandQuery } = await import('../runtime/index.ts')
  await saveBrandQuery(rt, query)
  return () => (before ? rt.store.upsertQuery(before) : rt.store.deleteQuery(query.workspaceId, query.id))
}

/** The connector, telling when its first item is read: a failure before that did no work. */
const onFirstItem = (connector: Connector, seen: () => void): Connector => ({
  kind: connector.kind,
  async *read(cursor, signal) {
    for await (const item of connector.read(cursor, signal)) {
      seen()
      yield item
    }
  },
})

const noteMissingQuery = async (rt: Runtime, workspace: string) => {
  if ((await rt.store.listQueries(workspace)).length > 0) return
  process.stderr.write(
    `note: workspace "${workspace}" has no brand query yet, so no mention matched; add one with --brand and --query, or with the API (PUT /api/v1/workspaces/${workspace}/queries/ID).\n`,
  )
}

const printPublished = (p: PublishSummary) => {
  const unreadable =
    p.rejected > 0
      ? ` (and ${p.rejected.toLocaleString('en-US')} unreadable rows, kept as dead letters by the workers)`
      : ''
  process.stdout.write(
    `published ${p.mentions.toLocaleString('en-US')} mentions to the bus in ${p.batches.toLocaleString('en-US')} batch${p.batches === 1 ? '' : 'es'}${unreadable}\n`,
  )
}

const inSeconds = (ms: number) => `${(ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} s`

/** Tells the user, on stderr, that publishing waits for an outage, and once it is over. */
const createOutageNotice = () => {
  let since: number | undefined
  return {
    waiting(w: OutageWait) {
      since ??= Date.now()
      const reason = w.error instanceof Error ? w.error.message : String(w.error)
      const what =
        w.service === 'bus'
          ? `waiting to publish batch ${w.batch}`
          : `batch ${w.batch} is published, waiting to save its cursor`
      process.stderr.write(
        `the ${w.service} is unreachable (${reason}); ${what}, retrying in ${inSeconds(w.delayMs)}\n`,
      )
    },
    published(batches: number) {
      if (since === undefined) return
      process.stderr.write(
        `published batch ${batches} after waiting ${inSeconds(Date.now() - since)}; going on\n`,
      )
      since = undefined
    },
  }
}

export const registerIngest = (program: Command) =>
  program
    .command('ingest')
    .description('store the mentions of a file (analysed, once each) in the data folder')
    .requiredOption(
      '--input <file>',
      'JSONL in the mention format, CSV with --map, or a network export (--format)',
    )
    .addOption(formatOption())
    .option('--workspace <id>', 'workspace to store into', 'default')
    .option('--map <mapping>', 'CSV columns: text=tweet_text,createdAt=tweet_created,author.handle=user')
    .option('--source <name>', 'source label for rows that have none', 'file')
    .option('--timezone <zone>', TIMEZONE_HELP)
    .option('--brand <name>', 'with --query: add or update this brand query in the workspace first')
    .option('--query <query>', 'the brand query (see the query language)')
    .option('--owned <handles>', 'the brand’s own accounts: @a,@b')
    .option('--from-start', 'read the whole file again even if it was ingested before')
    .option('--detect', 'also run detection and raise alerts')
    .option(
      '--bus-wait <seconds>',
      'with a bus: how long a batch waits for an unreachable NATS (or store) before the import fails (default 300)',
      seconds,
    )
    .action(async (opts: IngestOptions, cmd: Command) => {
      // everything that can be checked is, before the data folder or the query is touched
      const config = configFrom(cmd)
      if (opts.brand !== undefined && opts.query === undefined)
        throw new AppError('invalid', '--brand needs --query (the brand query to watch)')
      const query =
        opts.query && toBrandQuery(opts.workspace, opts.brand ?? opts.query, opts.query, opts.owned)
      if (query) await checkBrandQuery(query)
      if (config.bus.url !== undefined && opts.detect)
        throw new AppError(
          'invalid',
          '--detect: with a bus (VIGIE_BUS_URL), detection runs in the analyze worker (vigie worker --role analyze --detect)',
        )
      if (config.bus.url === undefined && opts.busWait !== undefined)
        throw new AppError(
          'invalid',
          '--bus-wait: only with a bus (VIGIE_BUS_URL); without one, nothing is published',
        )
      let read = 0
      let progress: ReturnType<typeof createFileProgress> | undefined
      const { path, connector } = await openFileInput(opts, {
        onProgress: (bytes) => progress?.update(bytes, read),
      })
      const { createRuntime, ensureWorkspace, ingest, publishRaw } = await import('../runtime/index.ts')
      const folder = watchDataFolder(config)
      let rt: Runtime | undefined
      let started = false
      let failedBeforeWork = false
      let undoQuery: (() => Promise<void>) | undefined
      try {
        rt = await createRuntime(config)
        await ensureWorkspace(rt, opts.workspace)
        if (query) undoQuery = await saveQuery(rt, query)
        progress = createFileProgress(path, 'ingest')
        const source = {
          rt,
          workspaceId: opts.workspace,
          connector: onFirstItem(connector, () => {
            started = true
          }),
          sourceKey: `file:${path}`,
          fromStart: Boolean(opts.fromStart),
          onBatch: (s: { read: number }) => {
            read = s.read
          },
        }
        if (config.bus.url !== undefined) {
          // the analyze workers analyse, store and detect; this process returns once the bus holds the items
          const notice = createOutageNotice()
          const published = await publishRaw({
            ...source,
            onBatch: (s) => {
              source.onBatch(s)
              notice.published(s.batches)
            },
            outage: opts.busWait === undefined ? undefined : { limitMs: opts.busWait * 1000 },
            onOutage: notice.waiting,
          })
          progress.stop()
          printPublished(published)
        } else {
          const summary = await ingest({ ...source, detect: Boolean(opts.detect) })
          progress.stop()
          printSummary(summary)
        }
        if (!query) await noteMissingQuery(rt, opts.workspace)
      } catch (error) {
        progress?.stop()
        failedBeforeWork = !started
        if (failedBeforeWork) await undoQuery?.()
        throw error
      } finally {
        await rt?.close()
        if (failedBeforeWork) folder.removeIfCreated()
      }
    })
