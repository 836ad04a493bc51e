import { createVolumeModel } from '../detection/index.ts'
import type { NabDataRow, NabResultRow } from './nab-csv.ts'

/** The product's volume settings; undefined means the defaults Vigie ships. */
export type NabDetectorSettings = Parameters<typeof createVolumeModel>[0]

/**
 * Scores a NAB series causally with the product's volume detector: a fresh model per file, each row
 * scored before the model learns from it, and nothing but the counts and their timestamps read.
 */
export const detectNabSeries = (
  rows: readonly NabDataRow[],
  settings?: NabDetectorSettings,
): NabResultRow[] => {
  const model = createVolumeModel(settings)
  return rows.map((row) => {
    const { score } = model.update(new Date(row.at), row.value)
    return { ...row, anomalyScore: Math.min(1, Math.max(0, score)) }
  })
}
