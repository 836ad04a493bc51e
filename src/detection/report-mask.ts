/**
 * One report per event: once an onset is rated at least `minRarity`, the onsets of the next `maskMs`
 * report only when they are `growth` times as rare as the one reported (the event grew into another).
 * A burst that climbs over several intervals is one event, not one per interval: a standalone alarm
 * (and NAB, which charges every alarm row outside a labelled window) should hear of it once.
 */
export const createReportMask = (options: { maskMs: number; minRarity: number; growth: number }) => {
  // fields, not closure variables: written at every report (see the volume model)
  const last = { at: Number.NEGATIVE_INFINITY, rarity: 0 }
  return {
    /** The rarity to report for an onset rated `rarity` at `t` (0 when masked). Call in time order. */
    pass(t: number, rarity: number): number {
      if (rarity <= 0) return 0
      if (t - last.at < options.maskMs && rarity < options.growth * last.rarity) return 0
      if (rarity >= options.minRarity) {
        last.at = t
        last.rarity = rarity
      }
      return rarity
    },
  }
}
