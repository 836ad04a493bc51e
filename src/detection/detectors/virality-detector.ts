import type { AnalyzedMention } from '../../core/index.ts'
import { createBucketedDetector } from '../bucketed-detector.ts'
import { type CreateDetector, intervalMsOf } from '../detector-context.ts'
import { type CascadeEvent, forecastCascade } from '../forecast-cascade.ts'

interface Cascade {
  rootId: string
  author: string
  events: CascadeEvent[]
  replies: number
  /** engagement the platform reported on the original (reshares we may not see as mentions) */
  reportedReshares: number
  members: string[]
  lastAt: number
}

interface Flagged {
  cascade: Cascade
  predicted: number
  recent: number
}

/** Ignores cascades with fewer reshares than this: a forecast from one or two points is noise. */
const MIN_RESHARES = 3

/**
 * Virality per post: reshares and replies are attached to the original through `repostOf` and
 * `replyTo` chains; each bucket, every cascade still moving gets a forecast of its final reshares
 * (`forecastCascade`), so a post is flagged before it peaks.
 */
export const createViralityDetector: CreateDetector = ({ query, settings }) => {
  const { reshares: threshold, defaultFollowers, horizonHours } = settings.virality
  const cascades = new Map<string, Cascade>()
  const rootOf = new Map<string, string>()
  const followersOf = (m: AnalyzedMention) => m.author.followers ?? defaultFollowers
  const cascadeFor = (rootId: string, at: number): Cascade => {
    let c = cascades.get(rootId)
    if (!c) {
      c = { rootId, author: '', events: [], replies: 0, reportedReshares: 0, members: [rootId], lastAt: at }
      cascades.set(rootId, c)
      rootOf.set(rootId, rootId)
    }
    return c
  }
  const attach = (m: AnalyzedMention) => {
    const parent = m.repostOf ?? m.replyTo
    const at = m.createdAt.getTime()
    if (!parent) {
      const c = cascadeFor(m.id, at)
      c.author = m.author.handle
      c.events.unshift({ at: m.createdAt, followers: followersOf(m) })
      c.reportedReshares = Math.max(c.reportedReshares, m.metrics?.reposts ?? 0)
      return
    }
    const c = cascadeFor(rootOf.get(parent) ?? parent, at)
    rootOf.set(m.id, c.rootId)
    c.members.push(m.id)
    c.lastAt = Math.max(c.lastAt, at)
    if (m.repostOf) c.events.push({ at: m.createdAt, followers: followersOf(m) })
    else c.replies += 1
  }
  const forget = (now: number) => {
    for (const [id, c] of cascades) {
      if (now - c.lastAt <= horizonHours * 3_600_000) continue
      for (const member of c.members) rootOf.delete(member)
      cascades.delete(id)
    }
  }
  return createBucketedDetector<{ active: Set<Cascade>; counts: Map<Cascade, number> }>(
    intervalMsOf(settings),
    {
      kind: 'virality',
      open: () => ({ active: new Set(), counts: new Map() }),
      add(bucket, m) {
        attach(m)
        const c = cascades.get(rootOf.get(m.id) ?? m.id)
        if (!c) return
        bucket.active.add(c)
        bucket.counts.set(c, (bucket.counts.get(c) ?? 0) + 1)
      },
      close(bucket, _start, end) {
        const flagged: Flagged[] = []
        for (const c of bucket.active) {
          const reshares = c.events.length - (c.author ? 1 : 0)
          if (Math.max(reshares, c.reportedReshares) < MIN_RESHARES) continue
          const events = c.author
            ? c.events
            : [{ at: c.events[0]!.at, followers: defaultFollowers }, ...c.events]
          const f = forecastCascade(events, new Date(end))
          flagged.push({
            cascade: c,
            predicted: Math.max(f.predictedFinal, c.reportedReshares),
            recent: bucket.counts.get(c) ?? 0,
          })
        }
        forget(end)
        flagged.sort((a, b) => b.predicted - a.predicted || a.cascade.rootId.localeCompare(b.cascade.rootId))
        const top = flagged[0]
        const score = top ? 1 / (1 + (threshold / Math.max(top.predicted, 1e-9)) ** 2) : 0
        return {
          detector: 'virality',
          queryId: query.id,
          at: new Date(end),
          value: top?.predicted ?? 0,
          baseline: threshold,
          score,
          explanation: top ? describe(top, settings.intervalMinutes) : 'no post spreading',
          mentions: flagged.slice(0, 3).map((f) => f.cascade.rootId),
        }
      },
    },
  )
}

const describe = ({ cascade: c, predicted, recent }: Flagged, minutes: number): string => {
  const seen = Math.max(c.events.length - (c.author ? 1 : 0), c.reportedReshares)
  const by = c.author ? ` by @${c.author}` : ''
  return `post${by} spreading: ${seen} reshares and ${c.replies} replies so far, ${recent} in the last ${minutes} min, forecast ${Math.round(predicted)} reshares`
}
