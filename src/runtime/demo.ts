import type { Clock } from '../core/index.ts'
import { createDemoStream, scenarioQuery } from '../simulation/index.ts'
import { createMemoryConnector } from '../sources/index.ts'
import { ingest } from './ingest.ts'
import type { Runtime } from './runtime.ts'

export const DEMO_WORKSPACE = 'demo'

export interface DemoSettings {
  /** event-time seconds per wall-clock second */
  speed: number
  /** wall-clock seconds after start when the crisis begins */
  crisisAfterSeconds: number
}

/** Event time that runs `speed` times faster than the wall clock from `eventStart`. */
export const createAcceleratedClock = (eventStart: number, speed: number, wallStart = Date.now()): Clock => ({
  now: () => new Date(eventStart + (Date.now() - wallStart) * speed),
})

/**
 * The demo workspace: Télécomète, a fictional French telecom brand. A week of ordinary chatter is stored at
 * once; then the stream is replayed in accelerated time, and `crisisAfterSeconds` later an employee's insulting
 * post goes viral. The demo is rebuilt afresh at every start. Returns a function that stops the replay.
 */
export const startDemo = async (rt: Runtime, settings: DemoSettings): Promise<() => void> => {
  const eventStart = Date.now()
  const onset = new Date(eventStart + settings.crisisAfterSeconds * settings.speed * 1000)
  const stream = createDemoStream({ seed: 7, start: onset })
  const live = [
    ...stream.backlog.filter((m) => m.createdAt.getTime() >= eventStart),
    ...stream.crisis.map((c) => c.mention),
  ]
  const backlog = stream.backlog.filter((m) => m.createdAt.getTime() < eventStart)
  // the ticker must not move the demo to "now" while its week of history is being stored
  const pipeline = await rt.pipelines.get(DEMO_WORKSPACE)
  pipeline.backfilling = true
  await rt.store.purgeWorkspace(DEMO_WORKSPACE)
  await rt.store.upsertWorkspace({
    id: DEMO_WORKSPACE,
    name: 'Télécomète (démo)',
    language: 'fr',
    createdAt: new Date(eventStart),
  })
  const q = scenarioQuery('demo')
  await rt.store.upsertQuery({
    id: q.id,
    workspaceId: DEMO_WORKSPACE,
    brand: q.brand,
    query: q.query,
    owned: q.owned,
  })
  await rt.pipelines.restart(DEMO_WORKSPACE) // the same handle, with nothing seen and no detection state
  const history = await ingest({
    rt,
    workspaceId: DEMO_WORKSPACE,
    connector: createMemoryConnector(backlog, 'demo'),
    sourceKey: 'demo:backlog',
    detect: true,
  }).finally(() => {
    pipeline.backfilling = false
  })
  rt.log.info(
    { stored: history.stored, crisisAt: onset.toISOString() },
    'demo: a week of chatter stored; replaying the stream',
  )
  const clock = createAcceleratedClock(eventStart, settings.speed)
  pipeline.clock = clock
  const controller = new AbortController()
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  void ingest({
    rt,
    workspaceId: DEMO_WORKSPACE,
    connector: createMemoryConnector(live, 'demo'),
    sourceKey: 'demo:live',
    fromStart: true,
    detect: true,
    flushEachMention: true,
    signal: controller.signal,
    pace: async (m) => {
      const wait = (m.createdAt.getTime() - clock.now().getTime()) / settings.speed
      if (wait > 0 && !controller.signal.aborted) await sleep(wait)
    },
  })
    .then((s) => rt.log.info({ stored: s.stored, alerts: s.alerts }, 'demo: replay finished'))
    .catch((error) => rt.log.error({ error }, 'demo: replay failed'))
  return () => controller.abort()
}
