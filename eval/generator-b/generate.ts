// Entry point: generateB({ seed, days, profile?, start? }) -> { mentions, truth }.
// Deterministic for a seed: every random draw comes from one seeded generator.

import { generateBaseline } from './baseline.ts'
import { planEvents } from './event-planner.ts'
import { DAY } from './local-time.ts'
import { PROFILES, profileById } from './profiles.ts'
import { Rng } from './rng.ts'
import { StreamContext } from './stream-context.ts'
import { finalizeStream } from './stream-finalizer.ts'
import type { Mention, Truth } from './types.ts'

export { PROFILES } from './profiles.ts'
export type { Mention, Truth, TruthEvent } from './types.ts'

export interface GenerateOptions {
  seed: number
  days: number
  /** profile id (see PROFILES); without it the seed picks one */
  profile?: string
  /** ISO date or instant of the window start (UTC); without it the seed picks a day in 2025-2026 */
  start?: string
}

/** A start day drawn from the seed, between 2025-01-06 and 2026-10-31, at 00:00 UTC. */
function seededStart(rng: Rng): number {
  const from = Date.UTC(2025, 0, 6)
  const to = Date.UTC(2026, 9, 31)
  return from + Math.floor(rng.next() * ((to - from) / DAY)) * DAY
}

export function generateB(options: GenerateOptions): { mentions: Mention[]; truth: Truth } {
  const { seed, days } = options
  if (!Number.isFinite(seed)) throw new Error('seed must be a number')
  if (!(days > 0) || days > 400) throw new Error('days must be in (0, 400]')
  const root = new Rng(seed)
  const pickRng = root.fork('profile')
  const profile = options.profile
    ? profileById(options.profile)
    : PROFILES[Math.floor(pickRng.next() * PROFILES.length)]
  const start = options.start
    ? Date.parse(options.start.length === 10 ? `${options.start}T00:00:00Z` : options.start)
    : seededStart(root.fork('start'))
  if (Number.isNaN(start)) throw new Error(`invalid start "${options.start}"`)
  const end = start + days * DAY
  const ctx = new StreamContext(profile, root.fork(`run:${profile.id}`), start, end)
  // Events first: they register the rate changes ordinary life must follow.
  planEvents(ctx)
  generateBaseline(ctx)
  const { mentions, events } = finalizeStream(ctx)
  const truth: Truth = {
    generator: 'B',
    profile: profile.id,
    seed,
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    days,
    brand: { id: profile.brand.id, name: profile.brand.name, handles: [...profile.brand.handles] },
    queries: profile.queries.map((q) => ({
      id: q.id,
      brand: profile.brand.id,
      query: q.query,
      owned: [...q.owned],
    })),
    events,
  }
  return { mentions, truth }
}
