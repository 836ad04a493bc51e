import { type OwnedAccount, type SourceDefinition, systemClock } from '../core/index.ts'
import type { Connector, NetPolicy } from '../sources/index.ts'
import { createEngagementWriter } from './engagement-writer.ts'
import { ingest } from './ingest.ts'
import { LIVE_PUBLISH, publishRaw } from './publish-raw.ts'
import type { Runtime } from './runtime.ts'
import { connectorFor } from './source-registry.ts'
import type { SourceShare } from './source-share.ts'

/** A polling period with ±10 % jitter, so sources added together do not call out together forever. */
export const nextPollDelay = (everyMs: number, random: () => number = Math.random) =>
  Math.round(everyMs * (0.9 + 0.2 * random()))

/** After failures in a row: 30 s, 1 min, 2 min … at most 30 min, with jitter. */
export const failureDelay = (failures: number, random: () => number = Math.random) =>
  Math.round(Math.min(30 * 60_000, 30_000 * 2 ** (failures - 1)) * (0.75 + 0.5 * random()))

// an abort that came before the wait (a stream stopped mid-read) ends it at once, not a period later
const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve()
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })

export interface SourceRunnerOptions {
  policy: NetPolicy
  env?: Readonly<Record<string, string | undefined>>
  /** injectable for tests */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>
  random?: () => number
  /**
   * re-read the sources and owned accounts this often (what another process changed); none: only when
   * `reload()` is called
   */
  reloadEveryMs?: number
  /** how long likes and reposts counted on a stream are gathered before they are written (2 s by default) */
  engagementFlushMs?: number
  /**
   * publish what the sources read to the bus (`raw.<workspace>`, as `vigie ingest` does with a bus) for the
   * analyze workers, instead of analysing, storing and detecting it here: `vigie worker --role listen`
   */
  publish?: boolean
  /** told after each read that ended well: the mentions it stored (or published) and the rows it rejected */
  onRead?: (source: SourceDefinition, read: { mentions: number; rejected: number }) => void
  /**
   * run only the sources this process holds under a bus lease, its share among the live listeners
   * (`vigie worker --role listen`, several of them); without it every source runs here
   */
  share?: SourceShare
  /** with `share`: how often the share is balanced against the live listeners (default 2 s) */
  balanceEveryMs?: number
}

/** The cursor key of a declared source: what `ingest` resumes from. */
export const sourceKeyOf = (source: SourceDefinition) => `source:${source.kind}:${source.id}`

/**
 * Reads one source until stopped: each read goes through analysis, the store and detection (`ingest`, which
 * advances the cursor only after what came before was stored), or with `publish` onto the bus (`publishRaw`,
 * which advances it once the bus holds what came before); its outcome is the source's health. A read
 * that ends (a poll caught up) waits the source's period; a failure waits longer each time.
 */
const runSource = async (
  rt: Runtime,
  source: SourceDefinition,
  ownedAccounts: readonly OwnedAccount[],
  o: SourceRunnerOptions,
  signal: AbortSignal,
) => {
  let failures = 0
  const pause = o.wait ?? wait
  const engagement = createEngagementWriter(rt.store, source.workspaceId, {
    flushMs: o.engagementFlushMs,
    onError: (error) =>
      rt.log.warn({ source: source.id, error: String(error) }, 'writing engagement counts failed'),
  })
  while (!signal.aborted) {
    const clock = rt.clock ?? systemClock
    try {
      const queries = await rt.store.listQueries(source.workspaceId)
      const connector = connectorFor(source, {
        policy: o.policy,
        queries,
        env: o.env ?? {},
        ownedAccounts,
        onEngagement: engagement.record,
      })
      if (typeof connector === 'string') throw new Error(connector)
      const summary = o.publish
        ? await publishSource(rt, source, connector, signal)
        : await ingestSource(rt, source, connector, signal)
      await rt.store.recordSourceRun({
        workspaceId: source.workspaceId,
        sourceId: source.id,
        at: clock.now(),
        stored: summary.mentions,
        rejected: summary.rejected,
      })
      rt.meter.count('source_reads_total', { kind: source.kind, outcome: 'ok' })
      const outcome = o.publish ? 'published' : 'stored'
      rt.meter.count('source_items_total', { kind: source.kind, outcome }, summary.mentions)
      rt.meter.count('source_items_total', { kind: source.kind, outcome: 'rejected' }, summary.rejected)
      o.onRead?.(source, summary)
      failures = 0
    } catch (error) {
      if (signal.aborted) break
      failures += 1
      const message = error instanceof Error ? error.message : String(error)
      rt.log.warn({ workspace: source.workspaceId, source: source.id, error: message }, 'source read failed')
      rt.meter.count('source_reads_total', { kind: source.kind, outcome: 'error' })
      await rt.store
        .recordSourceRun({
          workspaceId: source.workspaceId,
          sourceId: source.id,
          at: clock.now(),
          error: message,
          stored: 0,
          rejected: 0,
        })
        .catch(() => {})
    }
    if (signal.aborted) break // stopped mid-read: no period to wait
    await pause(
      failures > 0 ? failureDelay(failures, o.random) : nextPollDelay(source.everyMs, o.random),
      signal,
    )
  }
  await engagement.flush()
}

/** Reads a source through analysis, the store and detection, writing after every mention (a live stream). */
const ingestSource = async (
  rt: Runtime,
  source: SourceDefinition,
  connector: Connector,
  signal: AbortSignal,
) => {
  const summary = await ingest({
    rt,
    workspaceId: source.workspaceId,
    connector,
    sourceKey: sourceKeyOf(source),
    detect: true,
    flushEachMention: true,
    signal,
  })
  return { mentions: summary.stored, rejected: summary.rejectedCount }
}

