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
  publish(alert: Alert): void
  /** live subscribers, of one workspace or in all */
  subscriberCount(workspaceId?: string): number
}

export const createAlertHub = (options: { onListenerError?: (error: unknown) => void } = {}): AlertHub => {
  const listeners = new Map<string, Set<AlertListener>>()

  const publish = (alert: Alert) => {
    // a copy: a listener may unsubscribe (client gone) while we iterate
    for (const listener of [...(listeners.get(alert.workspaceId) ?? [])]) {
      try {
        listener(alert)
      } catch (error) {
        // one broken subscriber must not starve the others
        options.onListenerError?.(error)
      }
    }
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
