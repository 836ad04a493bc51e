// Draft -> Mention: the output shape, with engagement counters consistent with
// the reposts and replies present in the file, and with the fields that this
// brand's export lacks for a source left out (followers, metrics, names...).

import type { BrandProfile, OmitField } from './brand-profile.ts'
import { isoUtc } from './local-time.ts'
import type { Rng } from './rng.ts'
import type { Draft, Mention } from './types.ts'

const LANG_SOURCES = new Set(['x', 'mastodon', 'bluesky', 'news', 'rss', 'youtube'])

export interface ChildCounts {
  reposts: Map<Draft, number>
  replies: Map<Draft, number>
}

export function countChildren(drafts: Draft[]): ChildCounts {
  const reposts = new Map<Draft, number>()
  const replies = new Map<Draft, number>()
  for (const d of drafts) {
    if (d.repostOf) reposts.set(d.repostOf, (reposts.get(d.repostOf) ?? 0) + 1)
    if (d.replyTo) replies.set(d.replyTo, (replies.get(d.replyTo) ?? 0) + 1)
  }
  return { reposts, replies }
}

export function buildMention(d: Draft, url: string, p: BrandProfile, counts: ChildCounts, rng: Rng): Mention {
  const omit = new Set<OmitField>(p.omit[d.source] ?? [])
  const a = d.author
  const author: Mention['author'] = { id: a.id, handle: a.handle }
  if (!omit.has('name') && a.name) author.name = a.name
  if (!omit.has('followers')) author.followers = a.followers
  if (!omit.has('verified') && (a.verified || d.source === 'x')) author.verified = a.verified
  const m: Mention = { id: d.id!, source: d.source, createdAt: isoUtc(d.t), text: d.text, author }
  if (d.title) m.title = d.title
  if (!omit.has('lang') && LANG_SOURCES.has(d.source)) m.lang = d.lang
  if (!omit.has('url') && url) m.url = url
  if (!omit.has('metrics')) {
    const rp = counts.reposts.get(d) ?? 0
    const rl = counts.replies.get(d) ?? 0
    if (d.repostOf && !d.text) {
      m.metrics = { likes: rng.chance(0.1) ? 1 : 0, reposts: 0, replies: 0 }
    } else {
      // Reach grows with audience, sub-linearly; only part of the engagement is collected as posts.
      const base = 0.08 * (a.followers + 10) ** 0.55 * d.boost * rng.logNormal(1, 0.9)
      m.metrics = {
        likes: Math.round(base * 3 + rp * rng.range(2, 6) + rl * rng.range(0.5, 2)),
        reposts: Math.round(base * 0.6 + rp * rng.range(1, 1.6)),
        replies: Math.round(base * 0.3 + rl),
      }
    }
  }
  if (d.repostOf?.id) m.repostOf = d.repostOf.id
  if (d.replyTo?.id) m.replyTo = d.replyTo.id
  return m
}
