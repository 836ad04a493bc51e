import type { Mention } from '../core/index.ts'

/** An opaque resume point; the runtime stores it only after what came before it was saved. */
export type Cursor = string

/** Something the connector could not turn into a mention: kept as a dead letter, reported to the user. */
export interface Rejection {
  /** why, without the position (`createdAt: "03/02/2026" is not a date in an accepted form: …`) */
  reason: string
  /** the reason without the row's own values, to count alike rejections together (`createdAt: impossible date`) */
  kind?: string
  /** the raw input, as text */
  payload: string
  /** 1-based line of a file, when there is one */
  line?: number
  /** 1-based position of the item in a JSON document or a feed page, when there is no line */
  item?: number
}

export type SourceItem =
  | { mention: Mention; cursor: Cursor; line?: number }
  | { rejected: Rejection; cursor: Cursor }

/** What a pure payload → mention mapper returns for one post. */
export type MapResult = { ok: true; mention: Mention } | { ok: false; reason: string; kind?: string }

/**
 * A connector is pull-based: backpressure comes for free. Network I/O lives in the connector, the
 * payload → mention mapping in a pure function beside it.
 */
export interface Connector {
  readonly kind: string
  /** Items newer than `cursor`, oldest first; ends when caught up (or never, for a stream). */
  read(cursor: Cursor | undefined, signal: AbortSignal): AsyncIterable<SourceItem>
}
