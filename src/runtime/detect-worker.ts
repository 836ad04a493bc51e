import { randomBytes } from 'node:crypto'
import type { Lease, Subscription } from '../bus/index.ts'
import { busSubject } from '../bus/index.ts'
import { type Alert, AppError, describeIssues } from '../core/index.ts'
import { AnalysedNotice, DETECT_PARTITIONS } from './detect-partitions.ts'
import { createPartitionDetection } from './partition-detection.ts'
import type { Runtime } from './runtime.ts'

export interface DetectWorkerTotals {
  notices: number
  mentions: number
  alerts: number
}

export interface DetectWorker {
  readonly totals: DetectWorkerTotals
  /** the partitions this worker holds now */
  held(): number[]
  /** Lets its partitions go (the notice in hand is handled and acknowledged first). */
  stop(): Promise<void>
}

export interface DetectWorkerOptions {
  rt: Runtime
  /** how often the worker looks at how many detect workers run and takes or lets go partitions (default 2 s) */
  balanceEveryMs?: number
  /** how often the clock moves the live workspaces' detection to now (default 2 s, as `vigie serve`) */
  tickEveryMs?: number
}

interface Held {
  lease: Lease
  subscription: Subscription
  /** moves the partition's live workspaces to now (run in turn with the notices, never during one) */
  tick(): Promise<void>
}

/**
 * A detect worker: holds detection partitions (`DETECT_PARTITIONS`), each under a bus lease so that one
 * process at a time detects a brand query, and about as many as its share (partitions ÷ live detect
 * workers, each announced by a lease of its own). For each partition held it consumes
 * `mentions.*.<partition>` as the durable consumer `detect-<partition>`, rebuilds the detection state of a
 * workspace from the store when its first notice comes (`createPartitionDetection`), stores the alerts once
 * and publishes each on `notifications.<workspace>` for the notify workers, then acknowledges the notice.
 * A partition whose holder died is taken by another worker once the lease has aged out; its unacknowledged
 * notices come back to the new holder.
 */
export const startDetectWorker = async (o: DetectWorkerOptions): Promise<DetectWorker> => {
  const { rt } = o
  const totals: DetectWorkerTotals = { notices: 0, mentions: 0, alerts: 0 }
  const me = await rt.bus.lease(`detect.worker.${randomBytes(6).toString('hex')}`)
  if (!me) throw new AppError('internal', 'could not announce this detect worker on the bus')
  const held = new Map<number, Held>()
  let stopping = false

  const take = async (partition: number) => {
    const lease = await rt.bus.lease(`detect.partition.${partition}`)
    if (!lease) return
    const detection = createPartitionDetection(rt, partition, lease.lost)
    let queue: Promise<unknown> = Promise.resolve()
    const serial = <T>(work: () => Promise<T>): Promise<T> => {
      const done = queue.then(work)
      queue = done.catch(() => {})
      return done
    }
    const publishAlerts = async (alerts: readonly Alert[]) => {
      for (const alert of alerts) await rt.bus.publish(busSubject('notifications', alert.workspaceId), alert)
      totals.alerts += alerts.length
    }
    const handle = async (payload: unknown) => {
      const notice = parseNotice(payload)
      const alerts = await serial(() => detection.handle(notice))
      await publishAlerts(alerts)
      totals.notices++
      totals.mentions += notice.mentions.length
    }
    // an alert the clock raised is stored before it is published: if the process stops in between, `vigie
    // serve` (which follows stored alerts) still notifies it, a notify worker does not (nothing redelivers it)
    const tick = async () => publishAlerts(await serial(() => detection.tick(rt.clock.now())))
    const subscription = await rt.bus.subscribe(`mentions.*.${partition}`, handle, {
      durable: `detect-${partition}`,
      from: 'start',
      maxInFlight: 2,
    })
    held.set(partition, { lease, subscription, tick })
    rt.log.info({ partition }, 'detect partition taken')
    // lost (this process could not renew it in time): another may hold it now, so stop at once
    lease.lost.addEventListener('abort', () => void letGo(partition))
  }
  const letGo = async (partition: number) => {
    const h = held.get(partition)
    if (!h) return
    held.delete(partition)
    await h.subscription.stop()
    await h.lease.release()
    rt.log.info({ partition }, 'detect partition let go')
  }

  const balance = async () => {
    const workers = Math.max(1, (await rt.bus.leased('detect.worker')).length)
    const share = Math.ceil(DETECT_PARTITIONS / workers)
    for (const p of [...held.keys()].slice(share)) await letGo(p)
    if (held.size >= share) return
    const taken = new Set((await rt.bus.leased('detect.partition')).map((k) => Number(k.split('.').at(-1))))
    for (let p = 0; p < DETECT_PARTITIONS && held.size < share && !stopping; p++)
      if (!taken.has(p) && !held.has(p)) await take(p)
  }
  let ticking = false
  const ticker = setInterval(async () => {
    if (ticking || stopping) return
    ticking = true
    for (const [partition, h] of held)
      await h
        .tick()
        .catch((error) => rt.log.warn({ partition, error: String(error) }, 'detect partition: tick failed'))
    ticking = false
  }, o.tickEveryMs ?? 2000)
  let balancing: Promise<void> = balance()
  await balancing
  const timer = setInterval(() => {
    balancing = balancing
      .then(() => (stopping ? undefined : balance()))
      .catch((error) => rt.log.warn({ error: String(error) }, 'detect partitions: balancing failed'))
  }, o.balanceEveryMs ?? 2000)

  return {
    totals,
    held: () => [...held.keys()].sort((a, b) => a - b),
    async stop() {
      stopping = true
      clearInterval(timer)
      clearInterval(ticker)
      await balancing.catch(() => {})
      await Promise.all([...held.keys()].map(letGo))
      await me.release()
    },
  }
}

const parseNotice = (payload: unknown): AnalysedNotice => {
  const parsed = AnalysedNotice.safeParse(payload)
  if (!parsed.success)
    throw new AppError(
      'invalid',
      `not a notice of analysed mentions: ${describeIssues(parsed.error.issues).slice(0, 5).join('; ')}`,
    )
  return parsed.data
}
