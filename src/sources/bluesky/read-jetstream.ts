import { AppError, isAppError } from '../../core/index.ts'
import type { NetPolicy } from '../net/index.ts'
import type { SourceItem } from '../port.ts'
import { backoff, type Sleep } from './backoff.ts'
import type { BlueskyPosition } from './bluesky-cursor.ts'
import { jetstreamUrl } from './bluesky-source-options.ts'
import { type EventContext, handleJetstreamEvent } from './handle-jetstream-event.ts'
import { createStreamState, REPLAY_MARGIN_US } from './jetstream-state.ts'
import { readSocket } from './read-socket.ts'

export interface JetstreamReadOptions extends Omit<EventContext, 'state'> {
  url: string
  policy: NetPolicy
  sleep: Sleep
  random: () => number
  /** connections in a row that bring nothing new before giving up (the runner retries later) */
  maxReconnects?: number
  /** the first wait between connections; doubled each time, up to a minute */
  backoffMs?: number
}

const refused = (error: unknown) =>
  isAppError(error) && (error.code === 'forbidden' || error.code === 'invalid')

/**
 * The Jetstream from `start` on, for ever: each disconnection is followed by a reconnection with `cursor`
 * set a margin before the last event read, the replayed events being skipped. Connections that keep
 * failing end it with an `unavailable` error.
 */
export async function* readJetstream(
  start: BlueskyPosition,
  o: JetstreamReadOptions,
  signal: AbortSignal,
): AsyncGenerator<SourceItem> {
  const ctx: EventContext = { ...o, state: createStreamState(start) }
  let failures = 0
  let last = 'closed by the server'
  while (!signal.aborted) {
    const t = ctx.state.time
    const url = jetstreamUrl(o.url, t > 0 ? Math.max(1, t - REPLAY_MARGIN_US) : undefined)
    let fresh = false
    try {
      for await (const message of readSocket(url, { policy: o.policy, signal })) {
        const handled = handleJetstreamEvent(message, ctx)
        fresh ||= handled.fresh
        if (handled.item) yield handled.item
      }
      last = 'closed by the server'
    } catch (error) {
      if (refused(error)) throw error
      last = error instanceof Error ? error.message : String(error)
    }
    if (signal.aborted) return
    failures = fresh ? 1 : failures + 1
    if (failures > (o.maxReconnects ?? 8))
      throw new AppError(
        'unavailable',
        `${new URL(o.url).host}: the Jetstream connection failed ${failures - 1} times in a row (${last})`,
      )
    await o.sleep(backoff(failures, o.backoffMs ?? 1000, o.random), signal)
  }
}
