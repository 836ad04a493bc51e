import { createHash, randomBytes } from 'node:crypto'
import type { Bus, Lease } from '../bus/index.ts'
import { AppError } from '../core/index.ts'
import type { Logger } from './logger.ts'

/** Each live listen worker announces itself under `listen.worker.<random>`; a source is held under `listen.source.<hash>`. */
const WORKERS = 'listen.worker'
const SOURCES = 'listen.source'

/** A source's lease key: workspace and source ids may hold characters a lease key may not, so a hash of both. */
export const sourceLeaseKey = (runKey: string) =>
  `${SOURCES}.${createHash('sha1').update(runKey).digest('hex').slice(0, 20)}`

/**
 * What a listener does at a balance, given the sources wanted (run keys, the same order in every process), those it
 * holds, those some process holds (its own included) and the live listeners: its share is the wanted sources ÷ the
 * listeners, rounded up; it lets go what is no longer wanted and what is over its share (the last taken first),
 * and tries the free ones, in order, until it holds its share (another listener may take one first).
 */
export const planShare = (o: {
  wanted: readonly string[]
  held: readonly string[]
  taken: readonly string[]
  workers: number
}) => {
  const wanted = new Set(o.wanted)
  const share = Math.ceil(o.wanted.length / Math.max(1, o.workers))
  const kept = o.held.filter((k) => wanted.has(k))
  const release = [...o.held.filter((k) => !wanted.has(k)), ...kept.slice(share)]
  const taken = new Set([...o.taken, ...o.held])
  const candidates = share > kept.length ? o.wanted.filter((k) => !taken.has(k)) : []
  return { share, release, candidates }
}

export interface SourceShare {
  /**
   * Lets go the sources over this listener's share (each stopped by `stopRun` before its lease is released, so
   * its cursor is saved first) and leases free ones up to it; answers the run keys held now.
   */
  balance(wanted: readonly string[], stopRun: (runKey: string) => Promise<void>): Promise<Set<string>>
  /** Told of a source whose lease was lost (not renewed in time): another listener may read it now. */
  onLost(listener: (runKey: string) => void): void
  held(): string[]
  /** True while this listener holds the source's lease (false once lost). */
  holds(runKey: string): boolean
  /** Lets every lease go: the sources' runs must be stopped first. */
  stop(): Promise<void>
}

/**
 * The share of the sources one listen worker reads: each source (workspace and source id) under a bus lease, so
 * one live listener at a time reads it, the same way detect workers hold detection partitions. A listener that
 * dies loses its leases after `bus.leaseSeconds` and the others take its sources; a new one gets its share as the
 * others let extra ones go.
 */
export const createSourceShare = async (bus: Bus, log: Logger): Promise<SourceShare> => {
  const announce = () => bus.lease(`${WORKERS}.${randomBytes(6).toString('hex')}`)
  const first = await announce()
  if (!first) throw new AppError('internal', 'could not announce this listen worker on the bus')
  let me: Lease = first
  const held = new Map<string, Lease>()
  const lostListeners: ((runKey: string) => void)[] = []
  const letGo = async (runKey: string, stopRun: (runKey: string) => Promise<void>) => {
    const lease = held.get(runKey)
    if (!lease) return
    held.delete(runKey)
    await stopRun(runKey)
    await lease.release()
    log.info({ source: runKey }, 'listen source let go')
  }
  return {
    async balance(wanted, stopRun) {
      // stalled past the lease time, this listener stopped counting among the live ones: it announces itself again
      if (me.lost.aborted) me = (await announce()) ?? me
      const keyOf = new Map(wanted.map((k) => [sourceLeaseKey(k), k]))
      const workers = (await bus.leased(WORKERS)).length
      const taken = (await bus.leased(SOURCES)).flatMap((key) => keyOf.get(key) ?? [])
      const plan = planShare({ wanted, held: [...held.keys()], taken, workers })
      for (const runKey of plan.release) await letGo(runKey, stopRun)
      for (const runKey of plan.candidates) {
        if (held.size >= plan.share) break
        const lease = await bus.lease(sourceLeaseKey(runKey))
        if (!lease) continue
        held.set(runKey, lease)
        log.info({ source: runKey }, 'listen source taken')
        lease.lost.addEventListener('abort', () => {
          if (held.get(runKey) !== lease) return
          held.delete(runKey)
          log.warn({ source: runKey }, 'listen source lost: its lease was not renewed in time')
          for (const listener of lostListeners) listener(runKey)
        })
      }
      return new Set(held.keys())
    },
    onLost: (listener) => void lostListeners.push(listener),
    held: () => [...held.keys()].sort(),
    holds: (runKey) => held.has(runKey),
    async stop() {
      await Promise.all([...held.values()].map((lease) => lease.release()))
      held.clear()
      await me.release()
    },
  }
}