/**
 * Reads a source onto the bus, a batch per message held back at most `LIVE_PUBLISH.maxWaitMs` (a stream's next
 * post may be hours away); the cursor is saved once the bus holds each, so a restart resumes after the last
 * one published.
 */
const publishSource = async (
  rt: Runtime,
  source: SourceDefinition,
  connector: Connector,
  signal: AbortSignal,
) => {
  const summary = await publishRaw({
    rt,
    workspaceId: source.workspaceId,
    connector,
    sourceKey: sourceKeyOf(source),
    ...LIVE_PUBLISH,
    signal,
    onOutage: (w) =>
      rt.log.warn(
        {
          source: sourceKeyOf(source),
          batch: w.batch,
          delayMs: w.delayMs,
          error: w.error instanceof Error ? w.error.message : String(w.error),
        },
        `${w.service} unreachable; the batch waits and is tried again`,
      ),
  })
  return { mentions: summary.mentions, rejected: summary.rejected }
}

/** What a source's loop was started with: a change of either restarts it. */
interface RunSpec {
  source: SourceDefinition
  /** the workspace's owned accounts on the source's network */
  owned: readonly OwnedAccount[]
}

const sameSpec = (a: RunSpec, b: RunSpec) =>
  JSON.stringify({ ...a.source, createdAt: 0, owned: a.owned }) ===
  JSON.stringify({ ...b.source, createdAt: 0, owned: b.owned })

/**
 * Runs every enabled, readable source of the store, each in its own loop (with `share`, only those this process
 * holds). `reload()` re-reads the store: it starts new sources, restarts changed ones (or ones whose workspace's
 * owned accounts on their network changed), stops removed or disabled ones, and hands the owned accounts to the
 * workspaces' analysis; with `reloadEveryMs` it runs by itself, so what the CLI changes in the same data folder is
 * picked up. `stop()` ends them all.
 */
export const startSources = (rt: Runtime, o: SourceRunnerOptions) => {
  const running = new Map<string, RunSpec & { abort: AbortController; done: Promise<void> }>()
  /** the sources wanted at the last reload, by run key, in the store's order */
  let wanted = new Map<string, RunSpec>()
  const keyOf = (s: SourceDefinition) => `${s.workspaceId}/${s.id}`
  const stopOne = async (key: string) => {
    const run = running.get(key)
    if (!run) return
    running.delete(key)
    run.abort.abort()
    await run.done
  }
  const ownedOf = async (workspaceIds: readonly string[]) => {
    const owned = new Map<string, OwnedAccount[]>()
    for (const ws of workspaceIds) {
      owned.set(ws, await rt.store.listOwnedAccounts(ws))
      await rt.pipelines.reloadOwnedAccounts(ws)
    }
    return owned
  }
  const reloadOnce = async () => {
    const workspaces = (await rt.store.listWorkspaces()).map((w) => w.id)
    const owned = await ownedOf(workspaces)
    const sources = (await rt.store.listSources()).filter((s) => s.enabled && s.kind !== 'webhook')
    wanted = new Map(
      sources.map((source) => [
        keyOf(source),
        { source, owned: (owned.get(source.workspaceId) ?? []).filter((a) => a.network === source.kind) },
      ]),
    )
    await apply()
  }
  /** starts and stops the runs so that those wanted (and, with a share, held) run with their latest spec */
  const apply = async () => {
    const share = o.share
    if (share) await share.balance([...wanted.keys()], stopOne)
    // asked at each source, not once: a lease lost meanwhile must not start its source again
    const runsHere = (key: string) => wanted.has(key) && (!share || share.holds(key))
    for (const key of [...running.keys()]) if (!runsHere(key)) await stopOne(key)
    for (const [key, spec] of wanted) {
      if (!runsHere(key)) continue
      const current = running.get(key)
      if (current && sameSpec(current, spec)) continue
      await stopOne(key)
      const abort = new AbortController()
      const done = runSource(rt, spec.source, spec.owned, o, abort.signal)
      running.set(key, { ...spec, abort, done })
    }
  }
  // a source whose lease was lost stops at once: another listener may be reading it already
  o.share?.onLost((key) => void stopOne(key))
  // one reload or balance at a time: the timers' and an API change's never interleave their starts and stops
  let turn: Promise<void> = Promise.resolve()
  const inTurn = (work: () => Promise<void>) => {
    turn = turn.catch(() => {}).then(work)
    return turn
  }
  const reload = () => inTurn(reloadOnce)
  const every = (ms: number | undefined, work: () => Promise<void>, what: string) => {
    if (ms === undefined) return undefined
    const timer = setInterval(() => {
      inTurn(work).catch((error) => rt.log.warn({ error: String(error) }, `${what} failed`))
    }, ms)
    timer.unref()
    return timer
  }
  const timers = [
    every(o.reloadEveryMs, reloadOnce, 'reloading the sources'),
    o.share ? every(o.balanceEveryMs ?? 2000, apply, 'balancing the sources between listeners') : undefined,
  ]
  return {
    reload,
    running: () => [...running.values()].map((r) => r.source),
    stop: async () => {
      for (const timer of timers) clearInterval(timer)
      await turn.catch(() => {})
      for (const key of [...running.keys()]) await stopOne(key)
    },
  }
}
export type SourceRunner = ReturnType<typeof startSources>
