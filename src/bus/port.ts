/**
 * The Bus port: at-least-once publish/subscribe between stages. The in-process adapter serves one
 * process; a NATS JetStream adapter (later) serves several. Same contract suite for both.
 */
export interface Bus {
  publish(subject: string, payload: unknown): Promise<void>
  /** Calls `handler` for each message on `subject` (exact match or `prefix.>`); returns an unsubscribe. */
  subscribe(subject: string, handler: (payload: unknown, subject: string) => void | Promise<void>): () => void
  close(): Promise<void>
}
