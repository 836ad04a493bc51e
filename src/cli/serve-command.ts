import type { Command } from 'commander'
import type { Config } from '../config/index.ts'
import { AppError } from '../core/index.ts'
import type { Runtime } from '../runtime/index.ts'
import { configFrom } from './context.ts'

const VERSION = '0.1.0'

/**
 * The first start of an installation without users creates its administrator, from VIGIE_ADMIN_EMAIL and
 * VIGIE_ADMIN_PASSWORD, or admin@localhost with a one-time password printed this once.
 */
const createFirstAdmin = async (rt: Runtime, auth: Config['auth']) => {
  const { ensureFirstAdmin } = await import('../accounts/index.ts')
  const first = await ensureFirstAdmin({ ctx: rt, email: auth.adminEmail, password: auth.adminPassword })
  if (!first) return
  rt.log.warn({ email: first.user.email }, 'no user yet: the installation administrator was created')
  if (first.oneTimePassword)
    process.stderr.write(
      `\n  First start: log in as ${first.user.email} with the one-time password ${first.oneTimePassword}\n  (shown only now; set VIGIE_ADMIN_EMAIL and VIGIE_ADMIN_PASSWORD before the first start to choose them)\n\n`,
    )
}

/** `vigie serve` (an existing data folder) and `vigie start` (the same, with the demo workspace). */
export const registerServe = (program: Command) => {
  for (const [name, demo, description] of [
    ['start', true, 'start Vigie: dashboard, API and pipeline, with the demo workspace (npm start)'],
    ['serve', false, 'run the server on an existing data folder'],
  ] as const) {
    program
      .command(name)
      .description(description)
      .option('--port <port>', 'HTTP port (default 8080)')
      .option('--host <host>', 'address to listen on (default 127.0.0.1)')
      .option('--no-demo', 'do not create the demo workspace')
      .action(async (opts, cmd: Command) => {
        // loaded when the command runs: help and option errors answer without loading the whole runtime
        const { createApp } = await import('../api/index.ts')
        const {
          addSource,
          changeOwnedAccounts,
          createRuntime,
          DEMO_WORKSPACE,
          followStoredAlerts,
          startDemo,
          startDetectionTicker,
          printPdf,
          startNotifications,
          startPublishing,
          startSources,
          stopAllDrills,
        } = await import('../runtime/index.ts')
        const config = configFrom(cmd, {
          'server.port': opts.port,
          'server.host': opts.host,
          ...(demo ? (opts.demo === false ? { 'demo.enabled': false } : {}) : { 'demo.enabled': false }),
        })
        const rt = await createRuntime(config)
        await createFirstAdmin(rt, config.auth)
        for (const { workspace, ...declared } of config.sources) {
          const added = await addSource(rt, workspace, declared)
          if (added.secret)
            process.stderr.write(
              `webhook source ${declared.id} of ${workspace}: its signing secret is ${added.secret} (shown once)\n`,
            )
        }
        // owned accounts of the config file join those each workspace already has
        for (const { workspace, ...account } of config.ownedAccounts)
          await changeOwnedAccounts(rt, workspace, { add: [account] })
        const notifications = startNotifications(rt)
        // with a bus the listen workers read the sources (each under a lease) and pick changes up on their own
        const sources =
          config.bus.url === undefined
            ? startSources(rt, {
                policy: { allowHosts: config.network.allowHosts },
                // credentials named by a source option (appPasswordEnv…) are read from the environment here
                env: process.env,
                // sources and owned accounts changed by the CLI (another process) are read again this often
                reloadEveryMs: config.runner.reloadSeconds * 1000,
              })
            : undefined
        // approved replies go out through the workspaces' publishers; their secrets are read from here
        const publishing = startPublishing(rt, {
          policy: { allowHosts: config.network.allowHosts },
          env: process.env,
        })
        const app = createApp({
          store: rt.store,
          hub: rt.hub,
          meter: rt.meter,
          log: rt.log,
          version: VERSION,
          access: config.server, // the host names and origins it accepts
          auth: {
            // visitors of `npm start` read the demo without an account; nothing else is open
            demoWorkspaceId: config.demo.enabled ? DEMO_WORKSPACE : undefined,
            secureCookies: config.auth.secureCookies,
            trustProxy: config.auth.trustProxy,
          },
          // the page's "last 48 hours" follow event time, which runs ahead of the wall clock in the demo
          clock: {
            now: () =>
              new Date(Math.max(Date.now(), ...rt.pipelines.all().map((p) => p.clock.now().getTime()))),
          },
          onQueriesChanged: async (workspaceId: string) => {
            await rt.pipelines.reload(workspaceId)
          },
          onCorrection: (workspaceId: string) => rt.pipelines.reloadSentiment(workspaceId),
          onWorkspaceChanged: (workspaceId: string) => rt.pipelines.reloadSettings(workspaceId),
          runtime: rt,
          notifier: notifications.notifier,
          notices: notifications.notices,
          onSourcesChanged: async () => sources?.reload(),
          publishClients: publishing.clientFor,
          printPdf: (html: string) => printPdf(html, { chromium: config.reports.chromium }),
          // analysis marks the new accounts' posts; sources on their networks restart to read them (with a bus,
          // the listen workers' own reload does)
          onOwnedAccountsChanged: async (workspaceId: string) =>
            sources ? sources.reload() : rt.pipelines.reloadOwnedAccounts(workspaceId),
        })
        // each query's detection starts from what the store holds of its last two weeks, not from nothing
        for (const ws of await rt.store.listWorkspaces()) {
          const seeded = await rt.pipelines.seedFromHistory(ws.id)
          const replayed = [...seeded.values()].reduce((a, b) => a + b, 0)
          if (replayed > 0)
            rt.log.info({ workspace: ws.id, mentions: replayed }, 'baseline read from history')
        }
        const stopTicker = startDetectionTicker(rt)
        // alerts that `vigie ingest --detect` (another process) stores reach the page and the stream too
        const follower = await followStoredAlerts(rt)
        const address = await app
          .listen({ port: config.server.port, host: config.server.host })
          .catch(async (error) => {
            await rt.close()
            if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error
            throw new AppError(
              'unavailable',
              `port ${config.server.port} is already in use: stop the other process, or start with --port N (or VIGIE_PORT)`,
            )
          })
        rt.log.info({ address }, `Vigie is running: open ${address.replace('127.0.0.1', 'localhost')}`)
        process.stderr.write(`\n  Vigie is running: ${address.replace('127.0.0.1', 'localhost')}\n\n`)
        const stopDemo = config.demo.enabled ? await startDemo(rt, config.demo) : () => {}
        await sources?.reload()
        const shutdown = async () => {
          stopDemo()
          stopTicker()
          publishing.stop()
          stopAllDrills(rt)
          follower.stop()
          await sources?.stop()
          await notifications.stop()
          await app.close()
          await rt.close()
          process.exit(0)
        }
        process.once('SIGINT', shutdown)
        process.once('SIGTERM', shutdown)
      })
  }
}
