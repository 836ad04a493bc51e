import { AppError, isAppError } from '../../core/index.ts'
import type { SourceItem } from '../port.ts'
import { EventQueue } from './event-queue.ts'
import { formatCursor, newestId } from './mastodon-cursor.ts'
import { backoff } from './mastodon-deps.ts'
import { openEventStream } from './open-event-stream.ts'
import type { ReadContext } from './read-context.ts'
import { readRest } from './read-rest.ts'
import type { SseEvent } from './sse-parser.ts'
import { idOf, mapStatus, toSourceItem } from './status-item.ts'
import type { LiveChannel, RestStream } from './stream-plan.ts'

type LiveEvent =
  | { kind: 'event'; key: string; event: SseEvent }
  | { kind: 'closed'; reason: string }
  | { kind: 'tick' }

/** Refusals a reconnection cannot fix (a token, a wrong path): the read fails and says so. */
const FINAL = new Set(['unauthenticated', 'forbidden', 'not_found', 'invalid'])
/** Events waiting while the gap is filled through REST; past that the stream is dropped and reopened. */
const MAX_WAITING = 10_000

/** One stream event as an item: `update` is a status; `delete`, edits and the rest are ignored. */
function* streamed(ctx: ReadContext, key: string, event: SseEvent): Generator<SourceItem> {
  if (event.event !== 'update') return
  const where = `${key} stream`
  const reject = (reason: string, kind: string, payload: string): SourceItem => ({
    rejected: { reason: `${where}: ${reason}`, kind, payload },
    cursor: formatCursor(ctx.positions),
  })
  if (event.oversized)
    return yield reject(`an update over ${ctx.deps.maxEventBytes} bytes`, 'oversized stream event', '')
  let raw: unknown
  try {
    raw = JSON.parse(event.data)
  } catch {
    return yield reject('an update that is not JSON', 'stream event not JSON', event.data)
  }
  const id = idOf(raw)
  if (id !== undefined) {
    // a status federated late can be older than the position: delivered, the position kept
    ctx.positions[key] = newestId(ctx.positions[key], id)
    if (!ctx.seen.firstTime(`${ctx.host}:${id}`)) return
  }
  yield toSourceItem(
    mapStatus(ctx.host, raw),
    formatCursor(ctx.positions),
    `${where}, status ${id ?? '(no id)'}`,
  )
}

/** Opens every channel; events, and the end of any of them, go to the queue. */
const openChannels = async (
  ctx: ReadContext,
  channels: readonly LiveChannel[],
  queue: EventQueue<LiveEvent>,
  signal: AbortSignal,
) => {
  const token = ctx.options.accessToken
  await Promise.all(
    channels.map(async (channel) => {
      const query = new URLSearchParams(channel.params).toString()
      const { closed } = await openEventStream(
        `${ctx.options.instance}${channel.path}${query ? `?${query}` : ''}`,
        {
          policy: ctx.deps.policy,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          signal,
          connectTimeoutMs: ctx.deps.timeoutMs,
          idleMs: ctx.deps.streamIdleMs,
          maxEventBytes: ctx.deps.maxEventBytes,
          onEvent: (event) =>
            queue.push(
              queue.size < MAX_WAITING
                ? { kind: 'event', key: channel.key, event }
                : { kind: 'closed', reason: 'too many events waiting' },
            ),
        },
      )
      void closed.then((reason) => queue.push({ kind: 'closed', reason: `${channel.path}: ${reason}` }))
    }),
  )
}

/** One connection: open the streams first, fill the gap through REST, then follow the streams. */
async function* connection(
  ctx: ReadContext,
  streams: readonly RestStream[],
  channels: readonly LiveChannel[],
  onAlive: () => void,
) {
  const restOnly = streams.filter((s) => !channels.some((c) => c.key === s.key))
  const stop = new AbortController()
  const signal = AbortSignal.any([ctx.signal, stop.signal])
  const queue = new EventQueue<LiveEvent>()
  const timer = setInterval(() => queue.push({ kind: 'tick' }), ctx.options.pollSeconds * 1000)
  // a reader that aborts may never pull again, so the generator's finally may never run
  signal.addEventListener('abort', () => clearInterval(timer), { once: true })
  try {
    await openChannels(ctx, channels, queue, signal)
    // opened before the REST read: what is posted meanwhile waits in the queue, nothing falls between
    yield* readRest(ctx, streams)
    for (let next = await queue.next(signal); next; next = await queue.next(signal)) {
      if (next.kind === 'closed') throw new AppError('unavailable', next.reason)
      onAlive()
      if (next.kind === 'tick') yield* readRest(ctx, restOnly)
      else yield* streamed(ctx, next.key, next.event)
    }
  } finally {
    clearInterval(timer)
    stop.abort()
  }
}

/**
 * A live read that never ends until aborted: the streaming API for hashtags and the public timeline,
 * searches and accounts read again every `pollSeconds`. After a disconnect it waits (backoff with jitter)
 * and reconnects, filling the gap through REST from the positions; it gives up after `maxAttempts`
 * failures in a row, and at once on a refusal (token, path).
 */
export async function* readLive(
  ctx: ReadContext,
  streams: readonly RestStream[],
  channels: readonly LiveChannel[],
): AsyncGenerator<SourceItem> {
  let failures = 0
  while (!ctx.signal.aborted) {
    try {
      yield* connection(ctx, streams, channels, () => {
        failures = 0
      })
    } catch (error) {
      if (ctx.signal.aborted) return
      if (isAppError(error) && FINAL.has(error.code)) throw error
      const why = error instanceof Error ? error.message : String(error)
      if (++failures >= ctx.deps.maxAttempts)
        throw new AppError(
          'unavailable',
          `${ctx.options.instance}: the stream failed ${failures} times in a row (${why})`,
        )
      await ctx.deps.sleep(backoff(ctx.deps, failures), ctx.signal)
    }
  }
}
