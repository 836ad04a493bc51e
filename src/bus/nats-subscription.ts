import { setTimeout as sleep } from 'node:timers/promises'
import {
  AckPolicy,
  type ConsumerConfig,
  DeliverPolicy,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream'
import { type NatsConnection, nanos, nuid } from '@nats-io/transport-node'
import { AppError } from '../core/index.ts'
import {
  type BusHandler,
  type DeadLetter,
  deadLetterSubject,
  errorMessage,
  type Subscription,
  subjectKind,
} from './port.ts'

export interface NatsSubscriptionDeps {
  nc: NatsConnection
  js: JetStreamClient
  jsm: JetStreamManager
  stream: string
  prefix: string
  pattern: string
  handler: BusHandler
  durable: string | undefined
  /** where a new durable consumer starts */
  from: 'now' | 'start'
  /** messages this subscriber holds at most, the running one included (the consumer's `max_ack_pending` is
   * `maxInFlight`, for all its subscribers) */
  take: number
  maxDeliver: number
  ackWaitMs: number
  retryDelayMs: number
  maxInFlight: number
  onError: (error: unknown, subject: string, attempt: number) => void
  publish: (subject: string, payload: unknown) => Promise<void>
}

/** How long one pull request waits for messages before the next one is sent (the server's `expires`). */
const PULL_EXPIRES_MS = 5000

/**
 * One pull consumer and two loops: the puller asks the server for as many messages as there is room for
 * (`take` minus those held), so a subscriber never holds more than `take` and the others sharing its durable
 * consumer get the rest; the handler loop takes the held messages one at a time in the order they arrived and
 * acknowledges each after its handler resolved. The held messages (running or waiting their turn) are kept
 * from redelivery while the subscription lives, so a slow handler never gets a message twice.
 */
export const subscribeNats = async (deps: NatsSubscriptionDeps): Promise<Subscription> => {
  const name = await ensureConsumer(deps)
  const held: JsMsg[] = []
  let wake: (() => void) | undefined
  let roomFreed: (() => void) | undefined
  let pulling: { stop(): void } | undefined
  let stopping = false
  const stopped = new AbortController()
  let consumer = await deps.js.consumers.get(deps.stream, name)
  const puller = (async () => {
    while (!stopping) {
      const room = deps.take - held.length
      if (room <= 0) {
        await new Promise<void>((resolve) => (roomFreed = resolve))
        continue
      }
      try {
        const batch = await consumer.fetch({ max_messages: room, expires: PULL_EXPIRES_MS })
        pulling = batch
        if (stopping) batch.stop()
        for await (const m of batch) {
          held.push(m)
          wake?.()
        }
      } catch (error) {
        if (stopping) break
        // the connection dropped or the consumer went away: report, wait, and set the consumer up again
        deps.onError(error, deps.pattern, 0)
        await sleep(1000, undefined, { signal: stopped.signal }).catch(() => {})
        consumer = await ensureConsumer(deps)
          .then(() => deps.js.consumers.get(deps.stream, name))
          .catch(() => consumer)
      } finally {
        pulling = undefined
      }
    }
  })()
  const keepHeld = setInterval(
    () => {
      for (const m of held) m.working()
    },
    Math.max(200, deps.ackWaitMs / 3),
  )
  const loop = (async () => {
    for (;;) {
      const m = held[0]
      if (m === undefined) {
        if (stopping) return
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      await handle(deps, m).catch((error) => deps.onError(error, m.subject, m.info.deliveryCount))
      held.shift()
      roomFreed?.()
    }
  })()
  return {
    async stop() {
      if (stopping) return loop
      stopping = true
      stopped.abort()
      pulling?.stop()
      roomFreed?.()
      await puller
      wake?.()
      await loop // drains: what was already received is handled and acknowledged
      clearInterval(keepHeld)
      await deps.nc.flush()
      if (deps.durable === undefined) await deps.jsm.consumers.delete(deps.stream, name).catch(() => {})
    },
  }
}

const ensureConsumer = async (deps: NatsSubscriptionDeps) => {
  const filter = `${deps.prefix}.${deps.pattern}`
  if (deps.durable !== undefined && !/^[A-Za-z0-9_-]+$/.test(deps.durable))
    throw new AppError(
      'invalid',
      `durable name "${deps.durable}" may hold letters, digits, dash and underscore`,
    )
  const name = deps.durable ?? `ephemeral_${nuid.next()}`
  const config: Partial<ConsumerConfig> = {
    name,
    ...(deps.durable !== undefined
      ? { durable_name: name }
      : { inactive_threshold: nanos(Math.max(60_000, deps.ackWaitMs * 2)) }),
    ack_policy: AckPolicy.Explicit,
    ack_wait: nanos(deps.ackWaitMs),
    // counted here, not by the server: past maxDeliver a message becomes a dead letter with its reason
    max_deliver: -1,
    max_ack_pending: deps.maxInFlight,
    filter_subject: filter,
    deliver_policy: deps.from === 'start' ? DeliverPolicy.All : DeliverPolicy.New,
  }
  const existing = await deps.jsm.consumers.info(deps.stream, name).catch(() => undefined)
  if (existing === undefined) await deps.jsm.consumers.add(deps.stream, config)
  else if (existing.config.filter_subject !== filter || existing.config.ack_wait !== config.ack_wait)
    await deps.jsm.consumers.update(deps.stream, name, {
      filter_subject: filter,
      ack_wait: config.ack_wait,
      max_ack_pending: deps.maxInFlight,
    })
  return name
}

const handle = async (deps: NatsSubscriptionDeps, m: JsMsg) => {
  const subject = m.subject.slice(deps.prefix.length + 1)
  const attempt = m.info.deliveryCount
  let payload: unknown
  try {
    payload = m.json()
  } catch (error) {
    return deadLetter(
      deps,
      m,
      subject,
      m.string(),
      `the payload is not JSON: ${errorMessage(error)}`,
      attempt,
    )
  }
  if (attempt > deps.maxDeliver) {
    const reason = `not acknowledged after ${attempt - 1} deliveries (a handler hung or its process stopped)`
    return deadLetter(deps, m, subject, payload, reason, attempt - 1)
  }
  try {
    await deps.handler(payload, subject)
    m.ack()
  } catch (error) {
    deps.onError(error, subject, attempt)
    if (attempt >= deps.maxDeliver) await deadLetter(deps, m, subject, payload, errorMessage(error), attempt)
    else m.nak(Math.min(60_000, deps.retryDelayMs * 2 ** (attempt - 1)))
  }
}

/** The dead letter is stored before the message is acknowledged: if storing fails, the message comes back. */
const deadLetter = async (
  deps: NatsSubscriptionDeps,
  m: JsMsg,
  subject: string,
  payload: unknown,
  reason: string,
  attempts: number,
) => {
  if (subjectKind(subject, false) === 'dead') {
    m.term(reason) // a dead letter's own handler failed: reported by onError, not dead-lettered again
    return
  }
  const letter: DeadLetter = { subject, payload, reason, attempts, failedAt: new Date().toISOString() }
  try {
    await deps.publish(deadLetterSubject(subject), letter)
    m.ack()
  } catch (error) {
    deps.onError(error, subject, attempts)
    m.nak(deps.retryDelayMs)
  }
}
