import type { Mention } from '../core/index.ts'

/** An opaque resume point; the runtime stores it only after what came before it was saved. */
export type Cursor = string

/** Something the connector could not turn into a mention: kept as a dead letter, reported to the user. */
export interface Rejection {
  reason: string
  /** the raw input, as text */
  payload: string
  /** 1-based line (files) or item index (feeds), when there is one */
  line?: number
}

export type SourceItem = { mention: Mention; cursor: Cursor } | { rejected: Rejection; cursor: Cursor }

/**
 * A connector is pull-based: backpressure comes for free. Network I/O lives in the connector, the
 * payload → mention mapping in a pure function beside it.
 */
export interface Connector {
  readonly kind: string
  /** Items newer than `cursor`, oldest first; ends when caught up (or never, for a stream). */
  read(cursor: Cursor | undefined, signal: AbortSignal): AsyncIterable<SourceItem>
}
