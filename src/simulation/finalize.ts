import type { Mention } from '../core/index.ts'
import { type Draft, draftUrl } from './draft.ts'
import type { EventSpec } from './events.ts'
import type { Random } from './random.ts'

/** Drafts in event-time order (ties broken by id, for determinism). */
export const sortDrafts = (drafts: Draft[]): Draft[] =>
  drafts.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

/**
 * Removes what a source outage hid: the posts in the gap, and later reposts and replies of them
 * (so every `repostOf`/`replyTo` points at a mention in the output). Returns what was dropped per event.
 */
export const applyOutages = (sorted: Draft[], events: readonly EventSpec[]) => {
  const outages = events.flatMap((spec, index) => (spec.kind === 'source_outage' ? [{ spec, index }] : []))
  const dropped = new Set<string>()
  const lost = new Map<number, number>()
  const kept = sorted.filter((draft) => {
    const hit = outages.find(
      ({ spec }) =>
        (spec.source === 'all' || spec.source === draft.source) &&
        draft.at >= spec.onset &&
        draft.at < spec.onset + spec.hours * 3_600_000,
    )
    if (hit) lost.set(hit.index, (lost.get(hit.index) ?? 0) + 1)
    if (hit || (draft.parent && dropped.has(draft.parent.id))) {
      dropped.add(draft.id)
      return false
    }
    return true
  })
  return { kept, lost }
}

/**
 * A connector sees a post's counters when it first collects it, not at the end of the cascade: a replay that
 * read final counts would know the future. So counters are those of the children in the data within
 * `FIRST_SIGHT_MS` of the post.
 */
export const FIRST_SIGHT_MS = 2 * 60_000

const countChildren = (drafts: Draft[]) => {
  const counts = new Map<string, { reposts: number; replies: number }>()
  for (const draft of drafts) {
    if (!draft.parent || draft.at > draft.parent.at + FIRST_SIGHT_MS) continue
    const c = counts.get(draft.parent.id) ?? { reposts: 0, replies: 0 }
    if (draft.kind === 'repost') c.reposts++
    else c.replies++
    counts.set(draft.parent.id, c)
  }
  return counts
}

const LANG_GIVEN = new Set(['mastodon', 'bluesky'])

/** The drafts as Vigie mentions; metrics are as seen when the post was first collected. */
export const toMentions = (drafts: Draft[], random: Random): Mention[] => {
  const counts = countChildren(drafts)
  return drafts.map((draft) => {
    const { reposts = 0, replies = 0 } = counts.get(draft.id) ?? {}
    const followers = draft.author.author.followers ?? 0
    const likes =
      Math.round(reposts * (1.5 + random.next() * 3.5) + replies * 0.8) +
      random.poisson(Math.sqrt(followers) * 0.05)
    return {
      id: draft.id,
      source: draft.source,
      url: draftUrl(draft),
      createdAt: new Date(Math.floor(draft.at)),
      text: draft.text,
      ...(draft.title ? { title: draft.title } : {}),
      ...(LANG_GIVEN.has(draft.source) ? { lang: draft.lang } : {}),
      author: { ...draft.author.author },
      ...(draft.source === 'rss' ? {} : { metrics: { likes, reposts, replies } }),
      ...(draft.kind === 'repost' && draft.parent ? { repostOf: draft.parent.id } : {}),
      ...(draft.kind === 'reply' && draft.parent ? { replyTo: draft.parent.id } : {}),
    }
  })
}
