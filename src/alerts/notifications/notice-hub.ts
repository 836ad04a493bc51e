import type { RenderedMessage } from './render-message.ts'

/** A notification shown on the live dashboard (SSE `event: notification`). */
export interface Notice {
  id: string
  workspaceId: string
  ruleId: string
  /** mention, mentions, alert, digest or test */
  kind: string
  at: Date
  message: RenderedMessage
}

export type NoticeListener = (notice: Notice) => void

/** The reader's side (the API's live stream): one workspace's notices. */
export interface NoticeFeed {
  /** Returns the unsubscribe function. */
  subscribe(workspaceId: string, listener: NoticeListener): () => void
}

export interface NoticeHub extends NoticeFeed {
  publish(notice: Notice): void
}

/** In-memory fan-out of dashboard notices per workspace; a listener that throws does not stop the others. */
export const createNoticeHub = (options: { onListenerError?: (error: unknown) => void } = {}): NoticeHub => {
  const listeners = new Map<string, Set<NoticeListener>>()
  return {
    publish(notice) {
      for (const listener of [...(listeners.get(notice.workspaceId) ?? [])]) {
        try {
          listener(notice)
        } catch (error) {
          options.onListenerError?.(error)
        }
      }
    },
    subscribe(workspaceId, listener) {
      const set = listeners.get(workspaceId) ?? new Set()
      listeners.set(workspaceId, set)
      const entry: NoticeListener = (notice) => listener(notice)
      set.add(entry)
      return () => {
        set.delete(entry)
        if (set.size === 0 && listeners.get(workspaceId) === set) listeners.delete(workspaceId)
      }
    },
  }
}
