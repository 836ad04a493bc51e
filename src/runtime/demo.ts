import type { Clock } from '../core/index.ts'
import { type CrisisCause, createDemoStream, scenarioQuery } from '../simulation/index.ts'
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

/** A simulated stream replayed live into one workspace: the demo's, or a drill's sandbox. */
export interface ReplaySettings extends DemoSettings {
  workspaceId: string
  name: string
  language: 'fr' | 'en'
  /** what the crisis is about: an employee's insulting post by default */
  cause?: CrisisCause
}

/**
 * The demo workspace: Télécomète, a fictional French telecom brand. A week of ordinary chatter is stored at
 * once; then the stream is replayed in accelerated time, and `crisisAfterSeconds` later an employee's insulting
 * post goes viral. The demo is rebuilt afresh at every start. Returns a function that stops the replay.
 */
export const startDemo = async (rt: Runtime, settings: DemoSettings): Promise<() => void> =>
  (
    await startReplay(rt, {
      ...settings,
      workspaceId: DEMO_WORKSPACE,
      name: 'Télécomète (démo)',
      language: 'fr',
    })
  ).stop

/**
 * Replays the demo's simulated stream into a workspace (emptied first): a week of chatter stored at once, then
 * the live stream at `speed`, the crisis `crisisAfterSeconds` wall-clock seconds after the start. Returns when
 * the crisis begins (event time) and how to stop.
 */
export const startReplay = async (
  rt: Runtime,
  settings: ReplaySettings,
): Promise<{ onsetAt: Date; stop: () => void }> => {
  const workspaceId = settings.workspaceId
  const eventStart = Date.now()
  const onset = new Date(eventStart + settings.crisisAfterSeconds * settings.speed * 1000)
  const stream = createDemoStream({
    seed: 7,
    start: onset,
    ...(settings.cause ? { cause: settings.cause } : {}),
  })
  const live = [
    ...stream.backlog.filter((m) => m.createdAt.getTime() >= eventStart),
    ...stream.crisis.map((c) => c.mention),
  ]
  const backlog = stream.backlog.filter((m) => m.createdAt.getTime() < eventStart)
  // the ticker must not move the demo to "now" while its week of history is being stored
  await rt.store.upsertWorkspace({
    id: workspaceId,
    name: settings.name,
    language: settings.language,
    createdAt: new Date(eventStart),
  })
  const pipeline = await rt.pipelines.get(workspaceId)
  pipeline.backfilling = true
  await rt.store.purgeWorkspace(workspaceId)
  const q = scenarioQuery('demo')
  await rt.store.upsertQuery({
    id: q.id,
    workspaceId,
    brand: q.brand,
    query: q.query,
    owned: q.owned,
  })
  await rt.pipelines.restart(workspaceId) // the same handle, with nothing seen and no detection state
  const history = await ingest({
    rt,
    workspaceId,
    connector: createMemoryConnector(backlog, 'demo'),
    sourceKey: 'demo:backlog',
    detect: true,
  }).finally(() => {
    pipeline.backfilling = false
  })
  rt.log.info(
    { stored: history.stored, crisisAt: onset.toISOString() },
    `${workspaceId}: a week of chatter stored; replaying the stream`,
  )
  const clock = createAcceleratedClock(eventStart, settings.speed)
  pipeline.clock = clock
  const controller = new AbortController()
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
  void ingest({
    rt,
    workspaceId,
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
    .then((s) => rt.log.info({ stored: s.stored, alerts: s.alerts }, `${workspaceId}: replay finished`))
    .catch((error) => rt.log.error({ error }, `${workspaceId}: replay failed`))
  return { onsetAt: onset, stop: () => controller.abort() }
}
