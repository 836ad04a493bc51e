import { AppError, DRILL_SCENARIOS, type Drill } from '../core/index.ts'

/** What a drill's simulated crisis can be about. */
export type DrillScenario = (typeof DRILL_SCENARIOS)[number]

import { startReplay } from './demo.ts'
import type { Runtime } from './runtime.ts'

const running = new WeakMap<Runtime, Map<string, () => void>>()

const stamp = (d: Date) => d.toISOString().slice(0, 16).replace(/[-:T]/g, '')

/**
 * Starts a crisis drill from a workspace: a sandbox workspace with its team (same roles), its approval chain
 * and its language, none of its data nor publishers, into which a simulated crisis (an employee's post, a
 * product defect, an accident, a data breach or outage) is replayed after the demo's week of chatter,
 * live (`speed` 1 is real time: the team's times mean what they say). Returns the drill.
 */
export const startDrill = async (
  rt: Runtime,
  input: {
    workspaceId: string
    by: string | null
    speed?: number
    crisisAfterSeconds?: number
    /** what the simulated crisis is about (`DRILL_SCENARIOS`; an employee's post by default) */
    scenario?: DrillScenario
  },
): Promise<Drill> => {
  const source = await rt.store.getWorkspace(input.workspaceId)
  if (!source) throw new AppError('not_found', `no workspace ${input.workspaceId}`)
  if (await rt.store.getDrill(input.workspaceId))
    throw new AppError('invalid', 'a drill is started from a real workspace, not from a drill')
  const now = rt.clock.now()
  const id = `${input.workspaceId.slice(0, 40)}-drill-${stamp(now)}`
  if (await rt.store.getWorkspace(id))
    throw new AppError('conflict', `a drill of ${input.workspaceId} started this minute already: ${id}`)
  const language = source.language ?? 'en'
  for (const m of await rt.store.listMemberships({ workspaceId: input.workspaceId }))
    await rt.store.setMembership({ ...m, workspaceId: id })
  const speed = input.speed ?? 1
  const replay = await startReplay(rt, {
    workspaceId: id,
    name: `${source.name} — ${language === 'fr' ? 'exercice de crise' : 'crisis drill'}`,
    language,
    speed,
    crisisAfterSeconds: input.crisisAfterSeconds ?? 60,
    cause: input.scenario ?? DRILL_SCENARIOS[0],
  })
  // after the replay's start, which empties the sandbox
  const chain = await rt.store.getApprovalChain(input.workspaceId)
  if (chain) await rt.store.saveApprovalChain({ ...chain, workspaceId: id })
  const drill: Drill = {
    workspaceId: id,
    sourceWorkspaceId: input.workspaceId,
    scenario: input.scenario ?? DRILL_SCENARIOS[0],
    startedAt: now,
    startedBy: input.by,
    onsetAt: replay.onsetAt,
    speed,
    endedAt: null,
  }
  await rt.store.saveDrill(drill)
  const mine = running.get(rt) ?? new Map<string, () => void>()
  running.set(rt, mine)
  mine.set(id, replay.stop)
  rt.log.info(
    { drill: id, from: input.workspaceId, onset: replay.onsetAt.toISOString() },
    'crisis drill started',
  )
  return drill
}

/** Stops a drill's replay and marks it ended; its sandbox stays for its report until deleted. */
export const stopDrill = async (rt: Runtime, sandboxId: string): Promise<Drill> => {
  const drill = await rt.store.getDrill(sandboxId)
  if (!drill) throw new AppError('not_found', `no drill ${sandboxId}`)
  running.get(rt)?.get(sandboxId)?.()
  running.get(rt)?.delete(sandboxId)
  const ended = { ...drill, endedAt: drill.endedAt ?? rt.clock.now() }
  await rt.store.saveDrill(ended)
  return ended
}

/** Stops every running drill replay (on shutdown). */
export const stopAllDrills = (rt: Runtime) => {
  for (const stop of running.get(rt)?.values() ?? []) stop()
  running.delete(rt)
}
