import type { AnalyzedMention } from '../../core/index.ts'
import { createForecaster } from '../fit-forecast.ts'
import { createForecastBand } from '../forecast-band.ts'
import { type CascadeEvent, type ForecastOptions, forecastCascade } from '../forecast-cascade.ts'
import { ForecastTrack } from '../forecast-track.ts'
import type { DetectionSettings } from '../settings.ts'

/** One original post and what it set off: reshares (as forecast events) and replies. */
export interface Cascade {
  rootId: string
  /** handle of the original's author, '' while the original itself has not been seen */
  author: string
  /** the original first (a stand-in when unseen), then each reshare, ready to forecast */
  events: ForecastTrack
  replies: number
  /** reshares the platform reported on the original (some we may never see as mentions) */
  reportedReshares: number
  members: string[]
  lastAt: number
  /** posts added since the last bucket closed */
  recent: number
}

/**
 * The cascades of one query: originals are remembered cheaply and become a cascade at their first
 * reshare or reply; both are forgotten `horizonMs` after their last activity (FIFO, amortised O(1)).
 */
/** Where cascades take their forecast options from, and where they report once over (to learn from them). */
export interface CascadeLearner {
  options(): ForecastOptions
  complete(events: readonly CascadeEvent[], final: number): void
}

export const createCascades = (
  horizonMs: number,
  defaultFollowers: number,
  forecast: ForecastOptions | CascadeLearner = {},
) => {
  const learner: CascadeLearner =
    'complete' in forecast ? (forecast as CascadeLearner) : { options: () => forecast, complete: () => {} }
  // the original mentions themselves (no copy of what a cascade needs of them: most never get one)
  const originals = new Map<string, AnalyzedMention>()
  const cascades = new Map<string, Cascade>()
  const rootOf = new Map<string, string>()
  // the FIFO as two parallel arrays (times and ids), not an object per original
  const queuedAt: number[] = []
  const queuedId: string[] = []
  let head = 0
  const followersOf = (m: AnalyzedMention) => m.author.followers ?? defaultFollowers

  const open = (rootId: string, at: number): Cascade => {
    const o = originals.get(rootId)
    const events = new ForecastTrack(learner.options())
    events.add(o ? o.createdAt.getTime() : at, o ? followersOf(o) : defaultFollowers)
    const c: Cascade = {
      rootId,
      author: o?.author.handle ?? '',
      events,
      replies: 0,
      reportedReshares: o?.metrics?.reposts ?? 0,
      members: [rootId],
      lastAt: at,
      recent: 0,
    }
    cascades.set(rootId, c)
    rootOf.set(rootId, rootId)
    return c
  }

  return {
    /** Adds a mention; returns the cascade it belongs to, if it is a reshare or a reply. */
    add(m: AnalyzedMention): Cascade | undefined {
      const at = m.createdAt.getTime()
      const parent = m.repostOf ?? m.replyTo
      if (!parent) {
        originals.set(m.id, m)
        queuedAt.push(at)
        queuedId.push(m.id)
        return undefined
      }
      const rootId = rootOf.get(parent) ?? parent
      const c = cascades.get(rootId) ?? open(rootId, at)
      rootOf.set(m.id, rootId)
      c.members.push(m.id)
      c.lastAt = Math.max(c.lastAt, at)
      c.recent += 1
      if (m.repostOf) c.events.add(at, followersOf(m))
      else c.replies += 1
      return c
    },
    /** The original post a reshare or reply leads back to (itself for an original), while remembered. */
    rootOf(id: string): string | undefined {
      return rootOf.get(id) ?? (originals.has(id) ? id : undefined)
    },
    /** An original post, while remembered (`horizonMs` after its cascade's last activity). */
    original(id: string): AnalyzedMention | undefined {
      return originals.get(id)
    },
    forget(now: number) {
      while (head < queuedId.length && now - queuedAt[head]! > horizonMs) {
        const id = queuedId[head++]!
        const c = cascades.get(id)
        if (c && now - c.lastAt <= horizonMs) {
          queuedAt.push(c.lastAt)
          queuedId.push(id)
          continue
        }
        originals.delete(id)
        if (!c) continue
        // over: what it became teaches the query's forecast
        if (c.events.size > 1) learner.complete(c.events.events(), c.events.size - 1)
        for (const member of c.members) rootOf.delete(member)
        cascades.delete(id)
      }
      if (head > 1024 && head * 2 > queuedId.length) {
        queuedAt.splice(0, head)
        queuedId.splice(0, head)
        head = 0
      }
    },
  }
}

const MIN_RESHARES_TO_LEARN = 10

/**
 * A query's cascades as the settings shape them (horizon, followers assumed, forecast), with the forecaster
 * that refits on the query's completed cascades and the band of its errors learnt from them.
 */
export const createQueryCascades = (settings: DetectionSettings) => {
  const { defaultFollowers, horizonHours, kernel, correction, followerExponent, learn } = settings.virality
  const fallback = { kernel, correction, followerExponent }
  const forecaster = createForecaster({ fallback, refitEvery: learn ? 50 : Number.POSITIVE_INFINITY })
  const band = createForecastBand(
    (events, now) => forecastCascade(events, now, forecaster.options()).predictedFinal,
  )
  const learner: CascadeLearner = {
    options: forecaster.options,
    complete(events, final) {
      // only cascades large enough to have been forecast (and shown) teach: most posts get a reply or two
      if (final < MIN_RESHARES_TO_LEARN) return
      band.complete(events, final)
      forecaster.complete(events, final)
    },
  }
  return Object.assign(createCascades(horizonHours * 3_600_000, defaultFollowers, learner), {
    band: band.band,
  })
}

export type QueryCascades = ReturnType<typeof createQueryCascades>
