// Plays an event out over time: for each sampled instant, a repost or a reply
// to an earlier post of the event (preferring the origin and big accounts), or
// a new original post written by the event's own text maker.

import { traitsOf } from './source-traits.ts'
import type { StreamContext } from './stream-context.ts'
import type { Author, Draft } from './types.ts'
import { peakOffsetMin, sampleWaveTimes, type WaveShape } from './wave-shape.ts'

export type Phase = 'early' | 'peak' | 'late'

export interface WaveSpec {
  event: number
  t0: number
  n: number
  shape: WaveShape
  origin?: Draft
  repostShare: number
  replyShare: number
  /** probability that a repost/reply targets the origin rather than another post */
  originPull: number
  /** write a new original post at t (returns undefined to skip) */
  original: (t: number, phase: Phase, index: number) => Draft | undefined
  /** text of a reply to `parent` */
  replyText: (lang: string, parent: Draft, phase: Phase) => string
  /** who reposts / replies */
  responder?: (lang: string) => Author
  /** called once when the wave passes instant `at` (a brand statement...) */
  milestones?: { at: number; run: () => void }[]
}

/** Tickets: a post with weight w is picked w times more often than weight 1. */
class Tickets {
  private items: Draft[] = []
  add(d: Draft, weight: number): void {
    const k = Math.max(1, Math.min(60, Math.round(weight)))
    for (let i = 0; i < k; i++) this.items.push(d)
  }
  pick(ctx: StreamContext): Draft | undefined {
    return this.items.length ? ctx.rng.pick(this.items) : undefined
  }
}

function weightOf(d: Draft): number {
  const f = d.author.followers
  return (
    (f > 1_000_000 ? 30 : f > 100_000 ? 14 : f > 10_000 ? 5 : f > 1_000 ? 2 : 1) *
    (d.author.kind === 'news' ? 1.5 : 1)
  )
}

export function phaseAt(spec: { t0: number; shape: WaveShape }, t: number): Phase {
  const peak = spec.t0 + peakOffsetMin(spec.shape) * 60_000
  if (t < peak - 20 * 60_000) return 'early'
  const peakEnd = peak + (spec.shape.plateauH + spec.shape.decayHalfLifeH * 1.5) * 3600_000
  return t < peakEnd ? 'peak' : 'late'
}

export function runWave(ctx: StreamContext, spec: WaveSpec): Draft[] {
  const rng = ctx.rng
  const times = sampleWaveTimes(rng, ctx.profile, spec.shape, spec.n, spec.t0, ctx.end)
  const reposts = new Tickets()
  const replies = new Tickets()
  const made: Draft[] = []
  const track = (d: Draft) => {
    made.push(d)
    if (d.repostOf) return
    const tr = traitsOf(d.source)
    if (tr.repost) reposts.add(d, weightOf(d) * d.boost)
    if (tr.reply) replies.add(d, weightOf(d) * d.boost)
  }
  if (spec.origin) track(spec.origin)
  const milestones = [...(spec.milestones ?? [])].sort((a, b) => a.at - b.at)
  const responder = spec.responder ?? ((lang: string) => ctx.authors.fresh(lang))
  for (let i = spec.origin ? 1 : 0; i < times.length; i++) {
    const t = times[i]
    while (milestones.length && milestones[0].at <= t) milestones.shift()!.run()
    const phase = phaseAt(spec, t)
    const r = rng.next()
    const origin = spec.origin
    if (r < spec.repostShare) {
      const useOrigin = origin && traitsOf(origin.source).repost && rng.chance(spec.originPull)
      const parent = useOrigin ? origin : reposts.pick(ctx)
      if (parent) {
        const quote = rng.chance(0.12) ? spec.replyText(parent.lang, parent, phase) : undefined
        track(ctx.repost(parent, t, responder(parent.lang), spec.event, quote))
        continue
      }
    } else if (r < spec.repostShare + spec.replyShare) {
      const useOrigin = origin && traitsOf(origin.source).reply && rng.chance(spec.originPull)
      const parent = useOrigin ? origin : replies.pick(ctx)
      if (parent) {
        const d = ctx.reply(
          parent,
          t,
          responder(parent.lang),
          spec.replyText(parent.lang, parent, phase),
          spec.event,
        )
        track(d)
        continue
      }
    }
    const d = spec.original(t, phase, i)
    if (d) track(d)
  }
  for (const m of milestones) if (m.at < ctx.end) m.run()
  return made
}
