import type { Tone } from './family.ts'
import type { SimAuthor, SimLang } from './population.ts'

export type DraftKind = 'post' | 'repost' | 'reply'

/** A mention being generated, with what the simulator knows about it (never written out). */
export interface Draft {
  id: string
  /** the per-source serial the id and url are made of */
  serial: number
  source: string
  at: number
  author: SimAuthor
  lang: SimLang
  kind: DraftKind
  text: string
  title?: string
  parent?: Draft
  family: string
  tone: Tone
  /** index in the scenario's event list, for posts an event caused */
  event?: number
  /** multiplies how many reshares and replies this post draws */
  virality: number
}

/** Social platforms carry cascades; `rss` articles and `forum` threads do not get reposts. */
export const SOCIAL_SOURCES = ['x', 'mastodon', 'bluesky', 'facebook'] as const

const URLS: Record<string, (handle: string, serial: string) => string> = {
  x: (h, s) => `https://x.example/${h}/status/${s}`,
  mastodon: (h, s) => `https://mastodon.example/@${h}/${s}`,
  bluesky: (h, s) => `https://bsky.example/profile/${h}/post/${s}`,
  facebook: (h, s) => `https://facebook.example/${h}/posts/${s}`,
  forum: (_, s) => `https://forum.example/t/${s}`,
  rss: (h, s) => `https://${h.replace(/_/g, '-')}.example/articles/${s}`,
}

export const draftUrl = (draft: Draft): string =>
  (URLS[draft.source] ?? URLS.forum)?.(draft.author.author.handle, draft.serial.toString(36)) ?? ''

/** Serial numbers per source, so ids are `source:serial` and stable for a seed. */
export const createSerials = () => {
  const next = new Map<string, number>()
  return (source: string): { id: string; serial: number } => {
    const serial = (next.get(source) ?? 0) + 1
    next.set(source, serial)
    return { id: `${source}:${serial.toString(36)}`, serial }
  }
}
