import type { Brand } from './brand.ts'
import { BURSTS } from './bursts.ts'
import type { EventOutcome } from './crisis-posts.ts'
import type { Draft } from './draft.ts'
import { type EventSpec, HOUR_MS, waveLengthHours } from './events.ts'
import { CRISIS_STORIES } from './stories.ts'
import type { TruthEvent } from './truth.ts'

const iso = (ms: number) => new Date(Math.floor(ms)).toISOString()

interface DescribeInput {
  brand: Brand
  events: readonly EventSpec[]
  outcomes: readonly (EventOutcome | undefined)[]
  kept: readonly Draft[]
  lost: ReadonlyMap<number, number>
  end: number
}

/** Onset, end, peak and origin of an event that produced posts (crises, viral posts). */
const describeWave = (
  input: DescribeInput,
  spec: EventSpec,
  outcome: EventOutcome | undefined,
  kept: Set<string>,
) => ({
  onset: iso(spec.onset),
  end: iso(Math.min(input.end, spec.onset + (outcome ? waveLengthHours(outcome.shape) : 0) * HOUR_MS)),
  ...(outcome ? { peakAt: iso(spec.onset + outcome.shape.riseHours * HOUR_MS) } : {}),
  ...(outcome?.origin && kept.has(outcome.origin.id) ? { originMentionId: outcome.origin.id } : {}),
})

const describeOne = (input: DescribeInput, index: number, size: number, kept: Set<string>): TruthEvent => {
  const spec = input.events[index] as EventSpec
  const outcome = input.outcomes[index]
  const queryId = input.brand.id
  const until = (ms: number) => iso(Math.min(input.end, ms))
  switch (spec.kind) {
    case 'crisis': {
      const response = outcome?.brandResponseAt
      return {
        kind: 'crisis',
        ...describeWave(input, spec, outcome, kept),
        size,
        speed: spec.speed,
        queryId,
        cause: spec.cause,
        description: `${CRISIS_STORIES[spec.cause].description} (${spec.lang})`,
        ...(response !== undefined && response < input.end ? { brandResponseAt: iso(response) } : {}),
      }
    }
    case 'positive_viral':
      return {
        kind: 'positive_viral',
        ...describeWave(input, spec, outcome, kept),
        size,
        speed: spec.speed,
        queryId,
        description: "a customer's happy story about the brand goes viral",
      }
    case 'campaign':
      return {
        kind: 'campaign',
        onset: iso(spec.onset),
        end: until(spec.onset + spec.days * 24 * HOUR_MS),
        size,
        speed: 'slow',
        queryId,
        description: `a planned contest by the brand, ${spec.hashtag}, ${spec.days} days`,
      }
    case 'burst': {
      const rise = spec.shape.riseHours
      return {
        kind: spec.burst,
        ...describeWave(input, spec, outcome, kept),
        size,
        speed: rise <= 2.5 ? 'fast' : rise <= 10 ? 'medium' : 'slow',
        queryId,
        description: BURSTS[spec.burst].description,
      }
    }
    case 'source_outage':
      return {
        kind: 'source_outage',
        onset: iso(spec.onset),
        end: until(spec.onset + spec.hours * HOUR_MS),
        size: input.lost.get(index) ?? 0,
        speed: 'fast',
        source: spec.source,
        description: `no data from ${spec.source === 'all' ? 'any source' : `source ${spec.source}`} for ${spec.hours}h: a gap in collection, not a drop in interest`,
      }
  }
}

/** The truth file's account of each injected event, sized by what was actually generated and kept. */
export const describeEvents = (input: DescribeInput): TruthEvent[] => {
  const sizes = new Map<number, number>()
  for (const draft of input.kept) {
    if (draft.event !== undefined) sizes.set(draft.event, (sizes.get(draft.event) ?? 0) + 1)
  }
  const kept = new Set(input.kept.map((d) => d.id))
  return input.events.map((_, index) => describeOne(input, index, sizes.get(index) ?? 0, kept))
}
