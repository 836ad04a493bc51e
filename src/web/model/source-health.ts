import type { DeclaredSourceJson, InputHealthJson } from '../api/wire.ts'

export type SourceState = 'ok' | 'failing' | 'disabled' | 'waiting'

/** A declared source at a glance: off, never run, failing since its last success, or working. */
export const declaredState = (source: DeclaredSourceJson): SourceState => {
  if (!source.enabled) return 'disabled'
  const { lastSuccessAt, lastErrorAt } = source.health ?? {}
  if (lastErrorAt && (!lastSuccessAt || lastErrorAt > lastSuccessAt)) return 'failing'
  return lastSuccessAt ? 'ok' : 'waiting'
}

/** An input is fine until it rejects something; its last rejection after its last delivery is worse. */
export const inputState = (input: InputHealthJson): 'ok' | 'rejecting' =>
  input.rejected > 0 ? 'rejecting' : 'ok'

/** A polling period as people write it: `30 s`, `5 min`, `2 h`, `1 d`. */
export const everyText = (ms: number): string => {
  const units: [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
  ]
  const unit = units.find(([size]) => ms % size === 0)
  return unit ? `${ms / unit[0]} ${unit[1]}` : `${Math.round(ms / 1000)} s`
}
