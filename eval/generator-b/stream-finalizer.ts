// From drafts to the file: clip to the window, apply collector outages and
// replays, keep every repost/reply after its parent, sort, give native ids,
// build mentions and the truth events.

import { buildMention, countChildren } from './mention-builder.ts'
import { IdMaker } from './native-ids.ts'
import type { StreamContext, Window } from './stream-context.ts'
import { buildTruthEvents } from './truth-builder.ts'
import type { Draft, Mention, TruthEvent } from './types.ts'

function inWindow(d: Draft, w: Window): boolean {
  return d.t >= w.from && d.t < w.to && (!w.sources || w.sources.includes(d.source))
}

export function finalizeStream(ctx: StreamContext): { mentions: Mention[]; events: TruthEvent[] } {
  const drafts = ctx.drafts
  drafts.sort((a, b) => a.t - b.t || a.seq! - b.seq!)
  for (const d of drafts) {
    if (d.t < ctx.start || d.t >= ctx.end) d.dropped = true
    else if (ctx.outages.some((w) => inWindow(d, w))) d.dropped = true
  }
  // Parents first (time order): orphans lose their link, bare reposts of a lost post go.
  for (const d of drafts) {
    if (d.dropped) continue
    if (d.repostOf?.dropped) {
      if (!d.text || d.text.startsWith('RT @')) d.dropped = true
      else d.repostOf = undefined
    }
    if (d.replyTo?.dropped) d.replyTo = undefined
    const parent = d.repostOf ?? d.replyTo
    if (parent && d.t <= parent.t) d.t = parent.t + 1000 + Math.floor(ctx.rng.next() * 30_000)
    if (d.t >= ctx.end) d.dropped = true
  }
  const kept = drafts.filter((d) => !d.dropped)
  // A collector replay delivers the same posts again, with fresh ids.
  let seq = drafts.length
  for (const r of ctx.replays) {
    const copies: Draft[] = []
    for (const d of kept) {
      if (!inWindow(d, r.window) || d.event === r.eventIndex) continue
      copies.push({ ...d, event: r.eventIndex, seq: seq++, id: undefined, boost: d.boost })
    }
    kept.push(...copies)
  }
  kept.sort((a, b) => a.t - b.t || a.seq! - b.seq!)
  const ids = new IdMaker(ctx.profile)
  const seen = new Set<string>()
  for (const d of kept) {
    let id = ids.id(d)
    while (seen.has(`${id}`)) id = `${id}1`
    seen.add(id)
    d.id = id
  }
  const counts = countChildren(kept)
  const metricsRng = ctx.rng.fork('metrics')
  const mentions: Mention[] = []
  for (const d of kept) {
    const parentOk = (p?: Draft) => !p || (p.id !== undefined && p.t < d.t)
    if (!parentOk(d.repostOf)) d.repostOf = undefined
    if (!parentOk(d.replyTo)) d.replyTo = undefined
    mentions.push(buildMention(d, ids.url(d, rootOf(d)?.id), ctx.profile, counts, metricsRng))
  }
  return { mentions, events: buildTruthEvents(ctx.events, kept, ctx.end) }
}

function rootOf(d: Draft): Draft | undefined {
  let r: Draft | undefined = d.replyTo
  let guard = 0
  while (r?.replyTo && guard++ < 50) r = r.replyTo
  return r
}
