// Shared shapes: the output contract (Mention, Truth) and the internal draft
// used while a stream is being built (ids are only given once it is sorted).

export interface Mention {
  id: string
  source: string
  createdAt: string
  text: string
  title?: string
  lang?: string
  url?: string
  author: { id: string; handle: string; name?: string; followers?: number; verified?: boolean }
  metrics?: { likes: number; reposts: number; replies: number }
  repostOf?: string
  replyTo?: string
}

export type EventKind =
  | 'crisis'
  | 'positive_viral'
  | 'campaign'
  | 'source_outage'
  | 'news_burst'
  | 'bot_burst'
  | 'level_shift'
  | 'meme'

export type Speed = 'fast' | 'medium' | 'slow'

export type Cause =
  | 'product_defect'
  | 'accident'
  | 'employee_post'
  | 'customer_service'
  | 'data_breach_outage'
  | 'external_attack'
  | 'governance'

export interface TruthEvent {
  kind: EventKind
  onset: string
  end: string
  size: number
  speed: Speed
  cause?: Cause
  originMentionId?: string
  description: string
  queryId: string
}

export interface Truth {
  generator: 'B'
  profile: string
  seed: number
  start: string
  end: string
  days: number
  brand: { id: string; name: string; handles: string[] }
  queries: { id: string; brand: string; query: string; owned: string[] }[]
  events: TruthEvent[]
}

export interface Author {
  id: string
  handle: string
  name: string
  followers: number
  verified: boolean
  /** kind drives engagement and field omission; never written out. */
  kind: 'user' | 'influencer' | 'news' | 'brand' | 'bot' | 'employee' | 'activist'
  /** outlet domain for news authors (urls). */
  domain?: string
}

/** A post before ids exist; parents are object references so sorting is free. */
export interface Draft {
  t: number
  source: string
  lang: string
  text: string
  title?: string
  author: Author
  repostOf?: Draft
  replyTo?: Draft
  /** index in the event list, or -1 for ordinary life */
  event: number
  /** what the post is (complaint, anger, giveaway entry...); internal only */
  stance?: string
  /** engagement multiplier (viral posts get more likes) */
  boost: number
  /** set when an outage removed it, or a duplicate copy of another draft */
  dropped?: boolean
  id?: string
  seq?: number
}

/** Internal plan of an event, turned into a TruthEvent once posts are known. */
export interface PlannedEvent {
  kind: EventKind
  speed: Speed
  cause?: Cause
  description: string
  queryId: string
  /** planned start (ms); truth onset is the first post when there are posts */
  start: number
  /** planned end for events without posts of their own (outage, level shift) */
  plannedEnd?: number
  origin?: Draft
  /** drafts belonging to this event are tagged with its index */
  fixedSize?: number
}

export type Lang = 'fr' | 'en' | 'es' | 'de' | 'it' | 'pt'
