import { resolve } from 'node:path'
import type { Command } from 'commander'
import {
  createRuntime,
  ensureWorkspace,
  type IngestSummary,
  ingest,
  saveBrandQuery,
} from '../runtime/index.ts'
import { createFileConnector, parseFieldMap } from '../sources/index.ts'
import { toBrandQuery } from './brand-query.ts'
import { configFrom } from './context.ts'
import { printSummary } from './print-summary.ts'
import { createFileProgress } from './progress.ts'

export const registerIngest = (program: Command) =>
  program
    .command('ingest')
    .description('store the mentions of a JSONL or CSV file (analysed, once each) in the data folder')
    .requiredOption('--input <file>', 'JSONL in the mention format, or CSV with --map')
    .option('--workspace <id>', 'workspace to store into', 'default')
    .option('--map <mapping>', 'CSV columns: text=tweet_text,createdAt=tweet_created,author.handle=user')
    .option('--source <name>', 'source label for rows that have none', 'file')
    .option('--brand <name>', 'with --query: add or update this brand query in the workspace first')
    .option('--query <query>', 'the brand query (see the query language)')
    .option('--owned <handles>', 'the brand’s own accounts: @a,@b')
    .option('--from-start', 'read the whole file again even if it was ingested before')
    .option('--detect', 'also run detection and raise alerts')
    .action(async (opts, cmd: Command) => {
      const rt = await createRuntime(configFrom(cmd))
      try {
        await ensureWorkspace(rt, opts.workspace)
        if (opts.query) {
          // checked before it is stored: a bad query is refused here instead of breaking every later run
          await saveBrandQuery(
            rt,
            toBrandQuery(opts.workspace, opts.brand ?? opts.query, opts.query, opts.owned),
          )
        }
        const path = resolve(opts.input)
        const progress = createFileProgress(path, 'ingest')
        let read = 0
        const connector = createFileConnector({
          path,
          map: opts.map ? parseFieldMap(opts.map) : undefined,
          defaults: { source: opts.source },
          onProgress: (bytes) => progress.update(bytes, read),
        })
        const summary: IngestSummary = await ingest({
          rt,
          workspaceId: opts.workspace,
          connector,
          sourceKey: `file:${path}`,
          fromStart: Boolean(opts.fromStart),
          detect: Boolean(opts.detect),
          onBatch: (s) => {
            read = s.read
          },
        })
        progress.stop()
        printSummary(summary)
        if (!opts.query && (await rt.store.listQueries(opts.workspace)).length === 0) {
          process.stderr.write(
            `note: workspace "${opts.workspace}" has no brand query yet, so no mention matched; add one with --brand and --query, or with the API (PUT /api/workspaces/${opts.workspace}/queries/ID).\n`,
          )
        }
      } finally {
        await rt.close()
      }
    })
