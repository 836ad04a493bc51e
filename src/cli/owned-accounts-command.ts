import type { Command } from 'commander'
import { withStore } from './with-store.ts'

const repeat = (value: string, all: string[]) => [...all, value]

/**
 * `vigie workspaces owned --workspace ID [--add network:handle] [--remove network:handle]`: changes the
 * brand's own accounts when asked, then prints them, one `network:handle` a line.
 */
export const registerOwnedAccounts = (workspaces: Command) => {
  workspaces
    .command('owned')
    .description("list, add or remove the brand's own accounts; prints the list, one network:handle a line")
    .requiredOption('--workspace <id>', 'the workspace')
    .option(
      '--add <network:handle>',
      'an account to add, repeatable (mastodon:acme@mastodon.social)',
      repeat,
      [],
    )
    .option('--remove <network:handle>', 'an account to remove, repeatable', repeat, [])
    .action(async (opts: { workspace: string; add: string[]; remove: string[] }, cmd: Command) => {
      const { changeOwnedAccounts } = await import('../runtime/index.ts')
      const accounts = await withStore(cmd, (rt) =>
        changeOwnedAccounts(rt, opts.workspace, { add: opts.add, remove: opts.remove }),
      )
      for (const a of accounts)
        process.stdout.write(`${a.network}:${a.handle}${a.id !== undefined ? `\t${a.id}` : ''}\n`)
      if (opts.add.length + opts.remove.length > 0)
        process.stderr.write(
          `owned accounts of ${opts.workspace} changed: a running vigie serve reads them within its reload period\n`,
        )
    })
}
