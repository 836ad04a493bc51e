import { type Command, Option } from 'commander'
import { AppError } from '../core/index.ts'
import { configFrom } from './context.ts'

const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 ? '' : 's'}`

/** A payload on one line, cut to `max` characters. */
const preview = (payload: unknown, max = 120) => {
  const text = typeof payload === 'string' ? payload : (JSON.stringify(payload) ?? String(payload))
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/**
 * `vigie bus dead-letters`: the messages the workers gave up on (every attempt failed), listed, published again
 * once the cause is fixed (`--replay`), or forgotten (`--drop`).
 */
export const registerBus = (program: Command) => {
  const bus = program.command('bus').description('the NATS JetStream bus of the distributed mode')
  bus
    .command('dead-letters')
    .description(
      'list the messages every attempt failed on (dead letters), oldest first; --replay publishes them again and removes them',
    )
    .option('--workspace <id>', 'only the dead letters of this workspace')
    .addOption(new Option('--replay', 'publish each again on its subject, then remove it').conflicts('drop'))
    .option('--drop', 'remove them without publishing them again')
    .addOption(
      new Option('--format <format>', 'text, or json (one object a line)')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(
      async (
        opts: { workspace?: string; replay?: boolean; drop?: boolean; format: 'text' | 'json' },
        cmd: Command,
      ) => {
        const config = configFrom(cmd)
        if (config.bus.url === undefined)
          throw new AppError(
            'invalid',
            'dead letters are kept on the NATS JetStream bus: set VIGIE_BUS_URL (or bus.url in the config file). ' +
              'Without a bus a message that fails is dead-lettered inside the process only; rows an import ' +
              'rejected are in the store (GET /api/v1/workspaces/:ws/dead-letters)',
          )
        const { createNatsBus } = await import('../bus/index.ts')
        const bus = await createNatsBus({ url: config.bus.url, prefix: config.bus.prefix })
        const totals = { listed: 0, replayed: 0, dropped: 0 }
        try {
          for await (const kept of bus.deadLetters()) {
            const { letter } = kept
            if (opts.workspace !== undefined && letter.subject.split('.')[1] !== opts.workspace) continue
            totals.listed++
            if (opts.format === 'json')
              process.stdout.write(`${JSON.stringify({ seq: kept.seq, ...letter })}\n`)
            else
              process.stdout.write(
                `#${kept.seq} ${letter.failedAt || '?'} ${letter.subject} after ${count(letter.attempts, 'attempt')}: ${letter.reason}\n  ${preview(letter.payload)}\n`,
              )
            if (opts.replay) {
              // published before it is removed: a replay cut short leaves a letter twice, never none
              await bus.publish(letter.subject, letter.payload)
              await kept.remove()
              totals.replayed++
            } else if (opts.drop) {
              await kept.remove()
              totals.dropped++
            }
          }
        } finally {
          await bus.close()
        }
        const where = opts.workspace === undefined ? '' : ` of workspace ${opts.workspace}`
        process.stderr.write(
          opts.replay
            ? `${count(totals.replayed, 'dead letter')}${where} published again and removed\n`
            : opts.drop
              ? `${count(totals.dropped, 'dead letter')}${where} removed\n`
              : `${count(totals.listed, 'dead letter')}${where} on the bus\n`,
        )
      },
    )
}
