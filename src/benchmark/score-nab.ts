import { AppError } from '../core/index.ts'
import type { NabFileInput, WeighedFile } from './nab-file-input.ts'
import type { NabProfile } from './nab-profiles.ts'
import { optimiseNabThreshold } from './optimise-nab-threshold.ts'
import { probationLength, weighNabRows } from './weigh-nab-rows.ts'

export interface NabFileScore {
  name: string
  rawScore: number
  windows: number
  detectedWindows: number
  /** per window, the row of its first detection (undefined when missed) */
  firstDetections: (number | undefined)[]
  /** NAB's informative row counts over scored rows (TP counts rows, not windows) */
  tp: number
  tn: number
  fp: number
  fn: number
}

export interface NabScore {
  profile: string
  threshold: number
  /** true when the threshold was chosen by NAB's sweep rather than given */
  optimised: boolean
  rawScore: number
  nullScore: number
  perfectScore: number
  /** 100 × (raw − null) / (perfect − null) */
  normalisedScore: number
  windowCount: number
  files: NabFileScore[]
}

const checkFile = (file: NabFileInput) => {
  const last = file.windows.at(-1)
  if (last && last.endRow >= file.scores.length) {
    throw new AppError('invalid', `${file.name}: a window ends after the last of ${file.scores.length} rows`)
  }
}

const scoreFile = ({ file, weighed, probation }: WeighedFile, threshold: number, fnWeight: number) => {
  const counts = { tp: 0, tn: 0, fp: 0, fn: 0 }
  const first: (number | undefined)[] = file.windows.map(() => undefined)
  let rawScore = 0
  for (let row = probation; row < file.scores.length; row++) {
    const detected = file.scores[row]! >= threshold
    const window = weighed.windowOf[row]!
    if (window >= 0) {
      if (detected) counts.tp++
      else counts.fn++
      if (detected && first[window] === undefined) first[window] = row
    } else if (detected) {
      counts.fp++
      rawScore += weighed.values[row]!
    } else counts.tn++
  }
  file.windows.forEach((window, i) => {
    if (window.endRow < probation) return // no scored row: drops out, as in NAB
    const row = first[i]
    rawScore += row === undefined ? -fnWeight : weighed.values[row]!
  })
  const detectedWindows = first.filter((row) => row !== undefined).length
  return {
    name: file.name,
    rawScore,
    windows: file.windows.length,
    detectedWindows,
    firstDetections: first,
    ...counts,
  }
}

/**
 * Scores detector outputs as NAB does (SCORING.md): per-file raw scores for one profile, normalised
 * between the null and the perfect detector. Without `threshold`, picks the corpus threshold that
 * maximises the total (NAB's in-sample optimisation); with it, detections are rows scoring ≥ threshold.
 */
export const scoreNab = (input: {
  files: readonly NabFileInput[]
  profile: NabProfile
  threshold?: number
}): NabScore => {
  const { files, profile } = input
  files.forEach(checkFile)
  const weighedFiles: WeighedFile[] = files.map((file) => ({
    file,
    weighed: weighNabRows(file.scores.length, file.windows, profile),
    probation: probationLength(file.scores.length),
  }))
  const threshold = input.threshold ?? optimiseNabThreshold(weighedFiles, profile.fnWeight)
  const scored = weighedFiles.map((w) => scoreFile(w, threshold, profile.fnWeight))
  const rawScore = scored.reduce((sum, file) => sum + file.rawScore, 0)
  const windowCount = files.reduce((sum, file) => sum + file.windows.length, 0)
  const nullScore = -profile.fnWeight * windowCount
  const perfectScore = profile.tpWeight * windowCount
  const span = perfectScore - nullScore
  return {
    profile: profile.name,
    threshold,
    optimised: input.threshold === undefined,
    rawScore,
    nullScore,
    perfectScore,
    normalisedScore: span === 0 ? Number.NaN : (100 * (rawScore - nullScore)) / span,
    windowCount,
    files: scored,
  }
}
