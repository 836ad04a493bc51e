import type { SimulatedQuery } from './brand.ts'
import type { EventKind, Speed } from './events.ts'
import type { CrisisCause } from './story.ts'

/** One injected event as the truth file records it (times in ISO 8601). */
export interface TruthEvent {
  kind: EventKind
  onset: string
  /** when the event's own activity has fallen below 5% of its peak (campaigns, outages: their planned end) */
  end: string
  /** mentions the event produced, cascades included (outages: mentions lost in the gap) */
  size: number
  /** fast: peak within ~2h; medium: 4-10h; slow: a day or more */
  speed: Speed
  queryId?: string
  description: string
  originMentionId?: string
  cause?: CrisisCause
  peakAt?: string
  /** when the brand's statement was posted (crises) */
  brandResponseAt?: string
  /** the source that went dark (outages), `all` for every source */
  source?: string
}

export interface Truth {
  scenario: string
  seed: string
  start: string
  end: string
  days: number
  brand: { id: string; name: string; handles: string[] }
  queries: SimulatedQuery[]
  events: TruthEvent[]
}
