// Truth events from the posts that actually made it into the file: onset is
// the first post, end is when the event's hourly activity has fallen below 5 %
// of its peak for good, size is its number of mentions.

import { HOUR, isoUtc } from './local-time.ts'
import type { Draft, PlannedEvent, TruthEvent } from './types.ts'

/**
 * End of an event: the end of the last hour whose 3-hour mean activity is
 * still at least 5 % of the peak (same smoothing), so sporadic stragglers do
 * not stretch it and events with several bursts (an ad aired on several
 * evenings) end after the last one.
 */
function activityEnd(times: number[]): number {
  const t0 = times[0]
  const last = Math.floor((times[times.length - 1] - t0) / HOUR)
  const bins = new Array<number>(last + 1).fill(0)
  for (const t of times) bins[Math.floor((t - t0) / HOUR)]++
  const smooth = bins.map((_, i) => ((bins[i - 1] ?? 0) + bins[i] + (bins[i + 1] ?? 0)) / 3)
  const peak = Math.max(...smooth)
  let end = 0
  for (let i = 0; i < smooth.length; i++) if (smooth[i] >= 0.05 * peak && bins[i] > 0) end = i
  return Math.min(t0 + (end + 1) * HOUR, times[times.length - 1] + 60_000)
}

export function buildTruthEvents(events: PlannedEvent[], kept: Draft[], windowEnd: number): TruthEvent[] {
  const byEvent = new Map<number, number[]>()
  for (const d of kept) {
    if (d.event < 0) continue
    const list = byEvent.get(d.event) ?? []
    list.push(d.t)
    byEvent.set(d.event, list)
  }
  const out: TruthEvent[] = []
  events.forEach((e, i) => {
    const times = (byEvent.get(i) ?? []).sort((a, b) => a - b)
    const size = e.fixedSize ?? times.length
    let onset = e.start
    let end = e.plannedEnd ?? e.start
    if (e.kind === 'level_shift' || e.kind === 'source_outage') {
      end = e.plannedEnd ?? windowEnd
    } else if (times.length) {
      onset = times[0]
      end = Math.min(windowEnd, activityEnd(times))
    } else {
      return // an event whose posts all fell outside the window
    }
    const ev: TruthEvent = {
      kind: e.kind,
      onset: isoUtc(onset),
      end: isoUtc(Math.max(end, onset)),
      size,
      speed: e.speed,
      description: e.description,
      queryId: e.queryId,
    }
    if (e.cause) ev.cause = e.cause
    if (e.origin?.id && !e.origin.dropped) ev.originMentionId = e.origin.id
    out.push(ev)
  })
  return out.sort((a, b) => a.onset.localeCompare(b.onset))
}
