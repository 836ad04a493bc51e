/** The figures of the code before issue 10, kept in previous-figures.json (its `_about` says how they were measured). */
import { readFileSync } from 'node:fs'

interface DetectionFigures {
  crises: string
  falsePer30: number
  medianDelayMin: number
}

/** One real event's outcome. */
export interface EventBefore {
  top: string
  delay: string
  ok: boolean
}

interface PreviousFigures {
  realSuite: { commit: string; events: Record<string, EventBefore> }
  nab: Record<string, number> & { leaveOneOut: Record<string, number> }
  scenarios: DetectionFigures & { commit: string }
  generatorB: { commit: string } & Partial<Record<'dev' | 'holdout', DetectionFigures>>
}

let read: PreviousFigures | undefined
export const previousFigures = (): PreviousFigures => {
  read ??= JSON.parse(
    readFileSync(new URL('./previous-figures.json', import.meta.url), 'utf8'),
  ) as PreviousFigures
  return read
}

/** One note line: what the code before issue 10 gave on the same runs. */
export const beforeNote = (commit: string, f: DetectionFigures | undefined): string =>
  f
    ? `before issue 10 (commit ${commit}), same runs: crises ${f.crises}, ${f.falsePer30.toFixed(2)} false alerts per 30 quiet days, median delay ${f.medianDelayMin} min`
    : `before issue 10 (commit ${commit}): not measured on these runs`
