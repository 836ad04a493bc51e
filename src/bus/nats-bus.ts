import { setTimeout as sleep } from 'node:timers/promises'
import {
  type JetStreamClient,
  type JetStreamManager,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream'
import { connect, type NatsConnection, nanos } from '@nats-io/transport-node'
import { AppError } from '../core/index.ts'
import { createNatsLeases } from './nats-lease.ts'
import { subscribeNats } from './nats-subscription.ts'
import {
  BUS_KINDS,
  type Bus,
  type BusKind,
  busClosed,
  errorMessage,
  type KeptDeadLetter,
  readDeadLetter,
  type Subscription,
  subjectKind,
} from './port.ts'

export interface NatsBusOptions {
  /** `nats://host:4222`, or several separated by commas */
  url: string
  /** the first token of every subject on the wire and the start of every stream name (default `vigie`) */
  prefix?: string
  /** attempts per message before it becomes a dead letter (default 5) */
  maxDeliver?: number
  /** how long the server waits for an acknowledgement before it sends a message again (default 30 s);
   * a running handler keeps its messages held, however long it takes */
  ackWaitMs?: number
  /** the wait before a failed message comes back, doubled at each attempt up to a minute (default 1 s) */
  retryDelayMs?: number
  /** messages a subscriber holds unacknowledged at most (default 256) */
  maxInFlight?: number
  /** how long the streams keep messages (default 7 days): a durable subscriber stopped longer loses them */
  maxAgeMs?: number
  /**
   * how long a stream remembers the ids of the messages it took (default 10 minutes, NATS's is 2): a message
   * published again under one of them is dropped. Longer than `vigie ingest` waits for the bus by default (5
   * minutes), so a batch JetStream took whose confirmation the outage lost is not taken twice.
   */
  duplicateWindowMs?: number
  connectTimeoutMs?: number
  /** how long a lease outlives its holder's last renewal (default 15 s) */
  leaseMs?: number
  /** told of each failed attempt */
  onError?: (error: unknown, subject: string, attempt: number) => void
}

/** `VIGIE_RAW`, `VIGIE_MENTIONS`, … : one stream per kind, holding `<prefix>.<kind>.>` */
export const natsStreamName = (prefix: string, kind: BusKind) => `${prefix}_${kind}`.toUpperCase()

/**
 * The bus on NATS JetStream: one file-backed stream per kind of subject, durable pull consumers with explicit
 * acknowledgement, JSON payloads. Fails with `unavailable` when the server cannot be reached or has no JetStream.
 */
export const createNatsBus = async (options: NatsBusOptions): Promise<Bus> => {
  const prefix = options.prefix ?? 'vigie'
  if (!/^[A-Za-z0-9_-]+$/.test(prefix))
    throw new AppError('invalid', `bus prefix "${prefix}" may hold letters, digits, dash and underscore only`)
  const nc = await connectTo(options)
  const jsm = await managerOf(nc, options.url)
  const js = jetstream(nc)
  const maxAgeMs = options.maxAgeMs ?? 7 * 24 * 3600_000
  await ensureStreams(jsm, prefix, maxAgeMs, Math.min(maxAgeMs, options.duplicateWindowMs ?? 10 * 60_000))
  const leases = await createNatsLeases({ js, jsm, prefix, ttlMs: options.leaseMs ?? 15_000 })
  const settings = {
    prefix,
    maxDeliver: options.maxDeliver ?? 5,
    ackWaitMs: options.ackWaitMs ?? 30_000,
    retryDelayMs: options.retryDelayMs ?? 1000,
    maxInFlight: options.maxInFlight ?? 256,
    onError: options.onError ?? (() => {}),
  }
  const subscriptions = new Set<Subscription>()
  let closed = false
  return {
    kind: 'nats',
    async publish(subject, payload, publishOptions = {}) {
      if (closed) throw busClosed()
      subjectKind(subject, false)
      await publishJson(js, `${prefix}.${subject}`, payload, publishOptions.id)
    },
    async subscribe(pattern, handler, subscribeOptions = {}) {
      if (closed) throw busClosed()
      const kind = subjectKind(pattern, true)
      const subscription = await subscribeNats({
        ...settings,
        nc,
        js,
        jsm,
        stream: natsStreamName(prefix, kind),
        pattern,
        handler,
        durable: subscribeOptions.durable,
        from: subscribeOptions.from ?? 'now',
        take: Math.min(settings.maxInFlight, subscribeOptions.maxInFlight ?? settings.maxInFlight),
        publish: (subject, payload) => publishJson(js, `${prefix}.${subject}`, payload),
      })
      if (closed) {
        await subscription.stop() // the bus closed while the consumer was being set up
        throw busClosed()
      }
      subscriptions.add(subscription)
      return {
        async stop() {
          subscriptions.delete(subscription)
          await subscription.stop()
        },
      }
    },
    async *deadLetters() {
      yield* readDeadLetters(jsm, js, natsStreamName(prefix, 'dead'))
    },
    lease: (key) => leases.lease(key),
    leased: (prefix) => leases.leased(prefix),
    async close() {
      if (closed) return
      closed = true
      await Promise.all([...subscriptions].map((s) => s.stop()))
      await leases.releaseAll()
      await drainOrClose(nc)
    },
  }
}

/** how long closing waits for the server to confirm a drain */
const DRAIN_LIMIT_MS = 5000

/**
 * Drains the connection, or closes it once the server has not confirmed the drain in `DRAIN_LIMIT_MS`: a server
 * cut off (or no longer answering) would keep the process waiting for ever, where it ends after an outage.
 */
const drainOrClose = async (nc: NatsConnection) => {
  const drained = await Promise.race([
    nc.drain().then(
      () => true,
      () => false,
    ),
    // unref'd: a drain that ends first leaves nothing keeping the process alive
    sleep(DRAIN_LIMIT_MS, false, { ref: false }),
  ])
  if (!drained && !nc.isClosed()) await nc.close()
}

const connectTo = async (options: NatsBusOptions) => {
  try {
    return await connect({
      servers: options.url.split(',').map((s) => s.trim()),
      timeout: options.connectTimeoutMs ?? 5000,
      name: 'vigie',
      maxReconnectAttempts: -1,
    })
  } catch (error) {
    throw new AppError(
      'unavailable',
      `cannot reach the NATS server at ${options.url}: ${errorMessage(error)}`,
    )
  }
}

const managerOf = async (nc: NatsConnection, url: string) => {
  try {
    return await jetstreamManager(nc)
  } catch (error) {
    await nc.close()
    throw new AppError(
      'unavailable',
      `the NATS server at ${url} has no JetStream (start nats-server with -js): ${errorMessage(error)}`,
    )
  }
}

const ensureStreams = async (
  jsm: JetStreamManager,
  prefix: string,
  maxAgeMs: number,
  duplicateWindowMs: number,
) => {
  for (const kind of BUS_KINDS) {
    const name = natsStreamName(prefix, kind)
    const config = {
      subjects: [`${prefix}.${kind}.>`],
      max_age: nanos(maxAgeMs),
      duplicate_window: nanos(duplicateWindowMs),
    }
    const exists = await jsm.streams.info(name).then(
      () => true,
      () => false,
    )
    if (exists) await jsm.streams.update(name, config)
    else
      await jsm.streams.add({ name, ...config, retention: RetentionPolicy.Limits, storage: StorageType.File })
  }
}

const encoder = new TextEncoder()

/** Published as `Nats-Msg-Id` when `id` is given: JetStream drops a message whose id it took in its window. */
const publishJson = async (js: JetStreamClient, wireSubject: string, payload: unknown, id?: string) => {
  try {
    const data = encoder.encode(JSON.stringify(payload ?? null))
    await js.publish(wireSubject, data, id === undefined ? undefined : { msgID: id })
  } catch (error) {
    throw new AppError('unavailable', `could not publish to ${wireSubject}: ${errorMessage(error)}`)
  }
}

/** The dead-letter stream read with an ordered consumer, up to its last message when called. */
async function* readDeadLetters(
  jsm: JetStreamManager,
  js: JetStreamClient,
  stream: string,
): AsyncIterable<KeptDeadLetter> {
  const info = await jsm.streams.info(stream)
  const last = info.state.last_seq
  if (info.state.messages === 0) return
  const consumer = await js.consumers.get(stream)
  let seen = 0
  while (seen < last) {
    let got = 0
    for await (const m of await consumer.fetch({ max_messages: 256, expires: 1000 })) {
      got++
      seen = m.seq
      if (m.seq > last) break
      let payload: unknown
      try {
        payload = m.json()
      } catch {
        payload = m.string()
      }
      const letter = readDeadLetter(payload) ?? {
        subject: m.subject,
        payload,
        reason: 'not a dead letter Vigie wrote',
        attempts: 0,
        failedAt: '',
      }
      const seq = m.seq
      yield { seq, letter, remove: async () => void (await jsm.streams.deleteMessage(stream, seq, false)) }
    }
    if (got === 0) break // the letters left were removed meanwhile
  }
}
