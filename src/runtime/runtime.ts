import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  type AlertChannel,
  type AlertHub,
  createAlertHub,
  createWebhookChannel,
  type Notifier,
} from '../alerts/index.ts'
import { type Bus, createInProcessBus, createNatsBus } from '../bus/index.ts'
import type { Config } from '../config/index.ts'
import { type Clock, createMeter, type Meter, systemClock } from '../core/index.ts'
import { createPostgresStore, createSqliteStore, type Store } from '../store/index.ts'
import { type BatchAnalysis, createBatchAnalysis, workersFor } from './batch-analysis.ts'
import { createPipelines, type Pipelines } from './create-pipelines.ts'
import { createLogger, type Logger } from './logger.ts'

/** Everything the drivers (API, CLI) need, built once from the config. */
export interface Runtime {
  readonly config: Config
  readonly log: Logger
  readonly store: Store
  readonly bus: Bus
  readonly meter: Meter
  readonly hub: AlertHub
  readonly channels: AlertChannel[]
  readonly clock: Clock
  readonly pipelines: Pipelines
  /** analysis of long imports, in worker threads when the config allows */
  readonly analysis: BatchAnalysis
  /** the workspaces' notification rules, told of stored mentions and raised alerts (`vigie serve` sets it) */
  notifier?: Pick<Notifier, 'onMentions' | 'onAlert'>
  /** the installation's secret, which keys alert ids (`alertId`) */
  readonly alertKey: string
  close(): Promise<void>
}

/** The configured store, migrated: what commands that only read or write records need (no pipelines). */
export const openStore = async (config: Config, log: Logger, path?: string) => {
  const storePath = path ?? (config.store.kind === 'sqlite' ? dbPath(config.store.dataDir) : 'postgres')
  const store =
    config.store.kind === 'postgres'
      ? createPostgresStore({ connectionString: config.store.url!, schema: config.store.schema })
      : createSqliteStore({
          path: storePath,
          onIndexError: (message) =>
            log.warn({ error: message }, 'search indexer failed; searches will index on their own'),
        })
  await store.migrate()
  return { store, storePath }
}

export const createRuntime = async (
  config: Config,
  options: { log?: Logger; clock?: Clock; storePath?: string } = {},
): Promise<Runtime> => {
  const log = options.log ?? createLogger(config.log.level)
  const { store, storePath } = await openStore(config, log, options.storePath)
  const alertKey = await store.installationSecret()
  const meter = createMeter()
  const bus = await openBus(config.bus, log).catch(async (error) => {
    await store.close()
    throw error
  })
  const hub = createAlertHub()
  const channels: AlertChannel[] = []
  const webhook = config.alerts.webhook
  if (webhook) {
    channels.push(
      createWebhookChannel({ url: webhook.url, secret: webhook.secret, maxAttempts: webhook.maxAttempts }),
    )
  }
  const clock = options.clock ?? systemClock
  const pipelines = createPipelines({
    store,
    clock,
    // a query stored by an older version, whose syntax is now refused: the rest of the workspace still runs
    onInvalidQuery: (query, error) =>
      log.error(
        { workspace: query.workspaceId, query: query.id, error: error.message },
        `brand query ${query.id} of workspace ${query.workspaceId} is skipped: ${error.message}; fix it with PUT /api/v1/workspaces/${query.workspaceId}/queries/${query.id}`,
      ),
  })
  const analysis = createBatchAnalysis(workersFor(config.analysis.workers))
  log.debug({ store: storePath, analysisWorkers: analysis.workers }, 'runtime ready')
  return {
    config,
    log,
    store,
    bus,
    meter,
    hub,
    channels,
    clock,
    pipelines,
    analysis,
    alertKey,
    async close() {
      await analysis.close()
      await bus.close()
      await store.close()
    },
  }
}

/** NATS JetStream when `bus.url` is set (several processes), the in-process bus otherwise. */
const openBus = async (config: Config['bus'], log: Logger): Promise<Bus> => {
  const onError = (error: unknown, subject: string, attempt: number) =>
    log.error({ error, subject, attempt }, 'bus handler failed')
  if (config.url === undefined) return createInProcessBus({ maxDeliver: config.maxDeliver, onError })
  return createNatsBus({
    url: config.url,
    prefix: config.prefix,
    maxDeliver: config.maxDeliver,
    ackWaitMs: config.ackWaitSeconds * 1000,
    leaseMs: config.leaseSeconds * 1000,
    onError,
  })
}

/** The embedded store's file in a data folder (`:memory:` stays itself). */
export const sqliteFileOf = (dataDir: string) =>
  dataDir === ':memory:' ? dataDir : join(dataDir, 'vigie.db')

const dbPath = (dataDir: string) => {
  if (dataDir !== ':memory:') mkdirSync(dataDir, { recursive: true })
  return sqliteFileOf(dataDir)
}
