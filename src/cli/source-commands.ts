import { type Command, Option } from 'commander'
import { AppError } from '../core/index.ts'
import { withStore } from './with-store.ts'

/** `key=value` options; a value that reads as JSON (a number, true, a list) is taken as such. */
const parseOptions = (pairs: readonly string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const pair of pairs) {
    const eq = pair.indexOf('=')
    if (eq <= 0) throw new AppError('invalid', `--option ${pair}: expected key=value`)
    const raw = pair.slice(eq + 1)
    let value: unknown = raw
    try {
      value = JSON.parse(raw)
    } catch {
      // plain text
    }
    const key = pair.slice(0, eq)
    // a repeated key makes a list: --option hashtags=a --option hashtags=b
    out[key] = key in out ? [out[key], value].flat() : value
  }
  return out
}

/** `vigie sources add`, `remove` and `list`: what a running `vigie serve` reads (and re-reads periodically). */
export const registerSources = (program: Command) => {
  const sources = program
    .command('sources')
    .description('the feeds, networks and webhooks a workspace listens to')
  sources
    .command('add')
    .description('declare a source; prints its id alone on stdout (a webhook: then its signing secret, once)')
    .requiredOption('--workspace <id>', 'the workspace')
    .addOption(
      new Option('--kind <kind>', 'what it reads')
        .choices(['rss', 'mastodon', 'bluesky', 'reddit', 'webhook'])
        .makeOptionMandatory(),
    )
    .option('--url <url>', 'the feed, the instance, the Jetstream endpoint or the Reddit base URL')
    .option('--every <period>', 'polling period: 30s, 5m, 1h, 1d (default 5m)')
    .option('--id <id>', 'its id (default: made from the kind)')
    .option(
      '--option <key=value>',
      'a connector option, repeatable (see docs/connectors.md)',
      (v: string, all: string[]) => [...all, v],
      [],
    )
    .action(async (opts, cmd: Command) => {
      const { addSource } = await import('../runtime/index.ts')
      const options = parseOptions(opts.option)
      await withStore(cmd, async (rt) => {
        const added = await addSource(rt, opts.workspace, {
          id: opts.id,
          kind: opts.kind,
          url: opts.url,
          every: opts.every,
          options,
        })
        process.stdout.write(`${added.source.id}\n${added.secret ? `${added.secret}\n` : ''}`)
        process.stderr.write(
          `source ${added.source.id} added: a running vigie serve starts reading it within its reload period (runner.reloadSeconds)\n`,
        )
      })
    })
  sources
    .command('remove')
    .description('remove a source: it stops being read (its mentions stay)')
    .requiredOption('--workspace <id>', 'the workspace')
    .requiredOption('--id <id>', 'the source')
    .action(async (opts, cmd: Command) => {
      await withStore(cmd, ({ store }) => store.deleteSource(opts.workspace, opts.id))
      process.stderr.write(
        `source ${opts.id} removed: a running vigie serve stops reading it within its reload period\n`,
      )
    })
  sources
    .command('list')
    .description('the declared sources with their health, one line each')
    .option('--workspace <id>', 'only this workspace')
    .action(async (opts, cmd: Command) => {
      await withStore(cmd, async ({ store }) => {
        const healthOf = new Map<string, Awaited<ReturnType<typeof store.listSourceHealth>>>()
        for (const s of await store.listSources(opts.workspace)) {
          // one read of the health per workspace, not per source
          if (!healthOf.has(s.workspaceId))
            healthOf.set(s.workspaceId, await store.listSourceHealth(s.workspaceId))
          const h = healthOf.get(s.workspaceId)!.find((x) => x.sourceId === s.id)
          const last = h?.lastSuccessAt ? `last ok ${h.lastSuccessAt.toISOString()}` : 'never read'
          const error = h?.lastError ? `, last error ${h.lastErrorAt?.toISOString()}: ${h.lastError}` : ''
          process.stdout.write(
            `${s.workspaceId}\t${s.id}\t${s.kind}\t${s.url ?? '-'}\tevery ${s.everyMs / 1000}s\t${s.enabled ? 'on' : 'off'}\t${last}, ${h?.stored ?? 0} stored, ${h?.rejected ?? 0} rejected${error}\n`,
          )
        }
      })
    })
}
