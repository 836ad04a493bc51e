/**
 * Reshare cascades of a simulated stream, read from the data itself: a cascade is an original post
 * (anything that is not a repost, replies included) and every repost whose `repostOf` chain leads to it.
 */
import type { Mention } from '../src/core/index.ts'
import type { CascadeEvent } from '../src/detection/index.ts'

export interface SimulatedCascade {
  rootId: string
  /** the original first, then each reshare in event-time order */
  events: CascadeEvent[]
}

/** `mentions` must be in event-time order (a repost after its parent), as `simulate` returns them. */
export const collectCascades = (
  mentions: readonly Mention[],
  defaultFollowers: number,
): SimulatedCascade[] => {
  const byId = new Map(mentions.map((m) => [m.id, m]))
  const rootOf = new Map<string, string>()
  const cascades = new Map<string, CascadeEvent[]>()
  const eventOf = (m: Mention): CascadeEvent => ({
    at: m.createdAt,
    followers: m.author.followers ?? defaultFollowers,
  })
  for (const m of mentions) {
    if (!m.repostOf) continue
    const rootId = rootOf.get(m.repostOf) ?? m.repostOf
    rootOf.set(m.id, rootId)
    let events = cascades.get(rootId)
    if (!events) {
      const root = byId.get(rootId)
      if (!root) continue
      events = [eventOf(root)]
      cascades.set(rootId, events)
    }
    events.push(eventOf(m))
  }
  return [...cascades].map(([rootId, events]) => ({ rootId, events }))
}
