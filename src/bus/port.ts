import { AppError } from '../core/index.ts'

/**
 * The Bus port: at-least-once publish/subscribe between stages. The in-process adapter serves one process;
 * the NATS JetStream adapter serves several. One contract suite (`bus.contract.ts`) runs on both.
 *
 * Subjects are relative: `<kind>.<workspace>` (e.g. `mentions.acme`); the NATS adapter puts its prefix in
 * front on the wire (`vigie.mentions.acme`) and keeps one stream per kind.
 */
export interface Bus {
  readonly kind: 'in-process' | 'nats'
  /**
   * Resolves once the message is held by the bus (in process: once every subscriber handled it). Fails with
   * `unavailable` when the bus cannot be reached ({@link isBusUnreachable}): the message may still have been
   * taken, so a message tried again should carry an `id`.
   */
  publish(subject: string, payload: unknown, options?: PublishOptions): Promise<void>
  /**
   * Calls `handler` for each message on `pattern` (a subject, `kind.*` or `kind.>`), one at a time, in
   * order of publication; resolves once the subscription receives what is published from then on.
   * A message is acknowledged only after the handler's promise resolved; a handler that throws gets the
   * message again, up to the bus's `maxDeliver` attempts, then it goes to `dead.<subject>` as a
   * {@link DeadLetter} and the next messages flow. A message retried comes after those published behind it.
   */
  subscribe(pattern: string, handler: BusHandler, options?: SubscribeOptions): Promise<Subscription>
  /**
   * Takes `key` (dot-separated tokens of letters, digits, dash and underscore) for this process, or resolves
   * undefined when another holder has it. The holder keeps it while it lives and renews it; a holder that
   * dies or cannot renew within the bus's lease time loses it, and then another may take it. Used to give one
   * process at a time a share of the work (a detection partition).
   */
  lease(key: string): Promise<Lease | undefined>
  /** The keys held now that start with `prefix` (a token boundary: `detect.worker` holds `detect.worker.a`). */
  leased(prefix: string): Promise<string[]>
  /**
   * The dead letters the bus keeps, oldest first, read up to the last one there when called (on NATS: the
   * dead-letter stream, for its retention; in process: those of this process). Each comes with `remove()`,
   * which drops it from the bus (once it was published again, or to forget it).
   */
  deadLetters(): AsyncIterable<KeptDeadLetter>
  /** Stops taking messages, lets running handlers finish and acknowledge, then lets go of the bus. */
  close(): Promise<void>
}

export interface PublishOptions {
  /**
   * The message's id: a message published again under an id the bus took within its duplicate window (on
   * NATS the streams' `duplicate_window`, 10 minutes by default, as `Nats-Msg-Id`; in process the last
   * 10,000 ids) is not delivered again, so a publish tried again after a failure cannot make a duplicate.
   */
  id?: string
}

export interface Lease {
  readonly key: string
  /** Aborted when the lease was lost (not renewed in time, so another may hold it now). */
  readonly lost: AbortSignal
  /** Lets the key go at once. */
  release(): Promise<void>
}

const leaseKey = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/

/** Throws `invalid` unless `key` is a lease key. */
export const checkLeaseKey = (key: string) => {
  if (!leaseKey.test(key))
    throw new AppError(
      'invalid',
      `lease key "${key}" must be tokens of letters, digits, dash and underscore separated by dots`,
    )
}

export type BusHandler = (payload: unknown, subject: string) => void | Promise<void>

export interface SubscribeOptions {
  /**
   * A durable subscriber keeps its place while stopped: subscribing again under the same name resumes with
   * what it had not acknowledged, and nothing twice. Subscribers sharing a name share the messages
   * (each message goes to one of them). Without a name, a subscription gets every message while it lives.
   */
  durable?: string
  /**
   * Where a durable subscriber that does not exist yet starts: `now` (the default) with what is published from
   * then on, `start` with every message the bus still holds on the pattern (on NATS: the stream, up to its
   * retention; in process nothing is held, so both read the same). A subscriber that exists keeps its place.
   */
  from?: 'now' | 'start'
  /**
   * Messages this subscriber takes ahead at most (default: the bus's `maxInFlight`). Subscribers sharing a
   * durable name and handling big messages take few each, so a new one gets its share at once.
   */
  maxInFlight?: number
}

