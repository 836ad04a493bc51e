import { type Command, Option } from 'commander'
import { registerOwnedAccounts } from './owned-accounts-command.ts'
import { withStore } from './with-store.ts'

/** The first line of standard input, without its line end (`--password-stdin`). */
const readFirstLine = async (): Promise<string> => {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? ''
}

const registerUsers = (program: Command) => {
  const users = program.command('users').description('user accounts of the installation')
  users
    .command('create')
    .description('create a user; prints the new user id alone on stdout')
    .requiredOption('--email <email>', 'their email, which they log in with')
    .addOption(
      new Option(
        '--role <role>',
        'admin without --workspace: the whole installation; other roles: in --workspace',
      )
        .choices(['admin', 'analyst', 'responder', 'viewer'])
        .makeOptionMandatory(),
    )
    .option('--workspace <id>', 'the workspace the role is given in (required for every role but admin)')
    .option('--name <name>', 'display name (default: the part of the email before @)')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (opts, cmd: Command) => {
      const { createUser } = await import('../accounts/index.ts')
      const password = opts.passwordStdin ? await readFirstLine() : undefined
      const user = await withStore(cmd, (rt) =>
        createUser({
          ctx: rt,
          input: {
            email: opts.email,
            role: opts.role,
            workspaceId: opts.workspace,
            name: opts.name,
            password,
          },
        }),
      )
      process.stdout.write(`${user.id}\n`)
      if (password === undefined)
        process.stderr.write(
          `note: ${user.email} has no password and cannot log in to the dashboard; give one with --password-stdin, or create an API token: vigie tokens create --email ${user.email}\n`,
        )
    })
}

const registerTokens = (program: Command) => {
  program
    .command('tokens')
    .description('API tokens')
    .command('create')
    .description('create an API token for a user; prints the token alone on stdout (it is shown only once)')
    .requiredOption('--email <email>', "the token's user")
    .option('--name <name>', 'what the token is for', 'cli')
    .action(async (opts, cmd: Command) => {
      const { createApiToken } = await import('../accounts/index.ts')
      const { AppError } = await import('../core/index.ts')
      const { token } = await withStore(cmd, async (rt) => {
        const user = await rt.store.findUserByEmail(opts.email)
        if (!user) throw new AppError('not_found', `no user with the email ${opts.email}`)
        return createApiToken({ ctx: rt, userId: user.id, input: { name: opts.name } })
      })
      process.stdout.write(`${token}\n`)
    })
}

const registerWorkspaces = (program: Command) => {
  const workspaces = program.command('workspaces').description('workspaces (one per client)')
  registerOwnedAccounts(workspaces)
  workspaces
    .command('create')
    .description('create a workspace; prints the new workspace id alone on stdout')
    .requiredOption('--name <name>', "the client's name")
    .option('--id <id>', 'its id (default: made from the name)')
    .option('--query <query>', 'a first brand query, in the query language')
    .option('--brand <brand>', "the query's brand (default: the workspace's name)")
    .option('--owned <handles>', "the brand's own accounts, comma-separated (@a,@b)")
    .addOption(new Option('--language <lang>', "the team's language (alert sentences)").choices(['fr', 'en']))
    .action(async (opts, cmd: Command) => {
      const { compileQueries } = await import('../analysis/index.ts')
      const { createWorkspace } = await import('../runtime/index.ts')
      const owned = String(opts.owned ?? '')
        .split(',')
        .map((h) => h.trim().replace(/^@/, '').toLowerCase())
        .filter((h) => h !== '')
      const query = (ws: string) => ({
        id: 'main',
        workspaceId: ws,
        brand: opts.brand ?? opts.name,
        query: opts.query,
        owned,
      })
      // a bad query is refused before anything is created
      if (opts.query !== undefined) compileQueries([query('check')])
      const workspace = await withStore(cmd, async (rt) => {
        const created = await createWorkspace({
          ctx: rt,
          input: { id: opts.id, name: opts.name, language: opts.language },
        })
        // no pipeline runs here: a running `vigie serve` reads the new workspace's queries when it restarts
        if (opts.query !== undefined) await rt.store.upsertQuery(query(created.id))
        return created
      })
      process.stdout.write(`${workspace.id}\n`)
    })
}

/** `vigie users create`, `vigie tokens create`, `vigie workspaces create`: operators on the data folder. */
export const registerAccounts = (program: Command) => {
  registerUsers(program)
  registerTokens(program)
  registerWorkspaces(program)
}
