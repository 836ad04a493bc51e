import { formatTable } from './format-table.ts'
import type { NabScore } from './score-nab.ts'

const round = (value: number, digits: number) => Number(value.toFixed(digits))

const formatProfile = (score: NabScore): string => {
  const how = score.optimised ? 'optimised on these files' : 'given'
  const heading =
    `profile ${score.profile}: NAB score ${score.normalisedScore.toFixed(2)} ` +
    `(raw ${score.rawScore.toFixed(3)}, null ${score.nullScore}, perfect ${score.perfectScore}; ` +
    `threshold ${score.threshold} ${how})`
  const rows = score.files.map((file) => [
    file.name,
    `${file.detectedWindows}/${file.windows}`,
    round(file.rawScore, 3),
    file.tp,
    file.fp,
    file.fn,
  ])
  return `${heading}\n${formatTable(['file', 'windows found', 'raw score', 'TP rows', 'FP rows', 'FN rows'], rows)}`
}

/** The report `vigie nab score` prints: one block per profile, one line per file. */
export const formatNabReport = (scores: readonly NabScore[]): string => scores.map(formatProfile).join('\n\n')