export interface Subscription {
  /** Stops taking messages and waits for the running handler; a durable subscriber keeps its place. */
  stop(): Promise<void>
}

/** What a message that failed `attempts` times becomes, on `dead.<subject>`. */
export interface DeadLetter {
  subject: string
  payload: unknown
  /** the last error's message */
  reason: string
  attempts: number
  failedAt: string
}

export interface KeptDeadLetter {
  /** its place on the bus (the stream sequence on NATS) */
  seq: number
  letter: DeadLetter
  remove(): Promise<void>
}

/** A dead letter as read back from the bus: undefined when the message is not one. */
export const readDeadLetter = (payload: unknown): DeadLetter | undefined => {
  if (typeof payload !== 'object' || payload === null) return undefined
  const l = payload as Record<string, unknown>
  if (typeof l.subject !== 'string' || typeof l.reason !== 'string') return undefined
  return {
    subject: l.subject,
    payload: l.payload,
    reason: l.reason,
    attempts: typeof l.attempts === 'number' ? l.attempts : 0,
    failedAt: typeof l.failedAt === 'string' ? l.failedAt : '',
  }
}

/** raw items, analysed mentions, detection signals, notifications to send; `dead` holds dead letters */
export const BUS_KINDS = ['raw', 'mentions', 'signals', 'notifications', 'dead'] as const
export type BusKind = (typeof BUS_KINDS)[number]

/** `<kind>.<workspace>`, with the dots of a workspace id escaped (a dot separates subject tokens). */
export const busSubject = (kind: Exclude<BusKind, 'dead'>, workspaceId: string) =>
  `${kind}.${workspaceId.replaceAll('%', '%25').replaceAll('.', '%2E')}`

export const deadLetterSubject = (subject: string) => `dead.${subject}`

const token = /^[^\s.*>]+$/

/** Checks a subject (`wildcards` false) or a pattern, and returns its kind; throws `invalid` otherwise. */
export const subjectKind = (subject: string, wildcards: boolean): BusKind => {
  const tokens = subject.split('.')
  const kind = tokens[0] as BusKind
  const valid =
    BUS_KINDS.includes(kind) &&
    tokens.length >= 2 &&
    tokens.every(
      (t, i) =>
        token.test(t) || (wildcards && i > 0 && (t === '*' || (t === '>' && i === tokens.length - 1))),
    )
  if (!valid)
    throw new AppError(
      'invalid',
      `bus subject "${subject}" must read <kind>.<token>… with kind one of ${BUS_KINDS.join(', ')}` +
        (wildcards ? ' (`*` matches one token, a final `>` the rest)' : ' and no wildcard'),
    )
  return kind
}

/** NATS subject matching: `*` one token, a final `>` one or more. */
export const subjectMatches = (pattern: string, subject: string) => {
  const p = pattern.split('.')
  const s = subject.split('.')
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return s.length > i
    if (i >= s.length || (p[i] !== '*' && p[i] !== s[i])) return false
  }
  return p.length === s.length
}

/** What a bus closed by its process throws: `unavailable`, but no outage to wait out. */
export const busClosed = () => new AppError('unavailable', 'the bus is closed', { closed: true })

/**
 * True when `error` says the bus could not be reached (the server gone, a publish not confirmed in time):
 * waiting and trying again can succeed. A bus closed by its own process is not unreachable.
 */
export const isBusUnreachable = (error: unknown) =>
  error instanceof AppError &&
  error.code === 'unavailable' &&
  (error.details as { closed?: boolean } | undefined)?.closed !== true

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))
