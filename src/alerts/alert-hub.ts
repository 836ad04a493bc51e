import type { Alert } from '../core/index.ts'
import type { AlertChannel } from './port.ts'

export type AlertListener = (alert: Alert) => void

/** The side of the hub a reader needs (the API's live stream): listen to one workspace's alerts. */
export interface AlertFeed {
  /** Returns the unsubscribe function. */
  subscribe(workspaceId: string, listener: AlertListener): () => void
}

/**
 * In-memory fan-out of new alerts to live subscribers (SSE clients), per workspace. It is also an
 * AlertChannel (`kind: 'live'`), so the runtime delivers to it like to any other channel.
 */
export interface AlertHub extends AlertFeed, AlertChannel {
  /**
   * Sends a new alert to its workspace's subscribers, once: an alert (workspace and id) this hub published
   * lately is not sent again (the server's own alerts come back when it follows the store). Returns whether
   * it was sent.
   */
  publish(alert: Alert): boolean
  /** live subscribers, of one workspace or in all */
  subscriberCount(workspaceId?: string): number
}

/** How many published alerts a hub remembers so as not to publish them twice (alerts are rare). */
const REMEMBERED = 10_000

export const createAlertHub = (options: { onListenerError?: (error: unknown) => void } = {}): AlertHub => {
  const listeners = new Map<string, Set<AlertListener>>()
  // insertion order: the first key is the oldest, forgotten first
  const published = new Set<string>()

  const publish = (alert: Alert): boolean => {
    const key = `${alert.workspaceId}\n${alert.id}`
    if (published.has(key)) return false
    published.add(key)
    if (published.size > REMEMBERED) published.delete(published.values().next().value!)
    // a copy: a listener may unsubscribe (client gone) while we iterate
    for (const listener of [...(listeners.get(alert.workspaceId) ?? [])]) {
      try {
        listener(alert)
      } catch (error) {
        // one broken subscriber must not starve the others
        options.onListenerError?.(error)
      }
    }
    return true
  }

  return {
    kind: 'live',
    publish,
    async deliver(alert) {
      publish(alert)
    },
    subscribe(workspaceId, listener) {
      const set = listeners.get(workspaceId) ?? new Set()
      listeners.set(workspaceId, set)
      // wrapped so the same function may subscribe twice and unsubscribe each independently
      const entry: AlertListener = (alert) => listener(alert)
      set.add(entry)
      return () => {
        set.delete(entry)
        if (set.size === 0 && listeners.get(workspaceId) === set) listeners.delete(workspaceId)
      }
    },
    subscriberCount(workspaceId) {
      if (workspaceId !== undefined) return listeners.get(workspaceId)?.size ?? 0
      let total = 0
      for (const set of listeners.values()) total += set.size
      return total
    },
  }
}
